// engine/query/binder/unknown_names.h — warnings for names the database has never had.
//
// `MATCH (p:Persn) RETURN p` answers nothing, and the reason is a typo: as Neo4j does, a
// label, relationship type or property key that a statement reads but the database has no
// node, relationship or property of gives a warning beside the (empty) result, not an error.
// What the statement writes itself (CREATE, MERGE, SET) counts as known, and only
// properties of pattern variables are checked (`m.x` of a map is no property key).
#pragma once

#include <vector>

#include "engine/query/ast/clause.h"
#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::query {

// UnknownLabelWarning, UnknownRelationshipTypeWarning and UnknownPropertyKeyWarning, each
// name once, in the order the statement names them.
std::vector<Notification> UnknownNameWarnings(const ast::Statement& statement, storage::GraphReader& reader);

}  // namespace kg::query
