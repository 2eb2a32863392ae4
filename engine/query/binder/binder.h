// engine/query/binder/binder.h — semantic analysis before anything runs.
//
// Checks what openCypher rejects at compile time: undefined variables, a variable used as
// two kinds (node, relationship, path), re-binding in CREATE/MERGE/UNWIND/paths, CREATE
// without a single type or direction, aggregates nested or in WHERE, WITH expressions
// without an alias, duplicate column names, RETURN * with nothing in scope, unknown
// functions and wrong argument counts, and boolean operators on literals of another type.
#pragma once

#include "engine/query/ast/clause.h"
#include "kg/status.h"

namespace kg::query {

// SemanticError (with the line and column of the offending expression) or ok.
Status Bind(const ast::Statement& statement);

}  // namespace kg::query
