// Mutations and Commit of TransactionImpl. Commit turns the overlay into one WriteBatch:
// for every touched item, the stored version's index entries and counters are undone and
// the new version's written.
#include <algorithm>

#include <rocksdb/write_batch.h>

#include "storage/merge_operators.h"
#include "storage/rocks_errors.h"
#include "storage/transaction_impl.h"

namespace kg::storage {

namespace {

std::vector<std::string> IndexedNames(const NodeRecord& node) {
  std::vector<std::string> names;
  auto it = node.properties.find("name");
  if (it != node.properties.end() && it->second.is_string()) names.push_back(it->second.as_string());
  it = node.properties.find("aliases");
  if (it != node.properties.end() && it->second.is_list())
    for (const auto& alias : it->second.as_list())
      if (alias.is_string()) names.push_back(alias.as_string());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// Index entries of a node: by label, and by (label, name) for each label and for "any".
std::vector<std::string> NodeIndexKeys(const NodeRecord& node) {
  std::vector<std::string> out;
  std::string id = keys::Id(node.id);
  for (const auto& label : node.labels) out.push_back(keys::LabelPrefix(label) + id);
  std::vector<std::string> labels = node.labels;
  labels.push_back("");
  for (const auto& name : IndexedNames(node)) {
    for (const auto& label : labels) {
      out.push_back(keys::NamePrefix(false, label, name) + id);
      out.push_back(keys::NamePrefix(true, label, name) + id);
    }
  }
  return out;
}

void CountNode(CommitBuffers* out, const NodeRecord& n, int64_t delta) {
  out->counters[keys::Counter('A')] += delta;
  for (const auto& label : n.labels) out->counters[keys::Counter('L', label)] += delta;
  for (const auto& [key, value] : n.properties) out->counters[keys::Counter('K', key)] += delta;
}

void CountRel(CommitBuffers* out, const RelRecord& r, int64_t delta) {
  out->counters[keys::Counter('R')] += delta;
  out->counters[keys::Counter('T', r.type)] += delta;
  for (const auto& [key, value] : r.properties) out->counters[keys::Counter('K', key)] += delta;
}

}  // namespace

void TransactionImpl::TakeWriteLock() {
  if (write_lock_.owns_lock()) return;
  write_lock_ = std::unique_lock<std::mutex>(store_->write_mutex());
  first_new_node_ = store_->next_node_id();
  first_new_rel_ = store_->next_rel_id();
}

NodeRecord* TransactionImpl::MutableNode(NodeId id) {
  TakeWriteLock();
  auto it = nodes_.find(id);
  if (it == nodes_.end()) {
    it = nodes_.emplace(id, StoredNode(id)).first;
    if (it->second) IndexNames(*it->second);
  }
  return it->second ? &*it->second : nullptr;
}

void TransactionImpl::IndexNames(const NodeRecord& node) {
  auto name = node.properties.find("name");
  if (name != node.properties.end() && name->second.is_string())
    overlay_names_[codec::FoldCase(name->second.as_string())].insert(node.id);
  auto aliases = node.properties.find("aliases");
  if (aliases == node.properties.end() || !aliases->second.is_list()) return;
  for (const auto& alias : aliases->second.as_list())
    if (alias.is_string()) overlay_names_[codec::FoldCase(alias.as_string())].insert(node.id);
}

RelRecord* TransactionImpl::MutableRel(RelId id) {
  TakeWriteLock();
  auto it = rels_.find(id);
  if (it == rels_.end()) {
    it = rels_.emplace(id, StoredRel(id)).first;
    if (it->second) {
      touched_rels_by_node_[it->second->start].insert(id);
      touched_rels_by_node_[it->second->end].insert(id);
    }
  }
  return it->second ? &*it->second : nullptr;
}

NodeId TransactionImpl::CreateNode(std::vector<std::string> labels, PropertyMap properties) {
  TakeWriteLock();
  NodeId id = store_->AllocateNodeId();
  for (auto it = properties.begin(); it != properties.end();) it = it->second.is_null() ? properties.erase(it) : ++it;
  nodes_[id] = NodeRecord{id, std::move(labels), std::move(properties)};
  IndexNames(*nodes_[id]);
  return id;
}

void TransactionImpl::SetNodeProperty(NodeId id, const std::string& key, Value value) {
  NodeRecord* node = MutableNode(id);
  if (!node) return;
  if (value.is_null()) node->properties.erase(key);
  else node->properties[key] = std::move(value);
  if (key == "name" || key == "aliases") IndexNames(*node);
}

void TransactionImpl::AddLabel(NodeId id, const std::string& label) {
  NodeRecord* node = MutableNode(id);
  if (node && std::find(node->labels.begin(), node->labels.end(), label) == node->labels.end())
    node->labels.push_back(label);
}

void TransactionImpl::RemoveLabel(NodeId id, const std::string& label) {
  NodeRecord* node = MutableNode(id);
  if (node) node->labels.erase(std::remove(node->labels.begin(), node->labels.end(), label), node->labels.end());
}

// A Cypher-made Article node has no record: it is deleted like any other node.
std::string TransactionImpl::CompiledArticlePath(NodeId id) {
  auto node = GetNode(id);
  if (!node || std::find(node->labels.begin(), node->labels.end(), "Article") == node->labels.end()) return "";
  auto article_id = node->properties.find("id");
  if (article_id == node->properties.end() || !article_id->second.is_string()) return "";
  for (const auto& path : ArticlePaths(article_id->second.as_string()))
    if (auto record = GetArticle(path); record && record->article_node == id) return path;
  return "";
}

Status TransactionImpl::DeleteNode(NodeId id) {
  // Deleting a compiled article's node alone would leave its facts, claims and aliases
  // citing a source that no longer exists; removing its paths retracts all of them.
  if (std::string path = CompiledArticlePath(id); !path.empty())
    return Status::Runtime("cannot delete Article node " + std::to_string(id) + ": it was compiled from " + path +
                           "; use `kg remove " + path + "`, which retracts what the article alone supports");
  if (!Edges(id, Direction::kBoth, "").empty())
    return Status::Runtime("cannot delete node " + std::to_string(id) +
                           " because it still has relationships; use DETACH DELETE");
  if (MutableNode(id)) nodes_[id].reset();
  return Status::Ok();
}

RelId TransactionImpl::CreateRel(const std::string& type, NodeId start, NodeId end, PropertyMap properties) {
  TakeWriteLock();
  RelId id = store_->AllocateRelId();
  for (auto it = properties.begin(); it != properties.end();) it = it->second.is_null() ? properties.erase(it) : ++it;
  rels_[id] = RelRecord{id, type, start, end, std::move(properties)};
  touched_rels_by_node_[start].insert(id);
  touched_rels_by_node_[end].insert(id);
  return id;
}

void TransactionImpl::SetRelProperty(RelId id, const std::string& key, Value value) {
  RelRecord* rel = MutableRel(id);
  if (!rel) return;
  if (value.is_null()) rel->properties.erase(key);
  else rel->properties[key] = std::move(value);
}

void TransactionImpl::DeleteRel(RelId id) {
  if (!MutableRel(id)) return;
  rels_[id].reset();
  std::vector<std::string> articles;
  ScanSources(id, [&](const SourceRecord& s) {
    articles.push_back(s.article);
    return true;
  });
  for (const auto& article : articles) DeleteSource(id, article);
}

void TransactionImpl::PutArticle(const ArticleRecord& record) {
  TakeWriteLock();
  articles_[record.path] = record;
}

void TransactionImpl::DeleteArticle(std::string_view path) {
  TakeWriteLock();
  articles_[std::string(path)] = std::nullopt;
}

void TransactionImpl::PutAux(std::string_view key, std::string_view value) {
  TakeWriteLock();
  aux_[std::string(key)] = std::string(value);
}

void TransactionImpl::DeleteAux(std::string_view key) {
  TakeWriteLock();
  aux_[std::string(key)] = std::nullopt;
}

void TransactionImpl::ApplyNodeDiff(rocksdb::WriteBatch* batch, CommitBuffers* buffers, NodeId id,
                                    const std::optional<NodeRecord>& after) {
  auto* index = store_->cf(keys::kIndex);
  if (auto before = id < first_new_node_ ? StoredNode(id) : std::nullopt) {
    for (const auto& key : NodeIndexKeys(*before)) batch->Delete(index, key);
    CountNode(buffers, *before, -1);
  }
  if (after) {
    batch->Put(store_->cf(keys::kNodes), keys::Id(id), codec::EncodeNode(*after));
    for (const auto& key : NodeIndexKeys(*after)) batch->Put(index, key, "");
    CountNode(buffers, *after, +1);
  } else {
    batch->Delete(store_->cf(keys::kNodes), keys::Id(id));
  }
}

void TransactionImpl::ApplyRelDiff(rocksdb::WriteBatch* batch, CommitBuffers* buffers, RelId id,
                                   const std::optional<RelRecord>& after) {
  auto before = id < first_new_rel_ ? StoredRel(id) : std::nullopt;
  if (before) CountRel(buffers, *before, -1);
  if (after) {
    batch->Put(store_->cf(keys::kRels), keys::Id(id), codec::EncodeRel(*after));
    CountRel(buffers, *after, +1);
  }
  if (!before && after) {  // created: index and append to both endpoints' adjacency
    batch->Put(store_->cf(keys::kIndex), keys::TypePrefix(after->type) + keys::Id(id), "");
    AppendAdjacencyAdd(&buffers->adjacency_adds[keys::Adjacency(after->start, true, after->type)], id, after->end);
    AppendAdjacencyAdd(&buffers->adjacency_adds[keys::Adjacency(after->end, false, after->type)], id, after->start);
  } else if (before && !after) {
    batch->Delete(store_->cf(keys::kRels), keys::Id(id));
    batch->Delete(store_->cf(keys::kIndex), keys::TypePrefix(before->type) + keys::Id(id));
    AppendAdjacencyDelete(&buffers->adjacency_deletes[keys::Adjacency(before->start, true, before->type)], id);
    AppendAdjacencyDelete(&buffers->adjacency_deletes[keys::Adjacency(before->end, false, before->type)], id);
  }
}

// The record under its path, and the 'P' entry that lists the path under its article id.
void TransactionImpl::ApplyArticleDiff(rocksdb::WriteBatch* batch, const std::string& path,
                                       const std::optional<ArticleRecord>& after) {
  if (auto before = GetStoredArticle(path))
    batch->Delete(store_->cf(keys::kIndex), keys::ArticlePath(before->article_id, path));
  if (after) {
    batch->Put(store_->cf(keys::kArticles), path, codec::EncodeArticle(*after));
    batch->Put(store_->cf(keys::kIndex), keys::ArticlePath(after->article_id, path), "");
  } else {
    batch->Delete(store_->cf(keys::kArticles), path);
  }
}

Status TransactionImpl::Commit() {
  if (!error_.ok()) {  // what this transaction would write rests on a read that failed
    Rollback();
    return error_;
  }
  if (!HasWrites()) return Status::Ok();
  if (store_->read_only()) {
    Rollback();
    return Status::Database("the database is open read-only");
  }
  rocksdb::WriteBatch batch;
  CommitBuffers buffers;
  for (const auto& [id, after] : nodes_) ApplyNodeDiff(&batch, &buffers, id, after);
  for (const auto& [id, after] : rels_) ApplyRelDiff(&batch, &buffers, id, after);
  CountSourceProperties(&buffers);
  for (const auto& [key, delta] : tallies_)
    if (delta) batch.Merge(store_->cf(keys::kCounts), keys::Tally(key), CounterOperand(delta));
  // One merge operand per key and commit keeps reads cheap after a big transaction.
  for (const auto& [key, delta] : buffers.counters)
    if (delta) batch.Merge(store_->cf(keys::kCounts), key, CounterOperand(delta));
  for (const auto& [key, operand] : buffers.adjacency_deletes) batch.Merge(store_->cf(keys::kAdjacency), key, operand);
  for (const auto& [key, operand] : buffers.adjacency_adds) batch.Merge(store_->cf(keys::kAdjacency), key, operand);
  for (const auto& [path, record] : articles_) ApplyArticleDiff(&batch, path, record);
  for (const auto& [key, value] : aux_) {
    if (value) batch.Put(store_->cf(keys::kAux), key, *value);
    else batch.Delete(store_->cf(keys::kAux), key);
  }
  for (const auto& [key, value] : sources_) {
    if (value) batch.Put(store_->cf(keys::kSources), key, *value);
    else batch.Delete(store_->cf(keys::kSources), key);
  }
  batch.Put(store_->cf(keys::kMeta), keys::kNextNodeIdKey, std::to_string(store_->next_node_id()));
  batch.Put(store_->cf(keys::kMeta), keys::kNextRelIdKey, std::to_string(store_->next_rel_id()));
  if (!error_.ok()) {  // a read made while diffing failed
    Rollback();
    return error_;
  }
  rocksdb::Status s = store_->db()->Write(rocksdb::WriteOptions(), &batch);
  Rollback();
  if (!s.ok()) return store_->RecordError(DatabaseFailure(s, store_->path()));
  store_->AddAdjacencyOperands(buffers.adjacency_adds.size() + buffers.adjacency_deletes.size());
  return Status::Ok();
}

void TransactionImpl::Rollback() {
  nodes_.clear();
  rels_.clear();
  touched_rels_by_node_.clear();
  overlay_names_.clear();
  articles_.clear();
  aux_.clear();
  sources_.clear();
  tallies_.clear();
  if (write_lock_.owns_lock()) write_lock_.unlock();
}

}  // namespace kg::storage
