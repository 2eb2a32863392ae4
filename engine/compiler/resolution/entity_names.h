// engine/compiler/resolution/entity_names.h — a node's `name`, `aliases` and label, from
// the forms and types every article gave it.
//
// Per article, in aux (what the article gave, so that it can be taken back exactly):
//   "names/" node_id(be64) article_id  -> ("form" TAB mentions LF)*
//   "types/" node_id(be64) article_id  -> label TAB mentions      (the article's majority type)
// and their sums as tallies (GraphReader::ScanTallies), which are all a refresh reads, so a
// node named by k articles costs the same to refresh as one named by a few:
//   "forms/" node_id(be64) form 0x00 'a'  -> articles that use the form
//   "forms/" node_id(be64) form 0x00 'm'  -> mentions by the form
//   "labels/" node_id(be64) label         -> mentions by articles that typed the node so
#pragma once

#include <map>
#include <string>

#include "storage/graph_store.h"

namespace kg::compiler {

// Records the forms (surface -> mentions; 0 for an alias only, such as a form with its
// title) and the type `article_id` gave `node`, replacing what it gave before, and
// refreshes the node's name, aliases and label.
void PutArticleNames(storage::Transaction& txn, storage::NodeId node, const std::string& article_id,
                     const std::map<std::string, int>& forms, const std::string& label,
                     int64_t label_mentions);

// Takes back what `article_id` gave `node` and refreshes it.
void RetractArticleNames(storage::Transaction& txn, storage::NodeId node, const std::string& article_id);

}  // namespace kg::compiler
