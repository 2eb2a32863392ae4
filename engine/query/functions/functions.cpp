#include "engine/query/functions/functions.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cmath>
#include <functional>
#include <random>
#include <unordered_map>

#include "engine/common/ascii.h"
#include "engine/query/temporal/temporal_functions.h"

namespace kg::query {

namespace {

using Args = std::vector<Value>;
using Fn = std::function<Value(const Args&, ExecContext&)>;

struct Function {
  size_t min_args, max_args;
  Fn fn;
};

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

const std::string& Str(const Value& v, const char* fn) {
  if (!v.is_string()) ThrowType(std::string(fn) + "() expects a string, got " + TypeName(v));
  return v.as_string();
}

int64_t Int(const Value& v, const char* fn) {
  if (!v.is_int()) ThrowType(std::string(fn) + "() expects an integer, got " + TypeName(v));
  return v.as_int();
}

// Truncated toward zero; null for NaN, infinities and floats outside the int64 range
// (casting those is undefined behaviour, and gave INT64_MIN).
Value FloatToInteger(double d) {
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return Value();
  return Value(static_cast<int64_t>(d));
}

Value ToInteger(const Value& v) {
  if (v.is_int()) return v;
  if (v.is_float()) return FloatToInteger(v.as_float());
  if (v.is_bool()) return Value(int64_t{v.as_bool()});
  if (v.is_string()) {
    const std::string& s = v.as_string();
    errno = 0;
    char* end = nullptr;
    long long exact = std::strtoll(s.c_str(), &end, 10);  // '9007199254740993' stays exact
    if (!s.empty() && end == s.c_str() + s.size()) return errno == ERANGE ? Value() : Value(int64_t{exact});
    try {
      size_t used;
      double d = std::stod(s, &used);
      return used == s.size() ? FloatToInteger(d) : Value();
    } catch (...) {
      return Value();
    }
  }
  if (v.is_null()) return Value();
  ThrowType("toInteger() cannot convert " + TypeName(v));
}

Value ToFloat(const Value& v) {
  if (v.is_float()) return v;
  if (v.is_int()) return Value(static_cast<double>(v.as_int()));
  if (v.is_string()) {
    try {
      size_t used;
      double d = std::stod(v.as_string(), &used);
      return used == v.as_string().size() ? Value(d) : Value();
    } catch (...) {
      return Value();
    }
  }
  if (v.is_null()) return Value();
  ThrowType("toFloat() cannot convert " + TypeName(v));
}

Value ToStringValue(const Value& v) {
  if (v.is_null()) return Value();
  if (v.is_string()) return v;
  if (v.is_int() || v.is_float() || v.is_bool() || v.is_temporal()) return Value(v.is_int() ? std::to_string(v.as_int()) : v.ToString());
  ThrowType("toString() cannot convert " + TypeName(v));
}

Value Trim(const Value& v, bool left, bool right) {
  std::string s = Str(v, "trim");
  size_t b = 0, e = s.size();
  if (left) while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  if (right) while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return Value(s.substr(b, e - b));
}

Value Split(const std::string& s, const std::string& sep) {
  List out;
  if (sep.empty()) {
    for (char c : s) out.push_back(Value(std::string(1, c)));
    return Value(std::move(out));
  }
  size_t start = 0, at;
  while ((at = s.find(sep, start)) != std::string::npos) {
    out.push_back(Value(s.substr(start, at - start)));
    start = at + sep.size();
  }
  out.push_back(Value(s.substr(start)));
  return Value(std::move(out));
}

Value Replace(const std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return Value(s);
  std::string out;
  size_t start = 0, at;
  while ((at = s.find(from, start)) != std::string::npos) {
    out += s.substr(start, at - start) + to;
    start = at + from.size();
  }
  return Value(out + s.substr(start));
}

// openCypher reports a non-integer bound or step of range() as a bad argument, not a type error.
int64_t RangeArgument(const Value& v) {
  if (!v.is_int()) throw QueryError(ErrorKind::kArgument, "range() expects integers, got " + TypeName(v));
  return v.as_int();
}

struct RangeSpec {
  int64_t from = 0, step = 1;
  uint64_t count_minus_one = 0;  // not the count: that wraps for the full int64 span
  bool empty = false;
};

// The count is computed in unsigned arithmetic because the span of
// range(-9223372036854775808, 9223372036854775807) does not fit an int64.
RangeSpec MakeRange(const Args& a) {
  RangeSpec r;
  r.from = RangeArgument(a[0]);
  int64_t to = RangeArgument(a[1]);
  r.step = a.size() > 2 ? RangeArgument(a[2]) : 1;
  if (r.step == 0) throw QueryError(ErrorKind::kArgument, "range() step must not be zero");
  r.empty = r.step > 0 ? r.from > to : r.from < to;
  if (r.empty) return r;
  uint64_t span = r.step > 0 ? uint64_t(to) - uint64_t(r.from) : uint64_t(r.from) - uint64_t(to);
  uint64_t stride = r.step > 0 ? uint64_t(r.step) : 0 - uint64_t(r.step);
  r.count_minus_one = span / stride;
  return r;
}

int64_t RangeItem(const RangeSpec& r, uint64_t i) { return static_cast<int64_t>(uint64_t(r.from) + i * uint64_t(r.step)); }

// A list value is built whole, so its size is checked first.
Value Range(const Args& a, const ExecContext& ctx) {
  RangeSpec r = MakeRange(a);
  if (r.empty) return Value(List{});
  if (r.count_minus_one >= uint64_t(ctx.limits.max_rows))
    throw QueryError(ErrorKind::kRuntime, "range() would build more than " + std::to_string(ctx.limits.max_rows) + " items");
  List out;
  out.reserve(r.count_minus_one + 1);
  for (uint64_t i = 0; i <= r.count_minus_one; ++i) out.push_back(Value(RangeItem(r, i)));
  return Value(std::move(out));
}

Value Numeric(const Value& v, const char* name, double (*op)(double)) {
  if (v.is_null()) return Value();
  if (!v.is_number()) ThrowType(std::string(name) + "() expects a number, got " + TypeName(v));
  return Value(op(v.as_number()));
}

const std::unordered_map<std::string, Function>& Registry();

}  // namespace

void ForEachInRange(const std::vector<Value>& args, const std::function<bool(int64_t)>& fn) {
  if (args.size() < 2 || args.size() > 3) throw QueryError(ErrorKind::kArgument, "range() takes 2 or 3 arguments");
  RangeSpec r = MakeRange(args);
  if (r.empty) return;
  for (uint64_t i = 0;; ++i) {
    if (!fn(RangeItem(r, i)) || i == r.count_minus_one) return;
  }
}

bool IsAggregateFunction(const std::string& name) {
  static const char* names[] = {"count", "collect", "sum", "avg", "min", "max", "percentilecont", "percentiledisc"};
  std::string n = AsciiLower(name);
  return std::any_of(std::begin(names), std::end(names), [&](const char* a) { return n == a; });
}

bool IsKnownFunction(const std::string& name) {
  return IsAggregateFunction(name) || Registry().count(AsciiLower(name)) || IsTemporalFunction(AsciiLower(name));
}

Value CallFunction(const std::string& name, const std::vector<Value>& args, ExecContext& ctx) {
  if (IsTemporalFunction(AsciiLower(name))) return CallTemporalFunction(AsciiLower(name), args, ctx.now_utc_nanos);
  auto it = Registry().find(AsciiLower(name));
  if (it == Registry().end()) throw QueryError(ErrorKind::kSemantic, "unknown function '" + name + "'");
  if (args.size() < it->second.min_args || args.size() > it->second.max_args)
    throw QueryError(ErrorKind::kArgument, "wrong number of arguments to " + name + "()");
  // Null in, null out, except for the functions that take null on purpose.
  static const char* null_aware[] = {"coalesce", "exists", "tostring", "size"};
  bool aware = std::any_of(std::begin(null_aware), std::end(null_aware), [&](const char* n) { return AsciiLower(name) == n; });
  if (!aware && !args.empty() && args[0].is_null()) return Value();
  return it->second.fn(args, ctx);
}

namespace {

const std::unordered_map<std::string, Function>& Registry() {
  static const std::unordered_map<std::string, Function> registry = {
      {"id", {1, 1, [](const Args& a, ExecContext&) {
         if (a[0].is_node()) return Value(a[0].as_node().id);
         if (a[0].is_relationship()) return Value(a[0].as_relationship().id);
         ThrowType("id() expects a node or relationship");
       }}},
      {"labels", {1, 1, [](const Args& a, ExecContext& ctx) {
         if (!a[0].is_node()) ThrowType("labels() expects a node");
         List out;
         for (auto& l : ctx.Labels(a[0])) out.push_back(Value(l));
         return Value(std::move(out));
       }}},
      {"type", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_relationship()) ThrowType("type() expects a relationship");
         return Value(a[0].as_relationship().type);
       }}},
      {"properties", {1, 1, [](const Args& a, ExecContext& ctx) {
         if (!a[0].is_node() && !a[0].is_relationship() && !a[0].is_map()) ThrowType("properties() expects a node, relationship or map");
         return Value(ctx.Properties(a[0]));
       }}},
      {"keys", {1, 1, [](const Args& a, ExecContext& ctx) {
         if (!a[0].is_node() && !a[0].is_relationship() && !a[0].is_map()) ThrowType("keys() expects a node, relationship or map");
         List out;
         for (auto& [k, v] : ctx.Properties(a[0])) out.push_back(Value(k));
         return Value(std::move(out));
       }}},
      {"startnode", {1, 1, [](const Args& a, ExecContext&) { return ExecContext::NodeRef(a[0].as_relationship().start); }}},
      {"endnode", {1, 1, [](const Args& a, ExecContext&) { return ExecContext::NodeRef(a[0].as_relationship().end); }}},
      {"nodes", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_path()) ThrowType("nodes() expects a path");
         List out;
         for (auto& n : a[0].as_path().nodes) out.push_back(Value(n));
         return Value(std::move(out));
       }}},
      {"relationships", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_path()) ThrowType("relationships() expects a path");
         List out;
         for (auto& r : a[0].as_path().relationships) out.push_back(Value(r));
         return Value(std::move(out));
       }}},
      {"length", {1, 1, [](const Args& a, ExecContext&) {
         if (a[0].is_path()) return Value(static_cast<int64_t>(a[0].as_path().relationships.size()));
         if (a[0].is_string()) return Value(static_cast<int64_t>(a[0].as_string().size()));
         ThrowType("length() expects a path");
       }}},
      {"size", {1, 1, [](const Args& a, ExecContext&) {
         if (a[0].is_null()) return Value();
         if (a[0].is_list()) return Value(static_cast<int64_t>(a[0].as_list().size()));
         if (a[0].is_string()) {
           int64_t n = 0;
           for (unsigned char c : a[0].as_string()) n += (c & 0xC0) != 0x80;
           return Value(n);
         }
         ThrowType("size() expects a list or string, got " + TypeName(a[0]));
       }}},
      {"coalesce", {1, 64, [](const Args& a, ExecContext&) {
         for (auto& v : a) if (!v.is_null()) return v;
         return Value();
       }}},
      {"exists", {1, 1, [](const Args& a, ExecContext&) { return Value(!a[0].is_null()); }}},
      {"head", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_list()) ThrowType("head() expects a list");
         return a[0].as_list().empty() ? Value() : a[0].as_list().front();
       }}},
      {"last", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_list()) ThrowType("last() expects a list");
         return a[0].as_list().empty() ? Value() : a[0].as_list().back();
       }}},
      {"tail", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_list()) ThrowType("tail() expects a list");
         const List& l = a[0].as_list();
         return l.empty() ? Value(List{}) : Value(List(l.begin() + 1, l.end()));
       }}},
      {"range", {2, 3, [](const Args& a, ExecContext& ctx) { return Range(a, ctx); }}},
      {"reverse", {1, 1, [](const Args& a, ExecContext&) {
         if (a[0].is_string()) return Value(std::string(a[0].as_string().rbegin(), a[0].as_string().rend()));
         if (!a[0].is_list()) ThrowType("reverse() expects a list or string");
         return Value(List(a[0].as_list().rbegin(), a[0].as_list().rend()));
       }}},
      {"tostring", {1, 1, [](const Args& a, ExecContext&) { return ToStringValue(a[0]); }}},
      {"tointeger", {1, 1, [](const Args& a, ExecContext&) { return ToInteger(a[0]); }}},
      {"tofloat", {1, 1, [](const Args& a, ExecContext&) { return ToFloat(a[0]); }}},
      {"toboolean", {1, 1, [](const Args& a, ExecContext&) {
         if (a[0].is_bool()) return a[0];
         if (a[0].is_string()) {
           std::string s = AsciiLower(a[0].as_string());
           return s == "true" ? Value(true) : s == "false" ? Value(false) : Value();
         }
         ThrowType("toBoolean() cannot convert " + TypeName(a[0]));
       }}},
      {"tolower", {1, 1, [](const Args& a, ExecContext&) { return Value(AsciiLower(Str(a[0], "toLower"))); }}},
      {"toupper", {1, 1, [](const Args& a, ExecContext&) { return Value(Upper(Str(a[0], "toUpper"))); }}},
      {"trim", {1, 1, [](const Args& a, ExecContext&) { return Trim(a[0], true, true); }}},
      {"ltrim", {1, 1, [](const Args& a, ExecContext&) { return Trim(a[0], true, false); }}},
      {"rtrim", {1, 1, [](const Args& a, ExecContext&) { return Trim(a[0], false, true); }}},
      {"split", {2, 2, [](const Args& a, ExecContext&) {
         if (a[1].is_null()) return Value();
         return Split(Str(a[0], "split"), Str(a[1], "split"));
       }}},
      {"substring", {2, 3, [](const Args& a, ExecContext&) {
         const std::string& s = Str(a[0], "substring");
         int64_t start = Int(a[1], "substring"), len = a.size() > 2 ? Int(a[2], "substring") : INT64_MAX;
         if (start < 0 || len < 0) throw QueryError(ErrorKind::kArgument, "substring() expects non-negative numbers");
         if (start >= static_cast<int64_t>(s.size())) return Value(std::string());
         return Value(s.substr(start, std::min<int64_t>(len, s.size() - start)));
       }}},
      {"replace", {3, 3, [](const Args& a, ExecContext&) {
         if (a[1].is_null() || a[2].is_null()) return Value();
         return Replace(Str(a[0], "replace"), Str(a[1], "replace"), Str(a[2], "replace"));
       }}},
      {"left", {2, 2, [](const Args& a, ExecContext&) {
         int64_t n = Int(a[1], "left");
         if (n < 0) throw QueryError(ErrorKind::kArgument, "left() expects a non-negative length");
         return Value(Str(a[0], "left").substr(0, n));
       }}},
      {"right", {2, 2, [](const Args& a, ExecContext&) {
         const std::string& s = Str(a[0], "right");
         int64_t n = Int(a[1], "right");
         if (n < 0) throw QueryError(ErrorKind::kArgument, "right() expects a non-negative length");
         return Value(n >= static_cast<int64_t>(s.size()) ? s : s.substr(s.size() - n));
       }}},
      {"abs", {1, 1, [](const Args& a, ExecContext&) {
         if (a[0].is_int() && a[0].as_int() < 0) return Arithmetic("-", Value(int64_t{0}), a[0]);  // overflow checked
         if (a[0].is_int()) return a[0];
         return Numeric(a[0], "abs", [](double d) { return std::fabs(d); });
       }}},
      {"sign", {1, 1, [](const Args& a, ExecContext&) {
         if (!a[0].is_number()) ThrowType("sign() expects a number");
         double d = a[0].as_number();
         return Value(int64_t{d > 0 ? 1 : d < 0 ? -1 : 0});
       }}},
      {"round", {1, 1, [](const Args& a, ExecContext&) { return Numeric(a[0], "round", [](double d) { return std::floor(d + 0.5); }); }}},
      {"ceil", {1, 1, [](const Args& a, ExecContext&) { return Numeric(a[0], "ceil", [](double d) { return std::ceil(d); }); }}},
      {"floor", {1, 1, [](const Args& a, ExecContext&) { return Numeric(a[0], "floor", [](double d) { return std::floor(d); }); }}},
      {"sqrt", {1, 1, [](const Args& a, ExecContext&) { return Numeric(a[0], "sqrt", [](double d) { return std::sqrt(d); }); }}},
      {"rand", {0, 0, [](const Args&, ExecContext&) {
         static thread_local std::mt19937_64 gen{std::random_device{}()};
         return Value(std::uniform_real_distribution<double>(0, 1)(gen));
       }}},
  };
  return registry;
}

}  // namespace

}  // namespace kg::query
