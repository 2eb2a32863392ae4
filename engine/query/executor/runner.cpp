#include "engine/query/executor/runner.h"

#include <chrono>
#include <set>

#include "engine/query/executor/clauses.h"
#include "engine/query/executor/limits.h"
#include "engine/query/executor/match.h"
#include "engine/query/executor/pipeline.h"
#include "engine/query/expression/evaluator.h"

namespace kg::query {

namespace {

// What a WITH or RETURN does, in the order it does it, e.g. "Aggregation -> Top (RETURN)":
// one stage of the pipeline runs them all.
std::string ProjectionOperators(const ast::Projection& p, const char* clause) {
  std::string out = HasAggregate(p) ? "Aggregation" : "Projection";
  if (p.distinct) out += " -> Distinct";
  if (!p.order_by.empty()) out += p.limit ? " -> Top" : " -> Sort";
  if (p.skip) out += " -> Skip";
  if (p.limit && p.order_by.empty()) out += " -> Limit";
  if (p.where) out += " -> Filter";
  return out + " (" + clause + ")";
}

std::vector<std::string> ClauseOperators(const ast::Clause& c, std::set<std::string>* bound) {
  switch (c.kind) {
    case ast::Clause::Kind::kMatch: {
      std::vector<std::string> ops = DescribeMatch(c.patterns, c.where.get(), bound);
      if (c.where) ops.push_back("Filter");
      if (c.optional) ops.push_back("Optional");  // a row with no match goes on with nulls
      return ops;
    }
    case ast::Clause::Kind::kUnwind: return {"Unwind " + c.variable};
    case ast::Clause::Kind::kLoadCsv: return {"LoadCSV " + c.variable};
    case ast::Clause::Kind::kWith: return {ProjectionOperators(c.projection, "WITH")};
    case ast::Clause::Kind::kReturn: return {ProjectionOperators(c.projection, "RETURN")};
    case ast::Clause::Kind::kCreate: return {"Create"};
    case ast::Clause::Kind::kMerge: return {"Merge"};
    case ast::Clause::Kind::kSet: return {"SetProperties"};
    case ast::Clause::Kind::kRemove: return {"Remove"};
    case ast::Clause::Kind::kDelete: return {c.detach ? "DetachDelete" : "Delete"};
    case ast::Clause::Kind::kCall: return {"ProcedureCall " + c.procedure};
  }
  return {"?"};
}

// The variables in scope after `c`, given those before it in *bound.
void UpdateScope(const ast::Clause& c, std::set<std::string>* bound) {
  using K = ast::Clause::Kind;
  if (c.kind == K::kUnwind || c.kind == K::kLoadCsv) bound->insert(c.variable);
  if (c.kind == K::kCreate || c.kind == K::kMerge) {
    std::set<std::string> scratch = *bound;
    DescribeMatch(c.patterns, nullptr, &scratch);  // binds the pattern's variables
    *bound = std::move(scratch);
  }
  if (c.kind == K::kWith) {
    if (!c.projection.star) bound->clear();
    for (const auto& item : c.projection.items) bound->insert(item.alias);
  }
  if (c.kind == K::kCall)
    for (const auto& [field, alias] : c.yields) bound->insert(alias.empty() ? field : alias);
}

}  // namespace

std::vector<std::vector<std::string>> ClauseOperators(const ast::SingleQuery& query) {
  std::vector<std::vector<std::string>> names;
  std::set<std::string> bound;
  for (const auto& c : query.clauses) {
    names.push_back(ClauseOperators(c, &bound));
    UpdateScope(c, &bound);
  }
  return names;
}

QueryOutput RunQueryAst(const ast::Query& query, std::vector<Row> input, ExecContext& ctx) {
  QueryOutput result = RunPipeline(query.parts[0], input, ctx);
  bool distinct = false;
  std::vector<size_t> union_ops;  // PROFILE: each UNION's line, as EXPLAIN has it; its rows are the result's
  for (size_t i = 1; i < query.parts.size(); ++i) {
    QueryOutput next = RunPipeline(query.parts[i], input, ctx);
    if (next.columns != result.columns)
      throw QueryError(ErrorKind::kSemantic, "all sub queries in a UNION must have the same column names");
    distinct |= !query.union_all[i - 1];
    for (auto& row : next.rows) result.rows.push_back(std::move(row));
    union_ops.push_back(result.profile.size());
    result.profile.push_back({query.union_all[i - 1] ? "UnionAll" : "Union (distinct)", 0, 0});
    result.profile.insert(result.profile.end(), next.profile.begin(), next.profile.end());
  }
  if (distinct) {
    std::set<std::string> seen;
    Rows unique;
    for (auto& row : result.rows) {
      std::string key;
      for (const auto& col : result.columns) key += GroupKey(row[col]) + "\x1f";
      if (seen.insert(key).second) unique.push_back(std::move(row));
    }
    result.rows = std::move(unique);
  }
  for (size_t op : union_ops) result.profile[op].rows = static_cast<int64_t>(result.rows.size());
  return result;
}

std::vector<std::string> DescribeQuery(const ast::Query& query) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < query.parts.size(); ++i) {
    if (i > 0) lines.push_back(query.union_all[i - 1] ? "UnionAll" : "Union (distinct)");
    for (auto& line : DescribePipeline(query.parts[i])) lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace kg::query
