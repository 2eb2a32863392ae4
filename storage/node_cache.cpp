#include "storage/node_cache.h"

#include <algorithm>

namespace kg::storage {

void NodeCache::MoveTo(uint64_t sequence) {
  if (sequence == sequence_) return;
  sequence_ = sequence;
  by_id_.clear();
  size_ = 0;
}

std::shared_ptr<const NodeRecord> NodeCache::Find(NodeId id, uint64_t sequence) {
  std::lock_guard<std::mutex> lock(mutex_);
  MoveTo(sequence);
  return id < by_id_.size() ? by_id_[id] : nullptr;
}

void NodeCache::Add(std::shared_ptr<const NodeRecord> record, uint64_t sequence) {
  std::lock_guard<std::mutex> lock(mutex_);
  // A lookup since has moved on; or the cache is full.
  if (sequence != sequence_ || record->id >= kMaxId || size_ >= kMaxRecords) return;
  if (record->id >= by_id_.size()) by_id_.resize(std::max<size_t>(record->id + 1, 2 * by_id_.size()));
  if (!by_id_[record->id]) ++size_;
  by_id_[record->id] = std::move(record);
}

size_t NodeCache::Size(uint64_t sequence) {
  std::lock_guard<std::mutex> lock(mutex_);
  MoveTo(sequence);
  return size_;
}

}  // namespace kg::storage
