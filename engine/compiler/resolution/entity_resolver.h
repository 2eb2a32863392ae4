// engine/compiler/resolution/entity_resolver.h — one node per real-world entity.
//
// Finding the node of an article's entity costs a few index lookups, never a scan:
//   1. the exact or case-folded name index (name and aliases) for the same label;
//   2. for a person with a full name, aux key "pk/" given-name "|" soundex(surname): the
//      same given name and a surname that sounds alike (Seymour / Seymore) is the same
//      person;
//   3. for a person known by a surname alone, aux key "ps/" surname: only when exactly one
//      person has that surname (an ambiguous short name stays apart);
//   4. for a country, aux key "cc/" ISO code: "UK" in one article and "Britain" in another
//      are one place.
// Two different full names are never merged, and a person known only by a given name is
// never merged with anyone.
#pragma once

#include <optional>

#include "engine/compiler/analysis.h"
#include "storage/graph_store.h"

namespace kg::compiler {

std::optional<storage::NodeId> FindEntityNode(storage::Transaction& txn, const LocalEntity& entity);

// Registers the node under the keys FindEntityNode looks up (2 to 4 above).
void IndexEntityNode(storage::Transaction& txn, const LocalEntity& entity, storage::NodeId node);

std::string Soundex(const std::string& word);

}  // namespace kg::compiler
