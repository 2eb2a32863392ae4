// engine/query/executor/context.h — what the executor carries through a statement.
//
// Rows bind variable names to values. Nodes and relationships in rows hold only their
// identity (id; a relationship also its type and ends); properties and labels are read
// through the transaction when used, so a row never shows stale data after SET.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/query/expression/value_ops.h"
#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::query {

using Row = std::unordered_map<std::string, Value>;

struct ExecContext {
  storage::Transaction* txn = nullptr;
  // A statement that writes nothing reads each node and relationship once: the records it
  // decodes are kept for the rest of the statement (a label check, then `q.name`, then the
  // sort key all read the same node), node records from the store's cache of decoded
  // records (Transaction::ReadNode). Set by the engine from the statement's clauses.
  bool cache_records = false;
  // PROFILE: stages time themselves (two clock reads per row and stage otherwise spent).
  bool profiling = false;
  const Params* params = nullptr;
  const std::atomic<bool>* cancel = nullptr;
  QueryLimits limits;
  WriteStats stats;
  // The statement's clock: date(), datetime.statement() and the rest read this one instant,
  // so `duration.between(localtime(), localtime())` is PT0S.
  int64_t now_utc_nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::system_clock::now().time_since_epoch()).count();

  void CheckCancel() const {
    if (cancel && cancel->load(std::memory_order_relaxed)) throw QueryError(ErrorKind::kRuntime, "query cancelled");
  }

  static Value NodeRef(storage::NodeId id) {
    Node n;
    n.id = static_cast<int64_t>(id);
    return Value(std::move(n));
  }
  // The relationship of an adjacency entry seen from `from`: no read needed.
  static storage::RelRecord EdgeRecord(const storage::Edge& e, storage::NodeId from) {
    storage::RelRecord r;
    r.id = e.rel;
    r.type = e.type;
    r.start = e.outgoing ? from : e.neighbour;
    r.end = e.outgoing ? e.neighbour : from;
    return r;
  }

  // The stored record, or null when it does not exist (or was deleted).
  std::shared_ptr<const storage::NodeRecord> NodeRecord(storage::NodeId id);
  std::shared_ptr<const storage::RelRecord> RelRecord(storage::RelId id);
  // One property of a node or relationship ref, without copying the others; null when absent.
  Value Property(const Value& v, const std::string& key);

  // Fully loaded values (labels and properties), for output and for functions that need them.
  Value Materialize(const Value& v);
  // Properties of a node or relationship ref, read now; empty when it was deleted.
  Map Properties(const Value& v);
  std::vector<std::string> Labels(const Value& node);

 private:
  // Bounded: past this many records the cache starts again, so memory stays flat on scans
  // of graphs larger than it.
  static constexpr size_t kMaxCachedRecords = 1 << 18;
  // Node records by id. The store hands ids out in order, so they are dense: a vector
  // indexed by id finds a record with no hashing (a grouping query asks for one per
  // relationship). Ids past twice the node count (a store with many deleted nodes) or
  // past kMaxDenseId go to the hash map, so one read of a high id allocates no long vector.
  static constexpr storage::NodeId kMaxDenseId = 1 << 20;
  struct CachedNode {
    bool read = false;  // `record` is null for a node that does not exist
    std::shared_ptr<const storage::NodeRecord> record;
  };
  CachedNode& NodeSlot(storage::NodeId id);
  void ClearNodes();
  std::vector<CachedNode> dense_nodes_;
  std::unordered_map<storage::NodeId, CachedNode> sparse_nodes_;
  size_t cached_nodes_ = 0;
  // The node read last: a label check and then `q.name` read the same node one after the
  // other, and this answers the second without a lookup.
  std::shared_ptr<const storage::NodeRecord> last_node_;
  int64_t NodeCount();  // read once
  int64_t node_count_ = -1;  // -1: not read yet
  std::unordered_map<storage::RelId, std::shared_ptr<const storage::RelRecord>> rels_;
};

}  // namespace kg::query
