// engine/query/executor/clauses.h — one function per clause: rows in, rows out.
#pragma once

#include <vector>

#include "engine/query/ast/clause.h"
#include "engine/query/executor/context.h"

namespace kg::query {

using Rows = std::vector<Row>;

Rows RunMatch(const ast::Clause& c, Rows input, ExecContext& ctx);
Rows RunUnwind(const ast::Clause& c, Rows input, ExecContext& ctx);
Rows RunCall(const ast::Clause& c, Rows input, ExecContext& ctx, std::vector<std::string>* columns);
// WITH and RETURN; *columns receives the projected names in order.
Rows RunProjection(const ast::Projection& p, Rows input, ExecContext& ctx, std::vector<std::string>* columns);
Rows RunCreate(const ast::Clause& c, Rows input, ExecContext& ctx);
Rows RunMerge(const ast::Clause& c, Rows input, ExecContext& ctx);
Rows RunSet(const ast::Clause& c, Rows input, ExecContext& ctx);  // SET and REMOVE
Rows RunDelete(const ast::Clause& c, Rows input, ExecContext& ctx);

// Applies SET items to one row (shared by SET and MERGE's ON CREATE / ON MATCH).
void ApplySetItems(const std::vector<ast::SetItem>& items, Row& row, ExecContext& ctx, bool remove);

}  // namespace kg::query
