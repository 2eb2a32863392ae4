#include "storage/transaction_impl.h"

#include <algorithm>
#include <memory>

#include <rocksdb/iterator.h>

#include "storage/merge_operators.h"
#include "storage/rocks_errors.h"

namespace kg::storage {

namespace {

bool HasLabel(const std::optional<NodeRecord>& n, std::string_view label) {
  if (!n) return false;
  if (label.empty()) return true;
  return std::find(n->labels.begin(), n->labels.end(), label) != n->labels.end();
}

bool HasType(const std::optional<RelRecord>& r, std::string_view type) {
  return r && (type.empty() || r->type == type);
}

bool NameMatches(const NodeRecord& n, std::string_view name, bool folded) {
  auto same = [&](const std::string& s) { return folded ? codec::FoldCase(s) == codec::FoldCase(name) : s == name; };
  auto it = n.properties.find("name");
  if (it != n.properties.end() && it->second.is_string() && same(it->second.as_string())) return true;
  it = n.properties.find("aliases");
  if (it == n.properties.end() || !it->second.is_list()) return false;
  for (const auto& alias : it->second.as_list())
    if (alias.is_string() && same(alias.as_string())) return true;
  return false;
}

}  // namespace

bool TransactionImpl::GetStored(keys::Family family, std::string_view key, std::string* value) {
  rocksdb::Status s =
      store_->db()->Get(rocksdb::ReadOptions(), store_->cf(family), rocksdb::Slice(key.data(), key.size()), value);
  if (s.ok()) return true;
  if (!s.IsNotFound() && error_.ok()) error_ = store_->RecordError(DatabaseFailure(s, store_->path()));
  return false;
}

std::unique_ptr<rocksdb::Iterator> TransactionImpl::NewIterator(keys::Family family) {
  rocksdb::ReadOptions options;
  // Sources are only ever scanned within one relationship's id (rocks_store.cpp's prefix bloom).
  options.prefix_same_as_start = family == keys::kSources;
  return std::unique_ptr<rocksdb::Iterator>(store_->db()->NewIterator(options, store_->cf(family)));
}

void TransactionImpl::ScanMerged(keys::Family family, std::string_view prefix, const Overlay& overlay,
                                 const std::function<bool(std::string_view, std::string_view)>& fn) {
  auto it = NewIterator(family);
  rocksdb::Slice p(prefix.data(), prefix.size());
  auto o = overlay.lower_bound(prefix);
  auto overlay_left = [&] {
    return o != overlay.end() && std::string_view(o->first).substr(0, prefix.size()) == prefix;
  };
  auto stored_left = [&] { return it->Valid() && it->key().starts_with(p); };
  for (it->Seek(p);;) {
    bool stored = stored_left(), written = overlay_left();
    if (!stored && !written) break;
    std::string_view key = stored ? std::string_view(it->key().data(), it->key().size()) : std::string_view();
    int order = !stored ? 1 : !written ? -1 : key.compare(o->first);
    bool go = true;
    if (order < 0) {
      go = fn(key, std::string_view(it->value().data(), it->value().size()));
      it->Next();
    } else {  // the overlay decides about a key it holds
      if (o->second) go = fn(o->first, *o->second);
      if (order == 0) it->Next();
      ++o;
    }
    if (!go) break;
  }
  CheckScan(*it);
}

void TransactionImpl::CheckScan(const rocksdb::Iterator& it) {
  if (!it.status().ok() && error_.ok()) error_ = store_->RecordError(DatabaseFailure(it.status(), store_->path()));
}

void TransactionImpl::RecordCorrupt(const std::string& what) {
  if (error_.ok()) error_ = store_->RecordError(CorruptRecord(store_->path(), what));
}

std::optional<NodeRecord> TransactionImpl::StoredNode(NodeId id) {
  std::string value;
  if (!GetStored(keys::kNodes, keys::Id(id), &value)) return std::nullopt;
  NodeRecord node;
  if (codec::DecodeNode(id, value, &node)) return node;
  RecordCorrupt("node " + std::to_string(id));
  return std::nullopt;
}

std::optional<RelRecord> TransactionImpl::StoredRel(RelId id) {
  std::string value;
  if (!GetStored(keys::kRels, keys::Id(id), &value)) return std::nullopt;
  RelRecord rel;
  if (codec::DecodeRel(id, value, &rel)) return rel;
  RecordCorrupt("relationship " + std::to_string(id));
  return std::nullopt;
}

std::optional<NodeRecord> TransactionImpl::GetNode(NodeId id) {
  auto it = nodes_.find(id);
  return it != nodes_.end() ? it->second : StoredNode(id);
}

std::optional<RelRecord> TransactionImpl::GetRel(RelId id) {
  auto it = rels_.find(id);
  std::optional<RelRecord> rel = it != rels_.end() ? it->second : StoredRel(id);
  if (rel) AddSourceProperties(&*rel);
  return rel;
}

void TransactionImpl::ScanIndex(const std::string& prefix, const std::function<bool(uint64_t)>& fn) {
  auto it = NewIterator(keys::kIndex);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    rocksdb::Slice key = it->key();
    if (key.size() < prefix.size() + 8) continue;
    if (!fn(codec::GetBigEndian64(std::string_view(key.data() + key.size() - 8, 8)))) return;
  }
  CheckScan(*it);
}

