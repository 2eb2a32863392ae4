// engine/query/executor/accumulator.h — one aggregate function's running state for one group.
//
// count, sum, avg, min and max keep a number or a value; collect and the percentiles keep
// the values they need; DISTINCT keeps the keys seen. Nulls are skipped, as openCypher says.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/query/ast/expression.h"
#include "engine/query/executor/context.h"

namespace kg::query {

class Accumulator {
 public:
  // `call`: count(*) or an aggregate function call (ArgumentError on a wrong arity).
  // `first`: the group's first row, where a percentile's second argument is evaluated
  // (null for the one group of an aggregation over no rows).
  Accumulator(const ast::Expr& call, const Row* first, ExecContext& ctx);

  // Folds in the call's argument evaluated on `row`; returns how many values it now keeps
  // beyond before (for QueryLimits::max_rows).
  int64_t Add(const Row& row, ExecContext& ctx);
  Value Result() const;

 private:
  enum class Kind { kCountStar, kCount, kSum, kAvg, kMin, kMax, kCollect, kPercentileDisc, kPercentileCont };
  bool Fresh(const Value& v);  // false for a DISTINCT call's repeat

  const ast::Expr& call_;
  Kind kind_;
  int64_t count_ = 0;       // values folded in
  Value total_{int64_t{0}};  // sum and avg
  Value best_;              // min and max
  List values_;             // collect and the percentiles
  Value percentile_;
  std::unordered_set<std::string> seen_;  // DISTINCT
};

}  // namespace kg::query
