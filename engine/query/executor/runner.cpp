#include "engine/query/executor/runner.h"

#include <chrono>
#include <set>

#include "engine/query/executor/clauses.h"
#include "engine/query/executor/limits.h"
#include "engine/query/executor/match.h"
#include "engine/query/expression/evaluator.h"

namespace kg::query {

namespace {

std::string ClauseName(const ast::Clause& c) {
  switch (c.kind) {
    case ast::Clause::Kind::kMatch: return std::string(c.optional ? "OptionalMatch " : "Match ") + DescribeMatch(c.patterns) + (c.where ? " -> Filter" : "");
    case ast::Clause::Kind::kUnwind: return "Unwind " + c.variable;
    case ast::Clause::Kind::kWith: return "Projection (WITH)";
    case ast::Clause::Kind::kReturn: return "Projection (RETURN)";
    case ast::Clause::Kind::kCreate: return "Create";
    case ast::Clause::Kind::kMerge: return "Merge";
    case ast::Clause::Kind::kSet: return "SetProperties";
    case ast::Clause::Kind::kRemove: return "Remove";
    case ast::Clause::Kind::kDelete: return c.detach ? "DetachDelete" : "Delete";
    case ast::Clause::Kind::kCall: return "ProcedureCall " + c.procedure;
  }
  return "?";
}

QueryOutput RunSingle(const ast::SingleQuery& q, Rows rows, ExecContext& ctx) {
  QueryOutput out;
  for (const auto& c : q.clauses) {
    ctx.CheckCancel();
    auto begin = std::chrono::steady_clock::now();
    std::vector<std::string> columns;
    switch (c.kind) {
      case ast::Clause::Kind::kMatch: rows = RunMatch(c, std::move(rows), ctx); break;
      case ast::Clause::Kind::kUnwind: rows = RunUnwind(c, std::move(rows), ctx); break;
      case ast::Clause::Kind::kWith: rows = RunProjection(c.projection, std::move(rows), ctx, &columns); break;
      case ast::Clause::Kind::kReturn:
        rows = RunProjection(c.projection, std::move(rows), ctx, &columns);
        out.columns = columns;
        break;
      case ast::Clause::Kind::kCreate: rows = RunCreate(c, std::move(rows), ctx); break;
      case ast::Clause::Kind::kMerge: rows = RunMerge(c, std::move(rows), ctx); break;
      case ast::Clause::Kind::kSet:
      case ast::Clause::Kind::kRemove: rows = RunSet(c, std::move(rows), ctx); break;
      case ast::Clause::Kind::kDelete: rows = RunDelete(c, std::move(rows), ctx); break;
      case ast::Clause::Kind::kCall:
        rows = RunCall(c, std::move(rows), ctx, &columns);
        if (&c == &q.clauses.back()) out.columns = columns;  // standalone CALL returns its columns
        break;
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
    out.profile.push_back({ClauseName(c), static_cast<int64_t>(rows.size()), ms});
  }
  out.rows = std::move(rows);  // EXISTS { } needs them even without a RETURN
  return out;
}

}  // namespace

QueryOutput RunQueryAst(const ast::Query& query, std::vector<Row> input, ExecContext& ctx) {
  QueryOutput result = RunSingle(query.parts[0], input, ctx);
  bool distinct = false;
  for (size_t i = 1; i < query.parts.size(); ++i) {
    QueryOutput next = RunSingle(query.parts[i], input, ctx);
    if (next.columns != result.columns)
      throw QueryError(ErrorKind::kSemantic, "all sub queries in a UNION must have the same column names");
    distinct |= !query.union_all[i - 1];
    for (auto& row : next.rows) result.rows.push_back(std::move(row));
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
  return result;
}

std::vector<std::string> DescribeQuery(const ast::Query& query) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < query.parts.size(); ++i) {
    if (i > 0) lines.push_back(query.union_all[i - 1] ? "UnionAll" : "Union (distinct)");
    for (const auto& c : query.parts[i].clauses) lines.push_back(ClauseName(c));
  }
  return lines;
}

Rows RunMatch(const ast::Clause& c, Rows input, ExecContext& ctx) {
  Rows out;
  int64_t held = 0;
  for (const auto& row : input) {
    bool any = false;
    MatchPattern(
        c.patterns, row, ctx,
        [&](const Row& m) {
          if (c.where && !EvaluatePredicate(*c.where, m, ctx)) return true;
          any = true;
          CountRows(RowWeight(m), &held, ctx);
          out.push_back(m);
          return true;
        },
        c.where.get());
    if (!any && c.optional) {  // OPTIONAL MATCH: the row survives with nulls
      Row nulls = row;
      for (const auto& part : c.patterns) {
        if (!part.path_variable.empty()) nulls.emplace(part.path_variable, Value());
        for (const auto& n : part.nodes) if (!n.variable.empty()) nulls.emplace(n.variable, Value());
        for (const auto& r : part.rels) if (!r.variable.empty()) nulls.emplace(r.variable, Value());
      }
      out.push_back(std::move(nulls));
    }
  }
  return out;
}

Rows RunUnwind(const ast::Clause& c, Rows input, ExecContext& ctx) {
  Rows out;
  int64_t held = 0;
  for (const auto& row : input) {
    Value list = Evaluate(*c.expr, row, ctx);
    if (list.is_null()) continue;
    if (!list.is_list()) {
      Row next = row;
      next[c.variable] = list;
      out.push_back(std::move(next));
      continue;
    }
    for (const auto& item : list.as_list()) {
      ctx.CheckCancel();
      CountRows(RowWeight(row) + (item.is_path() ? int64_t(item.as_path().relationships.size()) : 0), &held, ctx);
      Row next = row;
      next[c.variable] = item;
      out.push_back(std::move(next));
    }
  }
  return out;
}

}  // namespace kg::query
