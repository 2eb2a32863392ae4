// Counters, catalog, article and aux reads of TransactionImpl: stored state plus the
// overlay's changes.
#include <algorithm>
#include <memory>
#include <set>

#include <rocksdb/iterator.h>

#include "storage/merge_operators.h"
#include "storage/transaction_impl.h"

namespace kg::storage {

namespace {

bool HasLabel(const std::optional<NodeRecord>& n, std::string_view label) {
  if (!n) return false;
  return label.empty() || std::find(n->labels.begin(), n->labels.end(), label) != n->labels.end();
}

}  // namespace

int64_t TransactionImpl::StoredCounter(const std::string& key) {
  std::string value;
  return GetStored(keys::kCounts, key, &value) ? DecodeCounter(value) : 0;
}

// Names of the counters of one kind ('L', 'T' or 'K') whose count is positive.
std::set<std::string> TransactionImpl::PositiveCounters(char kind) {
  std::set<std::string> names;
  std::string prefix(1, kind);
  auto it = NewIterator(keys::kCounts);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next())
    if (DecodeCounter(std::string_view(it->value().data(), it->value().size())) > 0)
      names.insert(std::string(it->key().data() + 1, it->key().size() - 1));
  CheckScan(*it);
  return names;
}

int64_t TransactionImpl::CountNodes(std::string_view label) {
  int64_t count = StoredCounter(label.empty() ? keys::Counter('A') : keys::Counter('L', label));
  for (const auto& [id, after] : nodes_) count += HasLabel(after, label) - HasLabel(StoredNode(id), label);
  return count;
}

int64_t TransactionImpl::CountRels(std::string_view type) {
  int64_t count = StoredCounter(type.empty() ? keys::Counter('R') : keys::Counter('T', type));
  auto has = [&](const std::optional<RelRecord>& r) { return r && (type.empty() || r->type == type); };
  for (const auto& [id, after] : rels_) count += has(after) - has(StoredRel(id));
  return count;
}

int64_t TransactionImpl::Degree(NodeId node, Direction dir, std::string_view type) {
  return static_cast<int64_t>(Edges(node, dir, type).size());
}

std::vector<std::string> TransactionImpl::Labels() {
  std::set<std::string> names = PositiveCounters('L');
  for (const auto& [id, node] : nodes_)
    if (node) names.insert(node->labels.begin(), node->labels.end());
  std::vector<std::string> out;
  for (const auto& name : names)
    if (CountNodes(name) > 0) out.push_back(name);
  return out;
}

std::vector<std::string> TransactionImpl::RelTypes() {
  std::set<std::string> names = PositiveCounters('T');
  for (const auto& [id, rel] : rels_)
    if (rel) names.insert(rel->type);
  std::vector<std::string> out;
  for (const auto& name : names)
    if (CountRels(name) > 0) out.push_back(name);
  return out;
}

std::vector<std::string> TransactionImpl::PropertyKeys() {
  std::set<std::string> names = PositiveCounters('K');
  for (const auto& [id, node] : nodes_)
    if (node)
      for (const auto& [key, value] : node->properties) names.insert(key);
  for (const auto& [id, rel] : rels_)
    if (rel)
      for (const auto& [key, value] : rel->properties) names.insert(key);
  return {names.begin(), names.end()};
}

std::optional<ArticleRecord> TransactionImpl::GetArticle(std::string_view path) {
  auto it = articles_.find(path);
  return it != articles_.end() ? it->second : GetStoredArticle(path);
}

std::optional<ArticleRecord> TransactionImpl::GetStoredArticle(std::string_view path) {
  std::string value;
  if (!GetStored(keys::kArticles, path, &value)) return std::nullopt;
  ArticleRecord record;
  if (codec::DecodeArticle(value, &record)) return record;
  RecordCorrupt("the article record of " + std::string(path));
  return std::nullopt;
}

void TransactionImpl::ScanArticles(const std::function<bool(const ArticleRecord&)>& fn) {
  std::map<std::string, ArticleRecord> all;
  auto it = NewIterator(keys::kArticles);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    ArticleRecord record;
    if (codec::DecodeArticle(std::string_view(it->value().data(), it->value().size()), &record))
      all[record.path] = std::move(record);
    else
      RecordCorrupt("the article record of " + it->key().ToString());
  }
  CheckScan(*it);
  for (const auto& [path, record] : articles_) {
    if (record) all[path] = *record;
    else all.erase(path);
  }
  for (const auto& [path, record] : all)
    if (!fn(record)) return;
}

std::vector<std::string> TransactionImpl::ArticlePaths(std::string_view article_id) {
  std::set<std::string> paths;
  std::string prefix = keys::ArticlePathPrefix(article_id);
  auto it = NewIterator(keys::kIndex);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next())
    paths.insert(std::string(it->key().data() + prefix.size(), it->key().size() - prefix.size()));
  CheckScan(*it);
  for (const auto& [path, record] : articles_) {  // the overlay decides about touched paths
    if (record && record->article_id == article_id) paths.insert(path);
    else paths.erase(path);
  }
  return {paths.begin(), paths.end()};
}

std::optional<std::string> TransactionImpl::GetAux(std::string_view key) {
  auto it = aux_.find(key);
  if (it != aux_.end()) return it->second;
  std::string value;
  if (!GetStored(keys::kAux, key, &value)) return std::nullopt;
  return value;
}

void TransactionImpl::ScanAux(std::string_view prefix,
                              const std::function<bool(std::string_view, std::string_view)>& fn) {
  ScanMerged(keys::kAux, prefix, aux_, fn);
}

}  // namespace kg::storage
