// Node records for readers: shared through the store's NodeCache (ReadNode), or every one
// in one pass over the nodes column family (keys.h: node_id -> codec node), for readers
// that would otherwise Get most nodes one by one.
#include <algorithm>

#include "storage/transaction_impl.h"

namespace kg::storage {

std::shared_ptr<const NodeRecord> TransactionImpl::ReadNode(NodeId id) {
  if (auto it = nodes_.find(id); it != nodes_.end())
    return it->second ? std::make_shared<const NodeRecord>(*it->second) : nullptr;
  NodeCache& cache = store_->node_cache();
  uint64_t sequence = store_->db()->GetLatestSequenceNumber();  // before the read: see node_cache.h
  if (auto cached = cache.Find(id, sequence)) return cached;
  // A reader that has Got an eighth of the graph's nodes (`MATCH (p:Person)-[:KNOWS]->(q)
  // RETURN q.name` reads every person) reads the rest in one pass, about the cost of the
  // Gets it has made: a Get is a seek, the pass a step per record. A 1-hop query never
  // gets there.
  if (bulk_read_after_ == 0) {
    int64_t nodes = CountNodes("");
    bulk_read_after_ = nodes > int64_t{NodeCache::kMaxRecords} ? -1 : std::max<int64_t>(512, nodes / 8);
  }
  if (++node_cache_misses_ == bulk_read_after_) {
    CacheAllNodes(sequence);
    if (auto cached = cache.Find(id, sequence)) return cached;
  }
  auto stored = StoredNode(id);
  if (!stored) return nullptr;
  auto record = std::make_shared<const NodeRecord>(std::move(*stored));
  cache.Add(record, sequence);
  return record;
}

void TransactionImpl::CacheAllNodes(uint64_t sequence) {
  auto it = NewIterator(keys::kNodes);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    auto node = std::make_shared<NodeRecord>();
    node->id = codec::GetBigEndian64(std::string_view(it->key().data(), 8));
    if (!codec::DecodeNode(node->id, std::string_view(it->value().data(), it->value().size()), node.get())) {
      RecordCorrupt("node " + std::to_string(node->id));
      continue;
    }
    store_->node_cache().Add(std::move(node), sequence);
  }
  CheckScan(*it);
}

void TransactionImpl::ScanNodeRecords(const std::function<bool(const NodeRecord&)>& fn) {
  // Stored records stream in id order; the overlay's records replace or join them in place.
  auto overlay = nodes_.begin();
  auto visit_overlay_before = [&](NodeId id) {
    for (; overlay != nodes_.end() && overlay->first < id; ++overlay)
      if (overlay->second && !fn(*overlay->second)) return false;
    return true;
  };
  auto it = NewIterator(keys::kNodes);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    NodeId id = codec::GetBigEndian64(std::string_view(it->key().data(), 8));
    if (!visit_overlay_before(id)) return;
    if (overlay != nodes_.end() && overlay->first == id) continue;  // the overlay decides about touched nodes
    NodeRecord node;
    if (!codec::DecodeNode(id, std::string_view(it->value().data(), it->value().size()), &node)) {
      RecordCorrupt("node " + std::to_string(id));
      continue;
    }
    if (!fn(node)) return;
  }
  CheckScan(*it);
  for (; overlay != nodes_.end(); ++overlay)
    if (overlay->second && !fn(*overlay->second)) return;
}

}  // namespace kg::storage
