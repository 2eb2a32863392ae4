#include "engine/articles/article_placement.h"

#include "engine/articles/article_removal.h"
#include "engine/compiler/analysis.h"

namespace kg {

namespace {

// The article of `holder` gains `path`, which leaves `old`'s article.
Status JoinArticle(storage::Transaction& txn, storage::ArticleRecord shared, const std::string& path,
                   const std::optional<storage::ArticleRecord>& old, CompileReport* report) {
  if (old) LeaveArticle(txn, *old);
  shared.path = path;
  txn.PutArticle(shared);
  report->unchanged = true;
  report->entities = static_cast<int64_t>(shared.nodes.size());
  report->facts = static_cast<int64_t>(shared.rels.size());
  return txn.Commit();
}

}  // namespace

Status PlaceArticle(storage::GraphStore& store, const compiler::ArticleAnalysis& a, CompileReport* report) {
  auto txn = store.Begin();
  report->article_id = a.id;
  auto old = txn->GetArticle(a.path);
  std::vector<std::string> holders = txn->ArticlePaths(a.id);
  std::optional<storage::ArticleRecord> shared;
  if (!holders.empty()) shared = txn->GetArticle(holders.front());
  if (!txn->status().ok()) return txn->status();
  if (old && old->article_id == a.id) {
    report->unchanged = true;
    return Status::Ok();
  }
  if (shared) return JoinArticle(*txn, *shared, a.path, old, report);
  if (old && txn->ArticlePaths(old->article_id).size() > 1) {
    // The old content stays for its other paths. This path lets go of it first, in its own
    // commit: if the process dies before the new content's commit, the path holds nothing,
    // and the next build compiles it.
    LeaveArticle(*txn, *old);
    Status left = txn->Commit();
    if (!left.ok()) return left;
  }
  txn.reset();
  return compiler::WriteArticle(store, a, report);
}

}  // namespace kg
