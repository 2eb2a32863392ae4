#include "engine/format/json_value.h"

#include <cmath>

namespace kg::format {

namespace {

nlohmann::json MapToJson(const Map& map) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : map) out[key] = ValueToJson(value);
  return out;
}

nlohmann::json NodeToJson(const Node& n) {
  return {{"~kind", "node"}, {"id", n.id}, {"labels", n.labels}, {"properties", MapToJson(n.properties)}};
}

nlohmann::json RelToJson(const Relationship& r) {
  return {{"~kind", "relationship"}, {"id", r.id},       {"type", r.type},
          {"start", r.start},        {"end", r.end},     {"properties", MapToJson(r.properties)}};
}

}  // namespace

nlohmann::json ValueToJson(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return v.as_bool();
    case Value::Type::kInt: return v.as_int();
    case Value::Type::kFloat:
      if (!std::isfinite(v.as_float())) return v.ToString();  // JSON has no NaN or Infinity
      return v.as_float();
    case Value::Type::kString: return v.as_string();
    case Value::Type::kList: {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& item : v.as_list()) out.push_back(ValueToJson(item));
      return out;
    }
    case Value::Type::kMap: return MapToJson(v.as_map());
    case Value::Type::kNode: return NodeToJson(v.as_node());
    case Value::Type::kRelationship: return RelToJson(v.as_relationship());
    case Value::Type::kTemporal: return v.ToString();  // ISO 8601 text, as Neo4j's drivers print it
    case Value::Type::kPath: {
      nlohmann::json nodes = nlohmann::json::array(), rels = nlohmann::json::array();
      for (const auto& n : v.as_path().nodes) nodes.push_back(NodeToJson(n));
      for (const auto& r : v.as_path().relationships) rels.push_back(RelToJson(r));
      return {{"~kind", "path"}, {"nodes", nodes}, {"relationships", rels}};
    }
  }
  return nullptr;
}

}  // namespace kg::format
