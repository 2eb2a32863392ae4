#include "engine/query/expression/value_ops.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "engine/common/temporal/temporal_compare.h"
#include "engine/query/temporal/temporal_operators.h"

namespace kg::query {

std::string TypeName(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return "Null";
    case Value::Type::kBool: return "Boolean";
    case Value::Type::kInt: return "Integer";
    case Value::Type::kFloat: return "Float";
    case Value::Type::kString: return "String";
    case Value::Type::kList: return "List";
    case Value::Type::kMap: return "Map";
    case Value::Type::kNode: return "Node";
    case Value::Type::kRelationship: return "Relationship";
    case Value::Type::kPath: return "Path";
    case Value::Type::kTemporal: {
      static const char* const kNames[] = {"Date", "LocalTime", "Time", "LocalDateTime", "DateTime", "Duration"};
      return kNames[static_cast<int>(v.as_temporal().kind)];
    }
  }
  return "Any";
}

std::optional<bool> CypherEquals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
    return a.as_number() == b.as_number();
  }
  if (a.type() != b.type()) return false;
  if (a.is_list()) {
    const List &x = a.as_list(), &y = b.as_list();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (size_t i = 0; i < x.size(); ++i) {
      auto eq = CypherEquals(x[i], y[i]);
      if (eq && !*eq) return false;
      if (!eq) unknown = true;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  if (a.is_map()) {
    const Map &x = a.as_map(), &y = b.as_map();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
      if (i->first != j->first) return false;
      auto eq = CypherEquals(i->second, j->second);
      if (eq && !*eq) return false;
      if (!eq) unknown = true;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  return a == b;
}

namespace {

int Sign(double d) { return d < 0 ? -1 : d > 0 ? 1 : 0; }

int CompareNumbers(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int();
  return Sign(a.as_number() - b.as_number());
}

int OrderRank(const Value& v) {
  switch (v.type()) {
    case Value::Type::kMap: return 0;
    case Value::Type::kNode: return 1;
    case Value::Type::kRelationship: return 2;
    case Value::Type::kList: return 3;
    case Value::Type::kPath: return 4;
    case Value::Type::kTemporal: return 5;
    case Value::Type::kString: return 6;
    case Value::Type::kBool: return 7;
    case Value::Type::kInt:
    case Value::Type::kFloat: return 8;
    case Value::Type::kNull: return 9;
  }
  return 10;
}

}  // namespace

std::optional<int> CypherCompare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if ((a.is_float() && std::isnan(a.as_float())) || (b.is_float() && std::isnan(b.as_float()))) return std::nullopt;
    return CompareNumbers(a, b);
  }
  if (a.type() != b.type()) return std::nullopt;
  if (a.is_string()) return a.as_string().compare(b.as_string()) < 0 ? -1 : a.as_string() == b.as_string() ? 0 : 1;
  if (a.is_bool()) return int(a.as_bool()) - int(b.as_bool());
  if (a.is_temporal()) return temporal::Compare(a.as_temporal(), b.as_temporal());
  if (a.is_list()) {
    const List &x = a.as_list(), &y = b.as_list();
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      auto c = CypherCompare(x[i], y[i]);
      if (!c) return std::nullopt;
      if (*c) return c;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size();
  }
  return std::nullopt;
}

int OrderCompare(const Value& a, const Value& b) {
  int ra = OrderRank(a), rb = OrderRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case Value::Type::kNull: return 0;
    case Value::Type::kInt:
    case Value::Type::kFloat: {
      bool na = a.is_float() && std::isnan(a.as_float()), nb = b.is_float() && std::isnan(b.as_float());
      if (na || nb) return na == nb ? 0 : na ? 1 : -1;
      return CompareNumbers(a, b);
    }
    case Value::Type::kString: return a.as_string() < b.as_string() ? -1 : a.as_string() > b.as_string();
    case Value::Type::kBool: return int(a.as_bool()) - int(b.as_bool());
    case Value::Type::kList: {
      const List &x = a.as_list(), &y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (int c = OrderCompare(x[i], y[i])) return c;
      return x.size() < y.size() ? -1 : x.size() > y.size();
    }
    case Value::Type::kNode: return a.as_node().id < b.as_node().id ? -1 : a.as_node().id > b.as_node().id;
    case Value::Type::kRelationship:
      return a.as_relationship().id < b.as_relationship().id ? -1 : a.as_relationship().id > b.as_relationship().id;
    case Value::Type::kMap: {
      const Map &x = a.as_map(), &y = b.as_map();
      auto i = x.begin(), j = y.begin();
      for (; i != x.end() && j != y.end(); ++i, ++j) {
        if (i->first != j->first) return i->first < j->first ? -1 : 1;
        if (int c = OrderCompare(i->second, j->second)) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size();
    }
    case Value::Type::kPath: return GroupKey(a).compare(GroupKey(b));
    case Value::Type::kTemporal: return temporal::OrderCompare(a.as_temporal(), b.as_temporal());
  }
  return 0;
}

