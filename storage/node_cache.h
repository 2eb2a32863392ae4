// storage/node_cache.h — decoded node records shared by a store's transactions.
//
// Read queries decode the same records statement after statement (`MATCH (p:Person) WHERE
// p.age > 75` decodes every person, every time). The store keeps the records it has
// decoded for as long as the database does not change: the cache belongs to one RocksDB
// sequence number, and a lookup that finds the number moved (any commit) empties it first.
// A record read before a commit and added after it joins the entries of the old number,
// which the next lookup drops: no reader sees a record older than a Get would give it.
//
// Thread-safety: every method may be called from several threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "storage/graph_store.h"

namespace kg::storage {

class NodeCache {
 public:
  // Records of ids from this on are not kept (their slots would be a long vector), nor
  // more than kMaxRecords records: past that a graph's readers Get what they need.
  static constexpr NodeId kMaxId = NodeId{1} << 21;
  static constexpr size_t kMaxRecords = size_t{1} << 19;

  // The record of `id` when cached for the database at `sequence`; null otherwise.
  std::shared_ptr<const NodeRecord> Find(NodeId id, uint64_t sequence);
  // Keeps `record`, read from the database at `sequence` (read before the read began).
  void Add(std::shared_ptr<const NodeRecord> record, uint64_t sequence);
  // How many records are kept for the database at `sequence`.
  size_t Size(uint64_t sequence);

 private:
  void MoveTo(uint64_t sequence);  // REQUIRES: mutex_ held

  std::mutex mutex_;
  uint64_t sequence_ = 0;
  std::vector<std::shared_ptr<const NodeRecord>> by_id_;
  size_t size_ = 0;
};

}  // namespace kg::storage
