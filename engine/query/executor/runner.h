// engine/query/executor/runner.h — runs a query's clauses over rows.
#pragma once

#include <string>
#include <vector>

#include "engine/query/ast/clause.h"
#include "engine/query/executor/context.h"
#include "engine/query/executor/operator_profile.h"

namespace kg::query {

struct QueryOutput {
  std::vector<std::string> columns;  // empty when the query ends without RETURN: no result rows
  std::vector<Row> rows;
  std::vector<OperatorProfile> profile;  // under PROFILE, per operator in pipeline order
};

// Runs a (possibly UNION) query starting from `input` rows (one empty row at top level).
QueryOutput RunQueryAst(const ast::Query& query, std::vector<Row> input, ExecContext& ctx);

// Each clause's operators, e.g. {"NameIndexSeek(p)", "Expand(p)-[:KNOWS]->(f)", "Filter"}
// for a MATCH; a variable an earlier clause bound reads as `Argument(p)`.
std::vector<std::vector<std::string>> ClauseOperators(const ast::SingleQuery& query);

// The operators of a query in the order rows flow through them, for EXPLAIN.
std::vector<std::string> DescribeQuery(const ast::Query& query);

}  // namespace kg::query
