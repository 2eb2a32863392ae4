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
  // sort key all read the same node). Set by the engine from the statement's clauses.
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
  std::unordered_map<storage::NodeId, std::shared_ptr<const storage::NodeRecord>> nodes_;
  // The node read last: a label check and then `q.name` read the same node one after the
  // other, and this answers the second without a hash lookup.
  std::shared_ptr<const storage::NodeRecord> last_node_;
  // A statement that reads nodes one by one until it has read an eighth of them (`MATCH
  // (p:Person)-[:KNOWS]->(q) RETURN q.name` reads every person) reads the rest in one pass
  // over the stored records, about the cost of the reads it has made: a Get is a seek,
  // the pass a step per record. A 1-hop query never gets there.
  int64_t BulkReadThreshold();  // -1 when the graph is larger than the cache
  void ReadAllNodes();
  int64_t node_misses_ = 0;
  int64_t bulk_read_threshold_ = 0;  // 0: not computed yet
  std::unordered_map<storage::RelId, std::shared_ptr<const storage::RelRecord>> rels_;
};

}  // namespace kg::query
