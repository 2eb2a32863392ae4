// engine/compiler/article_compiler.h — the article pipeline's entry point, used by the Database.
//
// bytes -> reader -> boilerplate -> sentences -> tags -> mentions -> coref  (Analyze: pure,
//                                                                            parallel-safe)
//       -> resolution against the graph -> facts and claims -> storage    (Write: serial,
//                                                                            one WriteBatch)
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::compiler {

// Everything learnt from one article without looking at the graph (opaque outside the
// compiler; shared_ptr so its deleter travels with it).
struct ArticleAnalysis;

// Pure text analysis. Safe to call from several threads at once.
// InputError (naming the path) for empty, binary or non-UTF-8 input.
Status AnalyzeArticle(std::string_view path, std::string_view text, std::shared_ptr<const ArticleAnalysis>* out);

// Resolves the analysed article's entities against the graph and writes its nodes, facts
// and claims, replacing what an earlier version of the same path contributed, in one
// transaction. Unchanged content writes nothing (report->unchanged).
Status WriteArticle(storage::GraphStore& store, const ArticleAnalysis& analysis, CompileReport* report);

// Number of disputed items (what `CALL kg.conflicts()` lists), for `kg stats`.
int64_t CountDisputes(storage::GraphReader& graph);

}  // namespace kg::compiler
