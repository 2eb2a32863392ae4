// engine/query/executor/context.h — what the executor carries through a statement.
//
// Rows bind variable names to values. Nodes and relationships in rows hold only their
// identity (id; a relationship also its type and ends); properties and labels are read
// through the transaction when used, so a row never shows stale data after SET.
#pragma once

#include <atomic>
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
  const Params* params = nullptr;
  const std::atomic<bool>* cancel = nullptr;
  QueryLimits limits;
  WriteStats stats;

  void CheckCancel() const {
    if (cancel && cancel->load(std::memory_order_relaxed)) throw QueryError(ErrorKind::kRuntime, "query cancelled");
  }

  static Value NodeRef(storage::NodeId id) {
    Node n;
    n.id = static_cast<int64_t>(id);
    return Value(std::move(n));
  }
  static Value RelRef(const storage::RelRecord& r) {
    Relationship rel;
    rel.id = static_cast<int64_t>(r.id);
    rel.type = r.type;
    rel.start = static_cast<int64_t>(r.start);
    rel.end = static_cast<int64_t>(r.end);
    return Value(std::move(rel));
  }

  // Fully loaded values (labels and properties), for output and for functions that need them.
  Value Materialize(const Value& v);
  // Properties of a node or relationship ref, read now; empty when it was deleted.
  Map Properties(const Value& v);
  std::vector<std::string> Labels(const Value& node);
};

}  // namespace kg::query
