// WITH and RETURN: projection, grouping with aggregates, DISTINCT, ORDER BY, SKIP, LIMIT.
#include <algorithm>
#include <set>

#include "engine/query/executor/aggregate.h"
#include "engine/query/executor/clauses.h"
#include "engine/query/expression/evaluator.h"

namespace kg::query {

namespace {

using ast::Expr;
using ast::ExprKind;

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
  for (const auto& item : items) CollectAggregates(*item.expr, &aggregates);
  if (!aggregates.empty()) {
    HashAggregation aggregation(items);
    for (const auto& row : input) {
      ctx.CheckCancel();
      aggregation.Add(row, ctx);
    }
    return aggregation.Finish(ctx);
  }
  std::vector<Projected> out;
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

std::vector<ast::ProjectionItem> ProjectionItems(const ast::Projection& p, const Row* sample) {
  Rows rows;
  if (sample) rows.push_back(*sample);
  return ExpandStar(p, rows);
}

Rows RunProjection(const ast::Projection& p, Rows input, ExecContext& ctx, std::vector<std::string>* columns) {
  auto items = ExpandStar(p, input);
  for (const auto& item : items) columns->push_back(item.alias);
  return FinishProjection(p, items, Project(items, input, ctx), *columns, ctx);
}

Rows FinishProjection(const ast::Projection& p, const std::vector<ast::ProjectionItem>& items,
                      std::vector<Projected> rows, const std::vector<std::string>& columns, ExecContext& ctx) {
  if (p.distinct) {
    std::set<std::string> seen;
    std::vector<Projected> unique;
    for (auto& r : rows) {
      std::string key;
      for (const auto& col : columns) key += GroupKey(r.row[col]) + "\x1f";
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
