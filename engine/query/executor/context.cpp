#include "engine/query/executor/context.h"

namespace kg::query {

Map ExecContext::Properties(const Value& v) {
  if (v.is_node()) {
    auto n = txn->GetNode(static_cast<storage::NodeId>(v.as_node().id));
    return n ? n->properties : Map();
  }
  if (v.is_relationship()) {
    auto r = txn->GetRel(static_cast<storage::RelId>(v.as_relationship().id));
    return r ? r->properties : Map();
  }
  return v.is_map() ? v.as_map() : Map();
}

std::vector<std::string> ExecContext::Labels(const Value& node) {
  auto n = txn->GetNode(static_cast<storage::NodeId>(node.as_node().id));
  return n ? n->labels : std::vector<std::string>();
}

Value ExecContext::Materialize(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNode: {
      Node n;
      n.id = v.as_node().id;
      if (auto stored = txn->GetNode(static_cast<storage::NodeId>(n.id))) {
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
