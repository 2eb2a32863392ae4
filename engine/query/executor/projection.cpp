// WITH and RETURN: projection, grouping with aggregates, DISTINCT, ORDER BY, SKIP, LIMIT.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "engine/common/ascii.h"
#include "engine/query/executor/clauses.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/functions/functions.h"

namespace kg::query {

namespace {

using ast::Expr;
using ast::ExprKind;

void CollectAggregates(const Expr& e, std::vector<const Expr*>* out) {
  if (e.kind == ExprKind::kCountStar || (e.kind == ExprKind::kFunction && IsAggregateFunction(e.name))) {
    out->push_back(&e);
    return;
  }
  // A comprehension's source list is evaluated in the outer scope and may aggregate
  // (`all(x IN collect(v) WHERE ...)`); its other parts run per element.
  if (e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier) {
    if (!e.children.empty() && e.children[0]) CollectAggregates(*e.children[0], out);
    return;
  }
  if (e.kind == ExprKind::kPatternComprehension || e.kind == ExprKind::kExists) return;
  for (const auto& c : e.children)
    if (c) CollectAggregates(*c, out);
}

// percentileDisc picks a value of the group; percentileCont interpolates between two.
Value Percentile(const std::string& name, std::vector<Value> values, const Value& percentile) {
  if (values.empty()) return Value();
  if (!percentile.is_number()) ThrowType(name + "() expects a number as percentile, got " + TypeName(percentile));
  double p = percentile.as_number();
  if (p < 0 || p > 1) throw QueryError(ErrorKind::kArgument, name + "() percentile must be between 0.0 and 1.0");
  for (const auto& v : values)
    if (!v.is_number()) ThrowType(name + "() expects numbers, got " + TypeName(v));
  std::sort(values.begin(), values.end(), [](const Value& a, const Value& b) { return a.as_number() < b.as_number(); });
  size_t n = values.size();
  if (name == "percentiledisc") {
    double at = p * static_cast<double>(n);
    size_t index = at <= 1 ? 0 : static_cast<size_t>(std::ceil(at)) - 1;
    return values[std::min(index, n - 1)];
  }
  double at = p * static_cast<double>(n - 1);
  size_t below = static_cast<size_t>(std::floor(at)), above = static_cast<size_t>(std::ceil(at));
  double low = values[below].as_number(), high = values[above].as_number();
  return Value(low + (high - low) * (at - static_cast<double>(below)));
}

Value Aggregate(const Expr& agg, const std::vector<const Row*>& group, ExecContext& ctx) {
  if (agg.kind == ExprKind::kCountStar) return Value(static_cast<int64_t>(group.size()));
  std::string name = AsciiLower(agg.name);
  size_t arity = name.rfind("percentile", 0) == 0 ? 2 : 1;
  if (agg.children.size() != arity) throw QueryError(ErrorKind::kArgument, name + "() takes " + std::to_string(arity) + " argument(s)");
  std::vector<Value> values;
  std::set<std::string> seen;
  for (const Row* row : group) {
    Value v = Evaluate(*agg.children[0], *row, ctx);
    if (v.is_null()) continue;
    if (agg.distinct && !seen.insert(GroupKey(v)).second) continue;
    values.push_back(std::move(v));
  }
  if (arity == 2) return Percentile(name, values, group.empty() ? Value() : Evaluate(*agg.children[1], *group[0], ctx));
  if (name == "count") return Value(static_cast<int64_t>(values.size()));
  if (name == "collect") return Value(List(values.begin(), values.end()));
  if (name == "min" || name == "max") {
    if (values.empty()) return Value();
    auto cmp = [](const Value& a, const Value& b) { return OrderCompare(a, b) < 0; };
    return name == "min" ? *std::min_element(values.begin(), values.end(), cmp)
                         : *std::max_element(values.begin(), values.end(), cmp);
  }
  Value sum(int64_t{0});
  for (const auto& v : values) {
    if (!v.is_number()) ThrowType(name + "() expects numbers, got " + TypeName(v));
    sum = Arithmetic("+", sum, v);
  }
  if (name == "sum") return sum;
  if (values.empty()) return Value();
  return Value(sum.as_number() / static_cast<double>(values.size()));  // avg
}

struct Projected {
  Row row;         // the projected values, by column name
  Row sort_scope;  // what ORDER BY may refer to
};

std::vector<ast::ProjectionItem> ExpandStar(const ast::Projection& p, const Rows& input) {
  std::vector<ast::ProjectionItem> items;
  if (p.star) {
    std::set<std::string> names;
    if (!input.empty())
      for (const auto& [name, value] : input[0])
        if (name.rfind(" ", 0) != 0) names.insert(name);
    for (const auto& name : names) {
      auto e = std::make_shared<Expr>();
      e->kind = ExprKind::kVariable;
      e->name = e->text = name;
      items.push_back({e, name, true});
    }
  }
  items.insert(items.end(), p.items.begin(), p.items.end());
  return items;
}

std::vector<Projected> Project(const std::vector<ast::ProjectionItem>& items, Rows& input, ExecContext& ctx) {
  std::vector<const Expr*> aggregates;
  std::vector<bool> is_agg;
  for (const auto& item : items) {
    size_t before = aggregates.size();
    CollectAggregates(*item.expr, &aggregates);
    is_agg.push_back(aggregates.size() > before);
  }
  std::vector<Projected> out;
  if (aggregates.empty()) {
    for (auto& row : input) {
      ctx.CheckCancel();
      Projected p;
      for (const auto& item : items) p.row[item.alias] = Evaluate(*item.expr, row, ctx);
      p.sort_scope = row;
      for (const auto& [k, v] : p.row) p.sort_scope[k] = v;
      out.push_back(std::move(p));
    }
    return out;
  }
  // Group by the non-aggregate items, in order of first appearance.
  std::map<std::string, size_t> index;
  std::vector<std::pair<Row, std::vector<const Row*>>> groups;
  for (const auto& row : input) {
    Row keys;
    std::string key;
    for (size_t i = 0; i < items.size(); ++i) {
      if (is_agg[i]) continue;
      Value v = Evaluate(*items[i].expr, row, ctx);
      key += GroupKey(v) + "\x1f";
      keys[items[i].alias] = std::move(v);
    }
    auto [it, fresh] = index.emplace(key, groups.size());
    if (fresh) groups.push_back({keys, {}});
    groups[it->second].second.push_back(&row);
  }
  bool has_keys = std::find(is_agg.begin(), is_agg.end(), false) != is_agg.end();
  if (groups.empty() && !has_keys) groups.push_back({Row(), {}});
  for (auto& [keys, members] : groups) {
    Row scope = members.empty() ? Row() : *members[0];
    for (const Expr* agg : aggregates) scope[" agg:" + agg->text] = Aggregate(*agg, members, ctx);
    Projected p;
    for (size_t i = 0; i < items.size(); ++i)
      p.row[items[i].alias] = is_agg[i] ? Evaluate(*items[i].expr, scope, ctx) : keys[items[i].alias];
    p.sort_scope = p.row;
    for (const auto& [k, v] : scope)
      if (k.rfind(" agg:", 0) == 0) p.sort_scope[k] = v;
    out.push_back(std::move(p));
  }
  return out;
}

// ORDER BY may name a projected column by alias or repeat a projected expression's text.
Value SortValue(const ast::SortItem& s, const std::vector<ast::ProjectionItem>& items, const Projected& p,
                ExecContext& ctx) {
  for (const auto& item : items)
    if (item.expr->text == s.expr->text) return p.row.at(item.alias);
  return Evaluate(*s.expr, p.sort_scope, ctx);
}

}  // namespace

int64_t ProjectionCount(const ast::ExprPtr& e, ExecContext& ctx, const char* what) {
  Value v = Evaluate(*e, Row(), ctx);
  if (!v.is_int() || v.as_int() < 0)
    throw QueryError(ErrorKind::kSemantic,  // openCypher: NegativeIntegerArgument / InvalidArgumentType
                     std::string(what) + " expects a non-negative integer, got " + v.ToString());
  return v.as_int();
}

bool HasAggregate(const ast::Projection& p) {
  std::vector<const Expr*> aggregates;
  for (const auto& item : p.items) CollectAggregates(*item.expr, &aggregates);
  return !aggregates.empty();
}

void ProjectionColumns(const ast::Projection& p, const Rows& sample, std::vector<std::string>* columns) {
  for (const auto& item : ExpandStar(p, sample)) columns->push_back(item.alias);
}

Rows RunProjection(const ast::Projection& p, Rows input, ExecContext& ctx, std::vector<std::string>* columns) {
  auto items = ExpandStar(p, input);
  for (const auto& item : items) columns->push_back(item.alias);
  std::vector<Projected> rows = Project(items, input, ctx);
  if (p.distinct) {
    std::set<std::string> seen;
    std::vector<Projected> unique;
    for (auto& r : rows) {
      std::string key;
      for (const auto& col : *columns) key += GroupKey(r.row[col]) + "\x1f";
      if (seen.insert(key).second) unique.push_back(std::move(r));
    }
    rows = std::move(unique);
  }
  if (!p.order_by.empty()) {
    std::vector<std::pair<std::vector<Value>, size_t>> keyed;
    for (size_t i = 0; i < rows.size(); ++i) {
      std::vector<Value> keys;
      for (const auto& s : p.order_by) keys.push_back(SortValue(s, items, rows[i], ctx));
      keyed.emplace_back(std::move(keys), i);
    }
    auto before = [&](const auto& a, const auto& b) {
      for (size_t k = 0; k < p.order_by.size(); ++k) {
        int c = OrderCompare(a.first[k], b.first[k]);
        if (c) return p.order_by[k].descending ? c > 0 : c < 0;
      }
      return a.second < b.second;  // ties keep their input order
    };
    // ORDER BY ... LIMIT k sorts only the first SKIP + k rows (top-k).
    size_t wanted = keyed.size();
    if (p.limit) {
      uint64_t skip = p.skip ? uint64_t(ProjectionCount(p.skip, ctx, "SKIP")) : 0;
      uint64_t limit = uint64_t(ProjectionCount(p.limit, ctx, "LIMIT"));
      if (skip < wanted && limit < wanted) wanted = std::min<size_t>(wanted, skip + limit);
      if (skip >= wanted) wanted = 0;
    }
    if (wanted == keyed.size()) std::sort(keyed.begin(), keyed.end(), before);
    else std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(wanted), keyed.end(), before);
    keyed.resize(wanted);
    std::vector<Projected> sorted;
    for (auto& [keys, i] : keyed) sorted.push_back(std::move(rows[i]));
    rows = std::move(sorted);
  }
  size_t skip = p.skip ? static_cast<size_t>(ProjectionCount(p.skip, ctx, "SKIP")) : 0;
  size_t limit = p.limit ? static_cast<size_t>(ProjectionCount(p.limit, ctx, "LIMIT")) : rows.size();
  Rows out;
  for (size_t i = skip; i < rows.size() && i - skip < limit; ++i) {  // WITH's WHERE filters after LIMIT
    if (p.where && !EvaluatePredicate(*p.where, rows[i].row, ctx)) continue;
    out.push_back(std::move(rows[i].row));
  }
  return out;
}

}  // namespace kg::query
