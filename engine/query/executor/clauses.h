// engine/query/executor/clauses.h — one function per clause that runs over all its rows at once
// (MATCH and UNWIND stream: pipeline.cpp).
#pragma once

#include <vector>

#include "engine/query/ast/clause.h"
#include "engine/query/executor/aggregate.h"
#include "engine/query/executor/context.h"

namespace kg::query {

using Rows = std::vector<Row>;

Rows RunCall(const ast::Clause& c, Rows input, ExecContext& ctx, std::vector<std::string>* columns);
// WITH and RETURN; *columns receives the projected names in order.
Rows RunProjection(const ast::Projection& p, Rows input, ExecContext& ctx, std::vector<std::string>* columns);
// Parts of a projection for the streaming one (pipeline.cpp): does an item aggregate; the
// column names given rows like `sample` (RETURN * names its variables); SKIP's or LIMIT's
// value (SemanticError unless a non-negative integer).
bool HasAggregate(const ast::Projection& p);
void ProjectionColumns(const ast::Projection& p, const Rows& sample, std::vector<std::string>* columns);
int64_t ProjectionCount(const ast::ExprPtr& e, ExecContext& ctx, const char* what);
// The items of `p` with `*` expanded to the variables of `sample` (none when it is null).
std::vector<ast::ProjectionItem> ProjectionItems(const ast::Projection& p, const Row* sample);
// What follows projecting or aggregating: DISTINCT, ORDER BY (top-k under LIMIT), SKIP,
// LIMIT and WITH's WHERE, over `rows` whose columns are `columns`.
Rows FinishProjection(const ast::Projection& p, const std::vector<ast::ProjectionItem>& items,
                      std::vector<Projected> rows, const std::vector<std::string>& columns, ExecContext& ctx);
Rows RunCreate(const ast::Clause& c, Rows input, ExecContext& ctx);
Rows RunMerge(const ast::Clause& c, Rows input, ExecContext& ctx);
Rows RunSet(const ast::Clause& c, Rows input, ExecContext& ctx);  // SET and REMOVE
Rows RunDelete(const ast::Clause& c, Rows input, ExecContext& ctx);

// Applies SET items to one row (shared by SET and MERGE's ON CREATE / ON MATCH).
void ApplySetItems(const std::vector<ast::SetItem>& items, Row& row, ExecContext& ctx, bool remove);

}  // namespace kg::query
