// engine/query/executor/aggregate.h — hash aggregation for WITH and RETURN.
//
// Rows stream through Add one at a time and are not kept: each group holds its key values,
// one accumulator per aggregate, updated as rows pass, and its first row only when an
// aggregating item names a grouping variable (`n.x + count(*)`). `MATCH (p)-[:KNOWS]->(q) RETURN q.name,
// count(*)` over a million relationships holds one entry per distinct name.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/query/ast/clause.h"
#include "engine/query/executor/context.h"
#include "engine/query/executor/group_table.h"

namespace kg::query {

// A projected row and what ORDER BY may refer to beside its columns.
struct Projected {
  Row row;         // the projected values, by column name
  Row sort_scope;  // the row, the aggregates' values, and for a plain projection its input
};

// The aggregate calls of an expression (not those inside a comprehension's per-element
// parts or a subquery, which have scopes of their own).
void CollectAggregates(const ast::Expr& e, std::vector<const ast::Expr*>* out);

class Accumulator;

class HashAggregation {
 public:
  // `items`: the projection's items with `*` expanded; at least one aggregates.
  explicit HashAggregation(std::vector<ast::ProjectionItem> items);
  ~HashAggregation();

  // Folds `row` into its group. Each new group and each value an accumulator keeps
  // (collect, percentiles, DISTINCT) counts against QueryLimits::max_rows.
  void Add(const Row& row, ExecContext& ctx);
  // The groups in order of first appearance; with no grouping keys, one group even when
  // no row came (`RETURN count(*)` over nothing is 0).
  std::vector<Projected> Finish(ExecContext& ctx);

 private:
  struct Group {
    std::vector<Value> keys;  // the non-aggregate items' values, in item order
    Row first;                // kept only when an item needs it (keeps_first_)
    std::vector<std::unique_ptr<Accumulator>> accumulators;
  };
  Group& GroupOf(const Row& row, ExecContext& ctx);
  Group NewGroup(const Row* first, ExecContext& ctx);

  std::vector<ast::ProjectionItem> items_;
  std::vector<bool> is_aggregate_;  // per item
  std::vector<int> bare_;           // per item: the aggregate it is exactly (`count(*) AS n`), else -1
  bool keeps_first_ = false;        // does an aggregating item name anything beside its aggregates
  std::vector<const ast::Expr*> aggregates_;
  std::vector<std::string> aggregate_names_;  // per aggregate: its name in a group's scope
  std::vector<Group> groups_;
  GroupTable index_{[this](size_t i) -> const std::vector<Value>& { return groups_[i].keys; }};
  std::vector<Value> keys_;  // scratch, reused per row
  int64_t held_ = 0;
};

}  // namespace kg::query
