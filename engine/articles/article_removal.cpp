#include "engine/articles/article_removal.h"

#include <algorithm>

#include "engine/compiler/resolution/graph_writer.h"

namespace kg {

void LeaveArticle(storage::Transaction& txn, const storage::ArticleRecord& record) {
  std::vector<std::string> others = txn.ArticlePaths(record.article_id);
  others.erase(std::remove(others.begin(), others.end(), record.path), others.end());
  txn.DeleteArticle(record.path);
  if (others.empty()) return compiler::RetractArticle(txn, record);
  auto node = txn.GetNode(record.article_node);
  if (!node) return;
  auto path = node->properties.find("path");
  if (path != node->properties.end() && path->second == Value(record.path))
    txn.SetNodeProperty(record.article_node, "path", Value(others.front()));
}

Status RemoveArticlePath(storage::GraphStore& store, const std::string& path, bool* retracted) {
  auto txn = store.Begin();
  auto record = txn->GetArticle(path);
  if (!txn->status().ok()) return txn->status();
  if (!record) return Status::Input(path + ": no article was built from this path");
  *retracted = txn->ArticlePaths(record->article_id).size() <= 1;
  LeaveArticle(*txn, *record);
  return txn->Commit();
}

std::vector<std::string> ArticlePathsUnder(storage::GraphReader& graph, const std::string& path) {
  std::string folder = !path.empty() && path.back() == '/' ? path : path + "/";
  std::vector<std::string> paths;
  graph.ScanArticles([&](const storage::ArticleRecord& record) {
    if (record.path == path || record.path.compare(0, folder.size(), folder) == 0)
      paths.push_back(record.path);
    return true;
  });
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace kg