void TransactionImpl::ScanNodes(std::string_view label, const std::function<bool(NodeId)>& fn) {
  // Stored ids stream in order; overlay ids are merged in at their place.
  std::vector<NodeId> extra;
  for (const auto& [id, node] : nodes_)
    if (HasLabel(node, label)) extra.push_back(id);
  size_t next_extra = 0;
  bool go = true;
  auto visit_stored = [&](NodeId id) {
    while (go && next_extra < extra.size() && extra[next_extra] < id) go = fn(extra[next_extra++]);
    if (!go) return false;
    if (nodes_.count(id)) return true;  // the overlay decides about touched nodes
    return go = fn(id);
  };
  if (label.empty()) {
    auto it = NewIterator(keys::kNodes);
    for (it->SeekToFirst(); it->Valid(); it->Next())
      if (!visit_stored(codec::GetBigEndian64(std::string_view(it->key().data(), 8)))) return;
    CheckScan(*it);
  } else {
    ScanIndex(keys::LabelPrefix(label), visit_stored);
  }
  while (go && next_extra < extra.size()) go = fn(extra[next_extra++]);
}

void TransactionImpl::ScanRels(std::string_view type, const std::function<bool(RelId)>& fn) {
  std::vector<RelId> extra;
  for (const auto& [id, rel] : rels_)
    if (HasType(rel, type)) extra.push_back(id);
  size_t next_extra = 0;
  bool go = true;
  auto visit_stored = [&](RelId id) {
    while (go && next_extra < extra.size() && extra[next_extra] < id) go = fn(extra[next_extra++]);
    if (!go) return false;
    if (rels_.count(id)) return true;
    return go = fn(id);
  };
  if (type.empty()) {
    auto it = NewIterator(keys::kRels);
    for (it->SeekToFirst(); it->Valid(); it->Next())
      if (!visit_stored(codec::GetBigEndian64(std::string_view(it->key().data(), 8)))) return;
    CheckScan(*it);
  } else {
    ScanIndex(keys::TypePrefix(type), visit_stored);
  }
  while (go && next_extra < extra.size()) go = fn(extra[next_extra++]);
}

void TransactionImpl::StoredEdges(NodeId node, bool outgoing, std::string_view type, std::vector<Edge>* out) {
  auto append = [&](std::string_view packed, std::string_view edge_type) {
    std::vector<codec::AdjEntry> entries;
    if (!codec::DecodeAdjacency(packed, &entries)) RecordCorrupt("the adjacency of node " + std::to_string(node));
    for (const auto& e : entries) {
      if (rels_.count(e.rel)) continue;  // touched in this transaction: the overlay decides
      out->push_back({e.rel, e.neighbour, std::string(edge_type), outgoing});
    }
  };
  AdjacencyCursor& cursor = Adjacency();
  if (!type.empty()) {
    std::string_view value;
    if (cursor.Get(keys::Adjacency(node, outgoing, type), &value)) append(value, type);
  } else {
    cursor.Scan(keys::AdjacencyPrefix(node, outgoing), [&](std::string_view key, std::string_view value) {
      append(value, key.substr(9, key.size() - 10));
      return true;
    });
  }
  if (!cursor.status().ok() && error_.ok())
    error_ = store_->RecordError(DatabaseFailure(cursor.status(), store_->path()));
}

AdjacencyCursor& TransactionImpl::Adjacency() {
  if (!adjacency_) adjacency_ = std::make_unique<AdjacencyCursor>(store_->db(), store_->cf(keys::kAdjacency));
  return *adjacency_;
}

std::vector<Edge> TransactionImpl::Edges(NodeId node, Direction dir, std::string_view type) {
  std::vector<Edge> edges;
  if (dir != Direction::kIncoming) StoredEdges(node, true, type, &edges);
  if (dir != Direction::kOutgoing) StoredEdges(node, false, type, &edges);
  auto touched = touched_rels_by_node_.find(node);
  if (touched != touched_rels_by_node_.end()) {
    for (RelId id : touched->second) {
      const auto& rel = rels_.at(id);
      if (!HasType(rel, type)) continue;  // also skips relationships deleted here
      if (rel->start == node && dir != Direction::kIncoming) edges.push_back({id, rel->end, rel->type, true});
      if (rel->end == node && dir != Direction::kOutgoing) edges.push_back({id, rel->start, rel->type, false});
    }
  }
  if (dir == Direction::kBoth) {  // a self-loop is one relationship, seen once
    edges.erase(std::remove_if(edges.begin(), edges.end(),
                               [&](const Edge& e) { return !e.outgoing && e.neighbour == node; }),
                edges.end());
  }
  return edges;
}

std::vector<NodeId> TransactionImpl::FindByName(std::string_view label, std::string_view name, bool folded) {
  std::vector<NodeId> ids;
  ScanIndex(keys::NamePrefix(folded, label, name), [&](uint64_t id) {
    if (!nodes_.count(id) && (ids.empty() || ids.back() != id)) ids.push_back(id);
    return true;
  });
  auto overlay = overlay_names_.find(codec::FoldCase(name));
  if (overlay != overlay_names_.end())
    for (NodeId id : overlay->second) {
      const std::optional<NodeRecord>& node = nodes_.at(id);
      if (HasLabel(node, label) && NameMatches(*node, name, folded)) ids.push_back(id);
    }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace kg::storage
