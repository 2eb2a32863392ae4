#include "engine/export/csv_export.h"

#include <map>
#include <optional>

namespace kg::exporter {

namespace {

// The neo4j-admin type of a scalar; nullopt for a map or a nested list.
std::optional<std::string> ScalarType(const Value& v) {
  static const char* const kTemporal[] = {"date",          "localtime", "time",
                                          "localdatetime", "datetime",  "duration"};
  switch (v.type()) {
    case Value::Type::kString:
      return "string";
    case Value::Type::kInt:
      return "long";
    case Value::Type::kFloat:
      return "double";
    case Value::Type::kBool:
      return "boolean";
    case Value::Type::kTemporal:
      return kTemporal[static_cast<int>(v.as_temporal().kind)];
    default:
      return std::nullopt;
  }
}

// "long", "string[]", ...; "[]" for an empty list (fits any array type); nullopt for a
// value no column type holds.
std::optional<std::string> ValueType(const Value& v) {
  if (!v.is_list()) return ScalarType(v);
  std::optional<std::string> item;
  for (const auto& x : v.as_list()) {
    auto t = ScalarType(x);
    if (!t || (item && *item != *t)) return std::nullopt;
    item = t;
  }
  return (item ? *item : "") + "[]";
}

bool IsArray(const std::optional<std::string>& type) {
  return type && type->size() >= 2 && type->compare(type->size() - 2, 2, "[]") == 0;
}

// The column type that holds values of types a and b; nullopt when none does.
std::optional<std::string> Merge(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a == b) return a;
  if (a == "[]" && IsArray(b)) return b;
  if (b == "[]" && IsArray(a)) return a;
  return std::nullopt;
}

// Property key -> its column type, over every map: "string" when the values disagree.
std::map<std::string, std::string> ColumnTypes(const std::vector<const Map*>& maps) {
  std::map<std::string, std::optional<std::string>> types;
  for (const Map* m : maps)
    for (const auto& [key, value] : *m) {
      auto [it, first] = types.emplace(key, ValueType(value));
      if (!first) it->second = Merge(it->second, ValueType(value));
    }
  std::map<std::string, std::string> out;
  for (const auto& [key, t] : types) out[key] = !t ? "string" : *t == "[]" ? "string[]" : *t;
  return out;
}

std::string Text(const Value& v) { return v.is_string() ? v.as_string() : v.ToString(); }

// A field as RFC 4180 writes it; "" for an empty text, which would otherwise read as no value.
std::string Field(const std::string& text) {
  if (!text.empty() && text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string q = "\"";
  for (char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string PropertyField(const Value& v, const std::string& type, char delimiter) {
  if (!IsArray(type) || !v.is_list()) return Field(Text(v));
  std::string joined;
  for (size_t i = 0; i < v.as_list().size(); ++i)
    joined += (i ? std::string(1, delimiter) : "") + Text(v.as_list()[i]);
  return Field(joined);
}

std::string HeaderField(const std::string& key, const std::string& type) {
  return Field(type == "string" ? key : key + ":" + type);
}

void WriteProperties(const Map& props, const std::map<std::string, std::string>& columns, char delimiter,
                     std::ostream& out) {
  for (const auto& [key, type] : columns) {
    auto it = props.find(key);
    out << "," << (it == props.end() ? "" : PropertyField(it->second, type, delimiter));
  }
}

bool HoldsChar(const GraphSnapshot& g, char c) {
  auto in_lists = [c](const Map& props) {
    for (const auto& [key, v] : props)
      if (v.is_list())
        for (const auto& item : v.as_list())
          if (Text(item).find(c) != std::string::npos) return true;
    return false;
  };
  for (const auto& n : g.nodes) {
    if (in_lists(n.properties)) return true;
    for (const auto& l : n.labels)
      if (l.find(c) != std::string::npos) return true;
  }
  for (const auto& r : g.relationships)
    if (in_lists(r.properties)) return true;
  return false;
}

}  // namespace

char ArrayDelimiter(const GraphSnapshot& g) {
  for (char c : {';', '|'})
    if (!HoldsChar(g, c)) return c;
  return '\x1f';
}

void WriteCsv(const GraphSnapshot& g, std::ostream& out) {
  char delimiter = ArrayDelimiter(g);
  std::vector<const Map*> node_props, rel_props;
  for (const auto& n : g.nodes) node_props.push_back(&n.properties);
  for (const auto& r : g.relationships) rel_props.push_back(&r.properties);
  auto node_columns = ColumnTypes(node_props), rel_columns = ColumnTypes(rel_props);
  out << ":ID";
  for (const auto& [key, type] : node_columns) out << "," << HeaderField(key, type);
  out << ",:LABEL\n";
  for (const auto& n : g.nodes) {
    out << n.id;
    WriteProperties(n.properties, node_columns, delimiter, out);
    std::string labels;
    for (const auto& l : n.labels) labels += (labels.empty() ? "" : std::string(1, delimiter)) + l;
    out << "," << (labels.empty() ? "" : Field(labels)) << "\n";
  }
  out << "\n:START_ID";
  for (const auto& [key, type] : rel_columns) out << "," << HeaderField(key, type);
  out << ",:END_ID,:TYPE\n";
  for (const auto& r : g.relationships) {
    out << r.start;
    WriteProperties(r.properties, rel_columns, delimiter, out);
    out << "," << r.end << "," << Field(r.type) << "\n";
  }
}

}  // namespace kg::exporter
