// engine/query/executor/match.h — finding the ways a pattern occurs in the graph.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "engine/query/ast/pattern.h"
#include "engine/query/executor/context.h"
#include "engine/query/executor/operator_profile.h"

namespace kg::query {

// How a pattern part's matching starts: at a node bound by an earlier clause or part, at
// the nodes a name or a name prefix finds in the index, or at a scan of a label or of all.
enum class StartKind { kArgument, kNameIndexSeek, kNamePrefixSeek, kLabelScan, kAllNodesScan };

// Operator names, shared by EXPLAIN (from the pattern) and PROFILE (from what ran):
// "LabelScan(p:Person)", "Expand(p)-[:KNOWS]->(q:Person)", "VarLengthExpand(p)-[:KNOWS*1..3]->(f)",
// "ShortestPath(a)-[:KNOWS*1..4]-(b:Person)"; `from` and `to` are node positions in `part`.
std::string StartOperatorName(StartKind kind, const ast::NodePattern& np);
std::string ExpandOperatorName(const ast::PatternPart& part, size_t from, size_t to);

// Under PROFILE, a MATCH's operators: MatchPattern adds rows and time to the operator it
// runs, found by name in *ops (appended when it is not there yet).
struct MatchProfiler {
  std::vector<OperatorProfile>* ops;
  OperatorClock* clock;
  int Operator(const std::string& name);
};

// Calls fn with `row` extended by each match of all `parts` (relationships distinct within
// the match); fn returns false to stop early. Variables already bound in row constrain the
// match. The start of each part is its cheapest node: bound, then a name-index lookup,
// then the smallest label, then a full scan.
// `where`, the clause's WHERE if any, lets shortestPath skip relationships during its search
// that `none(r IN relationships(p) WHERE ...)` or `all(...)` would reject afterwards, as
// openCypher requires (the caller still filters every match with it).
// `profiler`: under PROFILE; fn's own time is charged to no operator of the match.
void MatchPattern(const std::vector<ast::PatternPart>& parts, const Row& row, ExecContext& ctx,
                  const std::function<bool(const Row&)>& fn, const ast::Expr* where = nullptr,
                  MatchProfiler* profiler = nullptr);

// How MatchPattern will go, for EXPLAIN and PROFILE (match_plan.cpp): per part its start
// (`Argument(a)` for a variable of `bound`, NameIndexSeek, NamePrefixSeek, LabelScan,
// AllNodesScan) and its expansions in the order they run, one operator each, e.g.
// {"NameIndexSeek(p)", "VarLengthExpand(p)-[:KNOWS*1..3]->(f)"}. Adds the pattern's
// variables to `bound`.
std::vector<std::string> DescribeMatch(const std::vector<ast::PatternPart>& parts, const ast::Expr* where,
                                       std::set<std::string>* bound);

}  // namespace kg::query
