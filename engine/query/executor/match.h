// engine/query/executor/match.h — finding the ways a pattern occurs in the graph.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "engine/query/ast/pattern.h"
#include "engine/query/executor/context.h"

namespace kg::query {

// Calls fn with `row` extended by each match of all `parts` (relationships distinct within
// the match); fn returns false to stop early. Variables already bound in row constrain the
// match. The start of each part is its cheapest node: bound, then a name-index lookup,
// then the smallest label, then a full scan.
// `where`, the clause's WHERE if any, lets shortestPath skip relationships during its search
// that `none(r IN relationships(p) WHERE ...)` or `all(...)` would reject afterwards, as
// openCypher requires (the caller still filters every match with it).
void MatchPattern(const std::vector<ast::PatternPart>& parts, const Row& row, ExecContext& ctx,
                  const std::function<bool(const Row&)>& fn, const ast::Expr* where = nullptr);

// How MatchPattern will go, for EXPLAIN and PROFILE (match_plan.cpp): per part its start
// (`Argument(a)` for a variable of `bound`, NameIndexSeek, NamePrefixSeek, LabelScan,
// AllNodesScan) and its expansions (`Expand x2`, `VarLengthExpand(*1..3)`,
// `ShortestPath(*..4)`), e.g. "NameIndexSeek(p) -> VarLengthExpand(*1..3)". Adds the
// pattern's variables to `bound`.
std::string DescribeMatch(const std::vector<ast::PatternPart>& parts, const ast::Expr* where,
                          std::set<std::string>* bound);

}  // namespace kg::query
