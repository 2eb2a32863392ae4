// engine/articles/article_removal.h — a path lets go of its article: `kg remove`, `kg build --sync`,
// and a path whose content changed.
//
// An article stays while any path holds it (article_placement.h). When its last path goes,
// everything only it supported goes too: its Article node and MENTIONS, its share of facts
// (a fact no other article states is deleted), of claims, aliases and disputes, and the
// entities no other article mentions (compiler::RetractArticle).
#pragma once

#include <string>
#include <vector>

#include "kg/status.h"
#include "storage/graph_store.h"

namespace kg {

// In `txn`: the path of `record` stops holding its article. The article is retracted when
// no other path holds it; otherwise its Article node is left naming a path that does.
void LeaveArticle(storage::Transaction& txn, const storage::ArticleRecord& record);

// Removes the article record of `path` (already normal: article_files.h) and, when it was
// the last path holding its article, the article (*retracted is then true), in one
// transaction. InputError when no article was built from `path`; DatabaseError when the
// store fails.
// REQUIRES: the caller serialises writes (Database's write mutex).
Status RemoveArticlePath(storage::GraphStore& store, const std::string& path, bool* retracted);

// The paths with an article record that are `path` itself or lie under it as a folder
// ("/news" covers "/news/a.txt", not "/newsroom/b.txt"), sorted.
std::vector<std::string> ArticlePathsUnder(storage::GraphReader& graph, const std::string& path);

}  // namespace kg
