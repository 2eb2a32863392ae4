// engine/query/executor/pipeline.h — one single query's clauses as a push pipeline.
//
// Each clause is a stage that receives rows one at a time and pushes its own rows to the
// next. MATCH, UNWIND and a WITH/RETURN that needs no other row (no aggregate, DISTINCT
// or ORDER BY) stream: a row travels to the end before the next is made, so LIMIT stops
// the scan that feeds it and `UNWIND range(1, 1000000000) AS x RETURN x LIMIT 3` holds
// three rows. A WITH/RETURN that aggregates folds each row into its group as it comes
// and holds the groups, not the rows. The other clauses (DISTINCT, ORDER BY without
// aggregates, writes, CALL) are breakers: they
// gather their input, run as a whole, then push their output on. Writes thereby keep
// clause-at-a-time semantics: a write sees every row before it and every later clause
// sees every write.
#pragma once

#include "engine/query/ast/clause.h"
#include "engine/query/executor/clauses.h"
#include "engine/query/executor/runner.h"

namespace kg::query {

// Runs `query`'s clauses over `input` rows: the rows of its last clause (the RETURN's
// columns) and a profile line per stage.
QueryOutput RunPipeline(const ast::SingleQuery& query, Rows input, ExecContext& ctx);

// The stages RunPipeline makes for a statement's single query, one line each, for EXPLAIN.
std::vector<std::string> DescribePipeline(const ast::SingleQuery& query);

}  // namespace kg::query
