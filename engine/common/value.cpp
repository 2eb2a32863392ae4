#include "kg/value.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace kg {

bool operator==(const Value& a, const Value& b) {
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Value::Type::kNull: return true;
    case Value::Type::kBool: return a.as_bool() == b.as_bool();
    case Value::Type::kInt: return a.as_int() == b.as_int();
    case Value::Type::kFloat: return a.as_float() == b.as_float();
    case Value::Type::kString: return a.as_string() == b.as_string();
    case Value::Type::kList: return a.as_list() == b.as_list();
    case Value::Type::kMap: return a.as_map() == b.as_map();
    case Value::Type::kNode: return a.as_node().id == b.as_node().id;
    case Value::Type::kRelationship: return a.as_relationship().id == b.as_relationship().id;
    case Value::Type::kPath: {
      const Path& p = a.as_path();
      const Path& q = b.as_path();
      if (p.nodes.size() != q.nodes.size() || p.relationships.size() != q.relationships.size()) return false;
      for (size_t i = 0; i < p.nodes.size(); ++i)
        if (p.nodes[i].id != q.nodes[i].id) return false;
      for (size_t i = 0; i < p.relationships.size(); ++i)
        if (p.relationships[i].id != q.relationships[i].id) return false;
      return true;
    }
    case Value::Type::kTemporal: return a.as_temporal() == b.as_temporal();
  }
  return false;
}

namespace {

// Shortest decimal form that reads back to the same double, always with a '.' or exponent
// so that it reads back as a float: 1.0, 0.1, 1.0E20.
std::string FormatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  // Plain shortest form (20 stays "20", not "2e+01"); exponents only for large or tiny numbers.
  char buf[40];
  bool plain = d == 0 || (std::fabs(d) >= 1e-6 && std::fabs(d) < 1e16);
  auto end = std::to_chars(buf, buf + sizeof buf, d, plain ? std::chars_format::fixed : std::chars_format::scientific).ptr;
  std::string s(buf, end);
  size_t e = s.find('e');
  std::string mantissa = e == std::string::npos ? s : s.substr(0, e);
  std::string exponent;
  if (e != std::string::npos) {
    int exp = std::atoi(s.c_str() + e + 1);
    exponent = "E" + std::to_string(exp);
  }
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  return mantissa + exponent;
}

std::string QuoteString(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string FormatProperties(const Map& properties) {
  if (properties.empty()) return "";
  std::string out = " {";
  bool first = true;
  for (const auto& [key, value] : properties) {
    if (!first) out += ", ";
    first = false;
    out += key + ": " + value.ToString();
  }
  return out + "}";
}

std::string FormatNode(const Node& n) {
  std::string out = "(";
  for (const auto& label : n.labels) out += ":" + label;
  return out + FormatProperties(n.properties) + ")";
}

std::string FormatRelationship(const Relationship& r) {
  return "[:" + r.type + FormatProperties(r.properties) + "]";
}

std::string FormatPath(const Path& p) {
  std::string out = "<";
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    out += FormatNode(p.nodes[i]);
    if (i >= p.relationships.size()) break;
    const Relationship& r = p.relationships[i];
    bool forward = r.start == p.nodes[i].id;
    out += forward ? "-" : "<-";
    out += FormatRelationship(r);
    out += forward ? "->" : "-";
  }
  return out + ">";
}

}  // namespace

std::string Value::ToString() const {
  switch (type()) {
    case Type::kNull: return "null";
    case Type::kBool: return as_bool() ? "true" : "false";
    case Type::kInt: return std::to_string(as_int());
    case Type::kFloat: return FormatFloat(as_float());
    case Type::kString: return QuoteString(as_string());
    case Type::kList: {
      std::string out = "[";
      for (size_t i = 0; i < as_list().size(); ++i) {
        if (i) out += ", ";
        out += as_list()[i].ToString();
      }
      return out + "]";
    }
    case Type::kMap: {
      std::string props = FormatProperties(as_map());
      return props.empty() ? "{}" : props.substr(1);
    }
    case Type::kNode: return FormatNode(as_node());
    case Type::kRelationship: return FormatRelationship(as_relationship());
    case Type::kPath: return FormatPath(as_path());
    case Type::kTemporal: return as_temporal().ToString();
  }
  return "null";
}

}  // namespace kg
