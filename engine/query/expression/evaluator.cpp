#include "engine/query/expression/evaluator.h"

#include <cmath>
#include <regex>

#include "engine/query/executor/match.h"
#include "engine/query/executor/runner.h"
#include "engine/query/functions/functions.h"
#include "engine/query/temporal/temporal_fields.h"

namespace kg::query {

using ast::Expr;
using ast::ExprKind;

namespace {

bool IsNaN(const Value& v) { return v.is_float() && std::isnan(v.as_float()); }

bool IsNaNComparison(const Value& a, const Value& b) {
  return a.is_number() && b.is_number() && (IsNaN(a) || IsNaN(b));
}

std::optional<bool> Truth(const Value& v) {
  if (v.is_null()) return std::nullopt;
  if (!v.is_bool()) ThrowType("expected a boolean, got " + TypeName(v));
  return v.as_bool();
}

Value FromTruth(std::optional<bool> b) { return b ? Value(*b) : Value(); }

// A pattern used as a condition, `WHERE (a)-->(b)`, is true when it has a match.
std::optional<bool> Condition(const Expr& e, const Row& row, ExecContext& ctx) {
  Value v = Evaluate(e, row, ctx);
  if (e.kind == ExprKind::kPatternPredicate) return !v.as_list().empty();
  return Truth(v);
}

Value Logical(const std::string& op, const Expr& e, const Row& row, ExecContext& ctx) {
  auto a = Condition(*e.children[0], row, ctx);
  if (op == "AND" && a == false) return Value(false);
  if (op == "OR" && a == true) return Value(true);
  auto b = Condition(*e.children[1], row, ctx);
  if (op == "AND") return b == false ? Value(false) : (a && b) ? Value(true) : Value();
  if (op == "OR") return b == true ? Value(true) : (a && b) ? Value(false) : Value();
  if (!a || !b) return Value();  // XOR
  return Value(*a != *b);
}

Value StringPredicate(const std::string& op, const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return Value();
  const std::string &s = a.as_string(), &t = b.as_string();
  if (op == "STARTS") return Value(s.compare(0, t.size(), t) == 0);
  if (op == "ENDS") return Value(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
  if (op == "CONTAINS") return Value(s.find(t) != std::string::npos);
  try {
    return Value(std::regex_match(s, std::regex(t)));
  } catch (const std::regex_error&) {
    throw QueryError(ErrorKind::kArgument, "invalid regular expression: " + t);
  }
}

Value In(const Value& item, const Value& list) {
  if (list.is_null()) return Value();
  if (!list.is_list()) ThrowType("IN expects a list, got " + TypeName(list));
  bool unknown = false;
  for (const auto& candidate : list.as_list()) {
    auto eq = CypherEquals(item, candidate);
    if (eq == true) return Value(true);
    if (!eq) unknown = true;
  }
  return unknown ? Value() : Value(false);
}

Value Binary(const Expr& e, const Row& row, ExecContext& ctx) {
  const std::string& op = e.op;
  if (op == "AND" || op == "OR" || op == "XOR") return Logical(op, e, row, ctx);
  Value a = Evaluate(*e.children[0], row, ctx), b = Evaluate(*e.children[1], row, ctx);
  if (op == "=") return FromTruth(CypherEquals(a, b));
  if (op == "<>") {
    auto eq = CypherEquals(a, b);
    return eq ? Value(!*eq) : Value();
  }
  if (op == "<" || op == ">" || op == "<=" || op == ">=") {
    if (IsNaNComparison(a, b)) return Value(false);  // NaN is unordered, yet a number: false, not null
    auto c = CypherCompare(a, b);
    if (!c) return Value();
    if (op == "<") return Value(*c < 0);
    if (op == ">") return Value(*c > 0);
    if (op == "<=") return Value(*c <= 0);
    return Value(*c >= 0);
  }
  if (op == "+") return Add(a, b);
  if (op == "-" || op == "*" || op == "/" || op == "%" || op == "^") return Arithmetic(op, a, b);
  if (op == "IN") return In(a, b);
  return StringPredicate(op, a, b);
}

Value Property(const Value& target, const std::string& key, ExecContext& ctx) {
  if (target.is_null()) return Value();
  if (target.is_map()) {
    auto it = target.as_map().find(key);
    return it == target.as_map().end() ? Value() : it->second;
  }
  if (target.is_node() || target.is_relationship()) return ctx.Property(target, key);
  if (target.is_temporal()) return TemporalField(target.as_temporal(), key);
  ThrowType("cannot read property '" + key + "' of " + TypeName(target));
}

int64_t ListIndex(const Value& v, size_t size, bool clamp) {
  if (!v.is_int()) ThrowType("list index must be an integer, got " + TypeName(v));
  int64_t i = v.as_int();
  if (i < 0) i += static_cast<int64_t>(size);
  if (clamp) i = std::max<int64_t>(0, std::min<int64_t>(i, static_cast<int64_t>(size)));
  return i;
}

Value Index(const Value& target, const Value& index, ExecContext& ctx) {
  if (target.is_null() || index.is_null()) return Value();
  if (target.is_node() || target.is_relationship()) {  // n['key'] reads a property
    if (!index.is_string()) ThrowType("property key must be a string, got " + TypeName(index));
    return Property(target, index.as_string(), ctx);
  }
  if (target.is_list()) {
    int64_t i = ListIndex(index, target.as_list().size(), false);
    if (i < 0 || i >= static_cast<int64_t>(target.as_list().size())) return Value();
    return target.as_list()[i];
  }
  if (target.is_map()) {
    if (!index.is_string()) ThrowType("map key must be a string");
    auto it = target.as_map().find(index.as_string());
    return it == target.as_map().end() ? Value() : it->second;
  }
  ThrowType("cannot index " + TypeName(target));
}

Value Slice(const Expr& e, const Row& row, ExecContext& ctx) {
  Value target = Evaluate(*e.children[0], row, ctx);
  if (target.is_null()) return Value();
  if (!target.is_list()) ThrowType("cannot slice " + TypeName(target));
  const List& list = target.as_list();
  int64_t from = 0, to = static_cast<int64_t>(list.size());
  if (e.children[1]) {
    Value v = Evaluate(*e.children[1], row, ctx);
    if (v.is_null()) return Value();
    from = ListIndex(v, list.size(), true);
  }
  if (e.children[2]) {
    Value v = Evaluate(*e.children[2], row, ctx);
    if (v.is_null()) return Value();
    to = ListIndex(v, list.size(), true);
  }
  return from >= to ? Value(List{}) : Value(List(list.begin() + from, list.begin() + to));
}

Value Case(const Expr& e, const Row& row, ExecContext& ctx) {
  size_t i = 0;
  Value subject;
  if (e.has_subject) subject = Evaluate(*e.children[i++], row, ctx);
  size_t end = e.children.size() - (e.has_else ? 1 : 0);
  for (; i + 1 < end; i += 2) {
    Value when = Evaluate(*e.children[i], row, ctx);
    bool hit = e.has_subject ? CypherEquals(subject, when) == true : (when.is_bool() && when.as_bool());
    if (hit) return Evaluate(*e.children[i + 1], row, ctx);
  }
  return e.has_else ? Evaluate(*e.children.back(), row, ctx) : Value();
}

Value Comprehension(const Expr& e, const Row& row, ExecContext& ctx) {
  Value list = Evaluate(*e.children[0], row, ctx);
  if (list.is_null()) return Value();
  if (!list.is_list()) ThrowType("expected a list, got " + TypeName(list));
  Row scope = row;
  if (e.kind == ExprKind::kListComprehension) {
    List out;
    for (const auto& item : list.as_list()) {
      scope[e.name] = item;
      if (e.children[1] && !EvaluatePredicate(*e.children[1], scope, ctx)) continue;
      out.push_back(e.children[2] ? Evaluate(*e.children[2], scope, ctx) : item);
    }
    return Value(std::move(out));
  }
  int64_t yes = 0, unknown = 0, total = static_cast<int64_t>(list.as_list().size());
  for (const auto& item : list.as_list()) {
    scope[e.name] = item;
    Value v = e.children[1] ? Evaluate(*e.children[1], scope, ctx) : Value(true);
    auto t = Truth(v);
    if (!t) ++unknown;
    else if (*t) ++yes;
  }
  int64_t no = total - yes - unknown;
  if (e.op == "ALL") return no > 0 ? Value(false) : unknown ? Value() : Value(true);
  if (e.op == "ANY") return yes > 0 ? Value(true) : unknown ? Value() : Value(false);
  if (e.op == "NONE") return yes > 0 ? Value(false) : unknown ? Value() : Value(true);
  if (yes > 1) return Value(false);  // SINGLE
  return unknown ? Value() : Value(yes == 1);
}

Value PatternValue(const Expr& e, const Row& row, ExecContext& ctx) {
  std::vector<ast::PatternPart> parts{*e.pattern};
  List out;
  if (e.kind == ExprKind::kPatternPredicate) {  // a list of the matching paths
    const std::string path = " path";
    parts[0].path_variable = path;
    MatchPattern(parts, row, ctx, [&](const Row& m) {
      out.push_back(m.at(path));
      return true;
    });
    return Value(std::move(out));
  }
  MatchPattern(parts, row, ctx, [&](const Row& m) {
    if (!e.children[0] || EvaluatePredicate(*e.children[0], m, ctx)) out.push_back(Evaluate(*e.children[1], m, ctx));
    return true;
  });
  return Value(std::move(out));
}

}  // namespace

Value Evaluate(const Expr& e, const Row& row, ExecContext& ctx) {
  switch (e.kind) {
    case ExprKind::kLiteral: return e.literal;
    case ExprKind::kVariable: {
      auto it = row.find(e.name);
      if (it == row.end()) throw QueryError(ErrorKind::kSemantic, "variable `" + e.name + "` not defined");
      return it->second;
    }
    case ExprKind::kParameter: {
      auto it = ctx.params->find(e.name);
      if (it == ctx.params->end()) throw QueryError(ErrorKind::kArgument, "missing parameter $" + e.name);
      return it->second;
    }
    case ExprKind::kProperty: return Property(Evaluate(*e.children[0], row, ctx), e.name, ctx);
    case ExprKind::kList: {
      List out;
      for (const auto& c : e.children) out.push_back(Evaluate(*c, row, ctx));
      return Value(std::move(out));
    }
    case ExprKind::kMap: {
      Map out;
      for (size_t i = 0; i < e.keys.size(); ++i) out[e.keys[i]] = Evaluate(*e.children[i], row, ctx);
      return Value(std::move(out));
    }
    case ExprKind::kUnary: {
      Value v = Evaluate(*e.children[0], row, ctx);
      if (e.op == "NOT") {
        auto t = e.children[0]->kind == ExprKind::kPatternPredicate ? std::optional<bool>(!v.as_list().empty()) : Truth(v);
        return t ? Value(!*t) : Value();
      }
      if (e.op == "-") {
        if (v.is_float()) return Value(-v.as_float());
        return Arithmetic("-", Value(int64_t{0}), v);
      }
      if (!v.is_null() && !v.is_number()) ThrowType("cannot apply unary '+' to " + TypeName(v));
      return v;
    }
    case ExprKind::kBinary: return Binary(e, row, ctx);
    case ExprKind::kIsNull: return Value(Evaluate(*e.children[0], row, ctx).is_null());
    case ExprKind::kIsNotNull: return Value(!Evaluate(*e.children[0], row, ctx).is_null());
    case ExprKind::kFunction: {
      auto agg = row.find(" agg:" + e.text);  // aggregates are computed by the projection
      if (agg != row.end()) return agg->second;
      std::vector<Value> args;
      for (const auto& c : e.children) args.push_back(Evaluate(*c, row, ctx));
      return CallFunction(e.name, args, ctx);
    }
    case ExprKind::kCountStar: {
      auto agg = row.find(" agg:" + e.text);
      if (agg != row.end()) return agg->second;
      throw QueryError(ErrorKind::kSemantic, "count(*) used outside a projection");
    }
    case ExprKind::kCase: return Case(e, row, ctx);
    case ExprKind::kIndex: return Index(Evaluate(*e.children[0], row, ctx), Evaluate(*e.children[1], row, ctx), ctx);
    case ExprKind::kSlice: return Slice(e, row, ctx);
    case ExprKind::kLabels: {
      Value v = Evaluate(*e.children[0], row, ctx);
      if (v.is_null()) return Value();
      if (!v.is_node()) ThrowType("label predicate on " + TypeName(v));
      auto labels = ctx.Labels(v);
      for (const auto& l : e.keys)
        if (std::find(labels.begin(), labels.end(), l) == labels.end()) return Value(false);
      return Value(true);
    }
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier: return Comprehension(e, row, ctx);
    case ExprKind::kPatternPredicate:
    case ExprKind::kPatternComprehension: return PatternValue(e, row, ctx);
    case ExprKind::kExists: {
      QueryOutput out = RunQueryAst(*e.subquery, {row}, ctx);
      return Value(!out.rows.empty());
    }
  }
  return Value();
}

bool EvaluatePredicate(const Expr& expr, const Row& row, ExecContext& ctx) {
  return Condition(expr, row, ctx) == true;
}

bool ContainsAggregate(const Expr& expr) {
  if (expr.kind == ExprKind::kCountStar) return true;
  if (expr.kind == ExprKind::kFunction && IsAggregateFunction(expr.name)) return true;
  if (expr.kind == ExprKind::kListComprehension || expr.kind == ExprKind::kQuantifier)
    return !expr.children.empty() && expr.children[0] && ContainsAggregate(*expr.children[0]);
  if (expr.kind == ExprKind::kPatternComprehension || expr.kind == ExprKind::kExists) return false;
  for (const auto& c : expr.children)
    if (c && ContainsAggregate(*c)) return true;
  return false;
}

}  // namespace kg::query