std::string GroupKey(const Value& v) {
  switch (v.type()) {
    case Value::Type::kInt: return "n" + std::to_string(static_cast<double>(v.as_int())) + "/" + std::to_string(v.as_int());
    case Value::Type::kFloat: {
      double d = v.as_float();
      if (d == std::floor(d) && std::fabs(d) < 9e15) return "n" + std::to_string(d) + "/" + std::to_string(int64_t(d));
      // Every digit that tells two doubles apart: to_string's six decimals grouped 0.1234561
      // with 0.1234562.
      char digits[32];
      std::snprintf(digits, sizeof digits, "%.17g", d);
      return std::string("n") + digits;
    }
    case Value::Type::kNode: return "N" + std::to_string(v.as_node().id);
    case Value::Type::kRelationship: return "R" + std::to_string(v.as_relationship().id);
    case Value::Type::kList: {
      std::string k = "[";
      for (const auto& item : v.as_list()) k += GroupKey(item) + ",";
      return k + "]";
    }
    case Value::Type::kMap: {
      std::string k = "{";
      for (const auto& [key, item] : v.as_map()) k += key + ":" + GroupKey(item) + ",";
      return k + "}";
    }
    case Value::Type::kPath: {
      std::string k = "P";
      for (const auto& n : v.as_path().nodes) k += std::to_string(n.id) + ",";
      for (const auto& r : v.as_path().relationships) k += std::to_string(r.id) + ";";
      return k;
    }
    case Value::Type::kString: return "s" + v.as_string();
    case Value::Type::kTemporal: return "t" + v.ToString();
    default: return v.ToString();
  }
}

namespace {

int64_t CheckedInt(const std::string& op, int64_t a, int64_t b) {
  int64_t r = 0;
  bool overflow = false;
  if (op == "+") overflow = __builtin_add_overflow(a, b, &r);
  else if (op == "-") overflow = __builtin_sub_overflow(a, b, &r);
  else if (op == "*") overflow = __builtin_mul_overflow(a, b, &r);
  else if (op == "/" || op == "%") {
    if (b == 0) throw QueryError(ErrorKind::kArgument, "division by zero");
    if (a == std::numeric_limits<int64_t>::min() && b == -1) overflow = true;
    else r = op == "/" ? a / b : a % b;
  }
  if (overflow) throw QueryError(ErrorKind::kArgument, "integer overflow");
  return r;
}

}  // namespace

Value Add(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_list() || b.is_list()) {
    List out = a.is_list() ? a.as_list() : List{a};
    if (b.is_list()) out.insert(out.end(), b.as_list().begin(), b.as_list().end());
    else out.push_back(b);
    return Value(std::move(out));
  }
  if (a.is_temporal() || b.is_temporal()) return TemporalArithmetic("+", a, b);
  if (a.is_string() && b.is_string()) return Value(a.as_string() + b.as_string());
  if (a.is_string() && b.is_number()) return Value(a.as_string() + (b.is_int() ? std::to_string(b.as_int()) : b.ToString()));
  if (a.is_number() && b.is_string()) return Value((a.is_int() ? std::to_string(a.as_int()) : a.ToString()) + b.as_string());
  return Arithmetic("+", a, b);
}

Value Arithmetic(const std::string& op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_temporal() || b.is_temporal()) return TemporalArithmetic(op, a, b);
  if (!a.is_number() || !b.is_number())
    ThrowType("cannot apply '" + op + "' to " + TypeName(a) + " and " + TypeName(b));
  if (op == "^") return Value(std::pow(a.as_number(), b.as_number()));
  if (a.is_int() && b.is_int()) return Value(CheckedInt(op, a.as_int(), b.as_int()));
  double x = a.as_number(), y = b.as_number();
  if (op == "+") return Value(x + y);
  if (op == "-") return Value(x - y);
  if (op == "*") return Value(x * y);
  if (op == "/") return Value(x / y);
  return Value(std::fmod(x, y));
}

}  // namespace kg::query
