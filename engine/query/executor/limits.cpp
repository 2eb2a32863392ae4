#include "engine/query/executor/limits.h"

#include <utility>
#include <vector>

namespace kg::query {

bool NestedDeeperThan(const Value& value, int max_depth) {
  std::vector<std::pair<const Value*, int>> pending = {{&value, 0}};
  while (!pending.empty()) {
    auto [v, depth] = pending.back();
    pending.pop_back();
    if (!v->is_list() && !v->is_map()) continue;
    if (depth + 1 > max_depth) return true;
    if (v->is_list())
      for (const auto& item : v->as_list()) pending.emplace_back(&item, depth + 1);
    else
      for (const auto& [key, item] : v->as_map()) pending.emplace_back(&item, depth + 1);
  }
  return false;
}

int64_t RowWeight(const Row& row) {
  int64_t weight = 1;
  for (const auto& [name, value] : row)
    if (value.is_path()) weight += static_cast<int64_t>(value.as_path().relationships.size());
  return weight;
}

void CountRows(int64_t weight, int64_t* total, const ExecContext& ctx) {
  *total += weight;
  if (*total > ctx.limits.max_rows)
    throw QueryError(ErrorKind::kRuntime, "a clause held more than " + std::to_string(ctx.limits.max_rows) +
                                              " rows (a path counts a row per relationship; an aggregation "
                                              "a row per group and per value it keeps)");
}

void CheckPropertyNesting(const Value& value, const ExecContext& ctx) {
  if (NestedDeeperThan(value, ctx.limits.max_nesting_depth))
    throw QueryError(ErrorKind::kRuntime, "property value nested deeper than " +
                                              std::to_string(ctx.limits.max_nesting_depth) + " levels");
}

}  // namespace kg::query
