#include "engine/query/executor/aggregate.h"

#include <algorithm>

#include "engine/query/executor/accumulator.h"
#include "engine/query/executor/limits.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/functions/functions.h"

namespace kg::query {

void CollectAggregates(const ast::Expr& e, std::vector<const ast::Expr*>* out) {
  using ast::ExprKind;
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

HashAggregation::HashAggregation(std::vector<ast::ProjectionItem> items) : items_(std::move(items)) {
  for (const auto& item : items_) {
    size_t before = aggregates_.size();
    CollectAggregates(*item.expr, &aggregates_);
    is_aggregate_.push_back(aggregates_.size() > before);
    bool bare = aggregates_.size() == before + 1 && aggregates_.back() == item.expr.get();
    bare_.push_back(bare ? static_cast<int>(before) : -1);
    keeps_first_ |= is_aggregate_.back() && !bare;
  }
  for (const ast::Expr* call : aggregates_) aggregate_names_.push_back(" agg:" + call->text);
}

HashAggregation::~HashAggregation() = default;

HashAggregation::Group HashAggregation::NewGroup(const Row* first, ExecContext& ctx) {
  Group g;
  if (first && keeps_first_) g.first = *first;
  for (const ast::Expr* call : aggregates_) g.accumulators.push_back(std::make_unique<Accumulator>(*call, first, ctx));
  return g;
}

HashAggregation::Group& HashAggregation::GroupOf(const Row& row, ExecContext& ctx) {
  keys_.clear();
  for (size_t i = 0; i < items_.size(); ++i)
    if (!is_aggregate_[i]) keys_.push_back(Evaluate(*items_[i].expr, row, ctx));
  bool fresh = false;
  size_t position = index_.Intern(keys_, groups_.size(), &fresh);
  if (!fresh) return groups_[position];
  CountRows(1, &held_, ctx);
  groups_.push_back(NewGroup(&row, ctx));
  groups_.back().keys = keys_;
  return groups_.back();
}

void HashAggregation::Add(const Row& row, ExecContext& ctx) {
  Group& group = GroupOf(row, ctx);
  for (auto& accumulator : group.accumulators)
    if (int64_t kept = accumulator->Add(row, ctx)) CountRows(kept, &held_, ctx);
}

std::vector<Projected> HashAggregation::Finish(ExecContext& ctx) {
  bool has_keys = std::find(is_aggregate_.begin(), is_aggregate_.end(), false) != is_aggregate_.end();
  if (groups_.empty() && !has_keys) groups_.push_back(NewGroup(nullptr, ctx));
  std::vector<Projected> out;
  out.reserve(groups_.size());
  for (auto& group : groups_) {
    Row& scope = group.first;  // the aggregates' values join the first row to evaluate the items
    Projected p;
    std::vector<Value> results;
    for (size_t a = 0; a < aggregates_.size(); ++a) {
      results.push_back(group.accumulators[a]->Result());
      p.sort_scope[aggregate_names_[a]] = results.back();
      if (keeps_first_) scope[aggregate_names_[a]] = results.back();
    }
    size_t key = 0;
    for (size_t i = 0; i < items_.size(); ++i) {
      Value& column = p.row[items_[i].alias];
      if (!is_aggregate_[i]) column = std::move(group.keys[key++]);
      else if (bare_[i] >= 0) column = results[bare_[i]];
      else column = Evaluate(*items_[i].expr, scope, ctx);
    }
    for (const auto& [name, value] : p.row) p.sort_scope[name] = value;
    out.push_back(std::move(p));
  }
  groups_.clear();
  index_.Clear();
  return out;
}

}  // namespace kg::query
