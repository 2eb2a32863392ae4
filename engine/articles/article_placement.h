// engine/articles/article_placement.h — an analysed article into the graph under its path, one
// Article per content.
//
// An article's id is derived from its content (SPEC.md), so two files with the same text
// are one Article: each path has a record naming it (storage ArticlePaths), and the
// article stays in the graph while any path holds it. Compiling `path`:
//   the content it held before        nothing changes
//   content another path holds        the path joins that article
//   new content                       compiled
// and in the last two, the path's old article is retracted only when no other path still
// holds it. Otherwise editing one of two copies would delete what the other still states.
#pragma once

#include "engine/compiler/article_compiler.h"
#include "kg/database.h"
#include "kg/status.h"
#include "storage/graph_store.h"

namespace kg {

// REQUIRES: the caller serialises writes (Database's write mutex).
Status PlaceArticle(storage::GraphStore& store, const compiler::ArticleAnalysis& analysis,
                    CompileReport* report);

}  // namespace kg
