// kg/value.h — the typed values of query results, parameters and properties.
//
// A Value is null, a boolean, a 64-bit integer, a double, a UTF-8 string, a list, a map
// (keys sorted), a temporal value (kg/temporal.h), or — in query results only — a node, a
// relationship or a path.
// Lists, maps and graph values are shared and immutable, so copying a Value is cheap.
//
// Thread-safety: a Value may be read from several threads at once.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "kg/temporal.h"

namespace kg {

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value>;

struct Node {
  int64_t id = 0;
  std::vector<std::string> labels;
  Map properties;
};

struct Relationship {
  int64_t id = 0;
  std::string type;
  int64_t start = 0;  // id of the start node
  int64_t end = 0;    // id of the end node
  Map properties;
};

// nodes.size() == relationships.size() + 1; relationships[i] joins nodes[i] and nodes[i+1]
// in either direction.
struct Path {
  std::vector<Node> nodes;
  std::vector<Relationship> relationships;
};

class Value {
 public:
  enum class Type { kNull, kBool, kInt, kFloat, kString, kList, kMap, kNode, kRelationship, kPath, kTemporal };

  Value() = default;  // null
  Value(std::nullptr_t) {}
  Value(bool b) : data_(b) {}
  Value(int i) : data_(int64_t{i}) {}
  Value(int64_t i) : data_(i) {}
  Value(double d) : data_(d) {}
  Value(const char* s) : data_(std::string(s)) {}
  Value(std::string s) : data_(std::move(s)) {}
  Value(List l) : data_(std::make_shared<const List>(std::move(l))) {}
  Value(Map m) : data_(std::make_shared<const Map>(std::move(m))) {}
  Value(Node n) : data_(std::make_shared<const Node>(std::move(n))) {}
  Value(Relationship r) : data_(std::make_shared<const Relationship>(std::move(r))) {}
  Value(Path p) : data_(std::make_shared<const Path>(std::move(p))) {}
  Value(Temporal t) : data_(std::make_shared<const Temporal>(std::move(t))) {}

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_int() const { return type() == Type::kInt; }
  bool is_float() const { return type() == Type::kFloat; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return type() == Type::kString; }
  bool is_list() const { return type() == Type::kList; }
  bool is_map() const { return type() == Type::kMap; }
  bool is_node() const { return type() == Type::kNode; }
  bool is_relationship() const { return type() == Type::kRelationship; }
  bool is_path() const { return type() == Type::kPath; }
  bool is_temporal() const { return type() == Type::kTemporal; }

  // REQUIRES: the matching is_*() is true (checked by std::get).
  bool as_bool() const { return std::get<bool>(data_); }
  int64_t as_int() const { return std::get<int64_t>(data_); }
  double as_float() const { return std::get<double>(data_); }
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(data_); }
  const List& as_list() const { return *std::get<std::shared_ptr<const List>>(data_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(data_); }
  const Node& as_node() const { return *std::get<std::shared_ptr<const Node>>(data_); }
  const Relationship& as_relationship() const { return *std::get<std::shared_ptr<const Relationship>>(data_); }
  const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(data_); }
  const Temporal& as_temporal() const { return *std::get<std::shared_ptr<const Temporal>>(data_); }

  // Structural equality (1 and 1.0 differ; null equals null). For Cypher's `=`, which is
  // three-valued, see the query engine.
  friend bool operator==(const Value& a, const Value& b);
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

  // Cypher literal notation, as the table format and the TCK write values:
  // 1, 1.5, 'text', [1, 2], {k: 1}, (:L {k: 1}), [:T {k: 1}], <(:A)-[:T]->(:B)>; a temporal
  // value as its ISO 8601 text, unquoted, as cypher-shell prints it: 1984-10-11.
  std::string ToString() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, std::shared_ptr<const List>,
               std::shared_ptr<const Map>, std::shared_ptr<const Node>,
               std::shared_ptr<const Relationship>, std::shared_ptr<const Path>,
               std::shared_ptr<const Temporal>>
      data_;
};

}  // namespace kg
