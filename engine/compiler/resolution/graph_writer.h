// engine/compiler/resolution/graph_writer.h — an analysed article into the graph, whole
// or not at all.
//
// One transaction: retract what an earlier version of the same path contributed, write the
// Article node, resolve each entity to its node (entity_resolver.h), MENTIONS with counts,
// the facts and value claims with their evidence (engine/knowledge), and the article record.
// Each entity's forms and type per article (entity_names.h) let `name` (most complete form,
// majority spelling), `aliases` and the label be recomputed exactly when an article is added
// or replaced.
#pragma once

#include "engine/compiler/analysis.h"
#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::compiler {

Status WriteAnalysis(storage::GraphStore& store, const ArticleAnalysis& analysis, CompileReport* report);

// Takes back, in `txn`, everything the article of `record` contributed: its share of facts
// and claims, its Article node, and entities no other article mentions. The article
// records themselves are the caller's to change.
void RetractArticle(storage::Transaction& txn, const storage::ArticleRecord& record);

}  // namespace kg::compiler
