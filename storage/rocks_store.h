// storage/rocks_store.h — the RocksDB-backed GraphStore (internal to storage/).
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/env.h>

#include "storage/graph_store.h"
#include "storage/keys.h"
#include "storage/node_cache.h"

namespace kg::storage {

class RocksStore : public GraphStore {
 public:
  ~RocksStore() override;
  std::unique_ptr<Transaction> Begin() override;
  Status status() const override;

  static Status OpenRocks(const std::string& path, const Options& options, std::unique_ptr<GraphStore>* store);

  rocksdb::DB* db() const { return db_; }
  rocksdb::ColumnFamilyHandle* cf(keys::Family f) const { return handles_[f]; }
  bool read_only() const { return read_only_; }
  const std::string& path() const { return path_; }

  // Keeps the first error a transaction met, for status(); returns `error`.
  Status RecordError(Status error);

  // Ids are handed out under the commit mutex; Commit persists the next free ids.
  NodeId AllocateNodeId() { return next_node_id_++; }
  RelId AllocateRelId() { return next_rel_id_++; }
  uint64_t next_node_id() const { return next_node_id_; }
  uint64_t next_rel_id() const { return next_rel_id_; }
  std::mutex& write_mutex() { return write_mutex_; }
  NodeCache& node_cache() { return node_cache_; }
  // Counts the adjacency merge operands a commit wrote (FoldAdjacencyOperands).
  void AddAdjacencyOperands(uint64_t count) { adjacency_operands_ += count; }

 private:
  RocksStore() = default;
  Status CheckFormat();
  Status CreateMissingFamilies();
  Status ReadMetaNumber(const std::string& key, uint64_t* value);
  Status HoldsNoKey(bool* empty);
  Status Initialise();
  void FoldAdjacencyOperands();

  std::string path_;
  std::unique_ptr<rocksdb::Env> mem_env_;
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  bool read_only_ = false;
  std::mutex write_mutex_;
  std::atomic<uint64_t> next_node_id_{0};
  std::atomic<uint64_t> next_rel_id_{0};
  std::atomic<uint64_t> adjacency_operands_{0};  // written since the store was opened
  NodeCache node_cache_;
  mutable std::mutex error_mutex_;
  Status error_;
};

}  // namespace kg::storage
