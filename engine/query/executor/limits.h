// engine/query/executor/limits.h — QueryLimits enforced while a statement runs.
//
// Clauses that gather rows (ORDER BY, DISTINCT, writes) and aggregations (their groups
// and collected values) hold them in memory, so a runaway pattern (`-[*]-` on a small
// graph with cycles, a cartesian product of four MATCHes) feeding one, or a huge range(),
// must fail with a RuntimeError before it takes the machine's memory. Rows that only
// stream through (MATCH, UNWIND, a plain projection, count(*)) hold nothing and count
// nothing.
#pragma once

#include <cstdint>
#include <string>

#include "engine/query/executor/context.h"

namespace kg::query {

// True when `value` has lists or maps nested more than max_depth deep. Iterative, so it
// is safe on a value of any depth (the recursive passes over values are not).
bool NestedDeeperThan(const Value& value, int max_depth);

// What a row costs against QueryLimits::max_rows: one, plus one per relationship of each
// path it holds (a path is most of its row's memory).
int64_t RowWeight(const Row& row);

// Adds `weight` to a clause's running total; RuntimeError past QueryLimits::max_rows.
void CountRows(int64_t weight, int64_t* total, const ExecContext& ctx);

// RuntimeError when a value to store as a property is nested deeper than allowed.
void CheckPropertyNesting(const Value& value, const ExecContext& ctx);

}  // namespace kg::query
