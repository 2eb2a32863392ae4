// engine/query/executor/runner.h — runs a query's clauses over rows.
#pragma once

#include <string>
#include <vector>

#include "engine/query/ast/clause.h"
#include "engine/query/executor/context.h"

namespace kg::query {

struct ClauseProfile {
  std::string name;  // e.g. "Match (n:Person) via label scan"
  int64_t rows = 0;
  double millis = 0;
};

struct QueryOutput {
  std::vector<std::string> columns;  // empty when the query ends without RETURN: no result rows
  std::vector<Row> rows;
  std::vector<ClauseProfile> profile;
};

// Runs a (possibly UNION) query starting from `input` rows (one empty row at top level).
QueryOutput RunQueryAst(const ast::Query& query, std::vector<Row> input, ExecContext& ctx);

// Each clause's operator line, e.g. "Match NameIndexSeek(p) -> Expand x1"; a variable an
// earlier clause bound reads as `Argument(p)`.
std::vector<std::string> ClauseNames(const ast::SingleQuery& query);

// The operator tree of a query, one line per clause, for EXPLAIN.
std::vector<std::string> DescribeQuery(const ast::Query& query);

}  // namespace kg::query
