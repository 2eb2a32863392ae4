#include "engine/query/executor/context.h"

#include <algorithm>

namespace kg::query {

namespace {

// Reads through `cache` when caching; `read` returns the optional record from storage.
template <typename Id, typename Record, typename Read>
std::shared_ptr<const Record> Cached(std::unordered_map<Id, std::shared_ptr<const Record>>& cache, bool caching,
                                     size_t max, Id id, Read read) {
  if (caching) {
    if (auto it = cache.find(id); it != cache.end()) return it->second;
    if (cache.size() >= max) cache.clear();
  }
  std::shared_ptr<const Record> record;
  if (auto stored = read(id)) record = std::make_shared<const Record>(std::move(*stored));
  if (caching) cache.emplace(id, record);
  return record;
}

}  // namespace

std::shared_ptr<const storage::NodeRecord> ExecContext::NodeRecord(storage::NodeId id) {
  if (!cache_records) return txn->ReadNode(id);
  if (last_node_ && last_node_->id == id) return last_node_;
  CachedNode* slot = &NodeSlot(id);
  if (!slot->read) {
    if (cached_nodes_ >= kMaxCachedRecords) {
      ClearNodes();
      slot = &NodeSlot(id);
    }
    *slot = {true, txn->ReadNode(id)};
    ++cached_nodes_;
  }
  return last_node_ = slot->record;
}

ExecContext::CachedNode& ExecContext::NodeSlot(storage::NodeId id) {
  if (id >= std::min<uint64_t>(kMaxDenseId, 2 * NodeCount() + 1024)) return sparse_nodes_[id];
  if (id >= dense_nodes_.size()) dense_nodes_.resize(std::max<size_t>(id + 1, 2 * dense_nodes_.size()));
  return dense_nodes_[id];
}

void ExecContext::ClearNodes() {
  dense_nodes_.clear();
  sparse_nodes_.clear();
  cached_nodes_ = 0;
}

int64_t ExecContext::NodeCount() {
  if (node_count_ < 0) node_count_ = txn->CountNodes("");
  return node_count_;
}

std::shared_ptr<const storage::RelRecord> ExecContext::RelRecord(storage::RelId id) {
  return Cached(rels_, cache_records, kMaxCachedRecords, id, [&](storage::RelId r) { return txn->GetRel(r); });
}

Value ExecContext::Property(const Value& v, const std::string& key) {
  const Map* props = nullptr;
  std::shared_ptr<const storage::NodeRecord> node;
  std::shared_ptr<const storage::RelRecord> rel;
  if (v.is_node() && (node = NodeRecord(static_cast<storage::NodeId>(v.as_node().id)))) props = &node->properties;
  if (v.is_relationship() && (rel = RelRecord(static_cast<storage::RelId>(v.as_relationship().id))))
    props = &rel->properties;
  if (!props) return Value();
  auto it = props->find(key);
  return it == props->end() ? Value() : it->second;
}

Map ExecContext::Properties(const Value& v) {
  if (v.is_node()) {
    auto n = NodeRecord(static_cast<storage::NodeId>(v.as_node().id));
    return n ? n->properties : Map();
  }
  if (v.is_relationship()) {
    auto r = RelRecord(static_cast<storage::RelId>(v.as_relationship().id));
    return r ? r->properties : Map();
  }
  return v.is_map() ? v.as_map() : Map();
}

std::vector<std::string> ExecContext::Labels(const Value& node) {
  auto n = NodeRecord(static_cast<storage::NodeId>(node.as_node().id));
  return n ? n->labels : std::vector<std::string>();
}

Value ExecContext::Materialize(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNode: {
      Node n;
      n.id = v.as_node().id;
      if (auto stored = NodeRecord(static_cast<storage::NodeId>(n.id))) {
        n.labels = stored->labels;
        n.properties = stored->properties;
      }
      return Value(std::move(n));
    }
    case Value::Type::kRelationship: {
      Relationship r = v.as_relationship();
      r.properties = Properties(v);
      return Value(std::move(r));
    }
    case Value::Type::kPath: {
      Path p;
      for (const auto& n : v.as_path().nodes) p.nodes.push_back(Materialize(Value(n)).as_node());
      for (const auto& r : v.as_path().relationships) p.relationships.push_back(Materialize(Value(r)).as_relationship());
      return Value(std::move(p));
    }
    case Value::Type::kList: {
      List out;
      for (const auto& item : v.as_list()) out.push_back(Materialize(item));
      return Value(std::move(out));
    }
    case Value::Type::kMap: {
      Map out;
      for (const auto& [k, item] : v.as_map()) out[k] = Materialize(item);
      return Value(std::move(out));
    }
    default: return v;
  }
}

}  // namespace kg::query
