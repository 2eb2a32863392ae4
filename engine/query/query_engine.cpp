// The query pipeline: parse -> run clauses over a transaction -> commit -> results.
#include "engine/query/query_engine.h"

#include <chrono>
#include <cstdio>

#include "engine/query/binder/binder.h"
#include "engine/query/executor/runner.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/parser/parser.h"
#include "engine/query/procedures/registry.h"

namespace kg::query {

namespace {

std::string FormatPlan(const std::vector<std::string>& lines, const std::vector<ClauseProfile>* profile) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    out += std::string(i * 2, ' ') + "+ " + lines[i];
    if (profile && i < profile->size()) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "  (rows: %lld, time: %.3f ms)", static_cast<long long>((*profile)[i].rows),
                    (*profile)[i].millis);
      out += buf;
    }
    out += "\n";
  }
  return out;
}

QueryResult Execute(const ast::Statement& statement, storage::Transaction& txn, const Params& params,
                    const QueryOptions& options) {
  ExecContext ctx;
  ctx.txn = &txn;
  ctx.params = &params;
  ctx.cancel = options.cancel;
  std::vector<std::string> plan = DescribeQuery(statement.query);
  if (statement.mode == ast::Statement::Mode::kExplain) {
    QueryResult result({}, {}, WriteStats());
    result.set_plan(FormatPlan(plan, nullptr));
    return result;
  }
  QueryOutput out = RunQueryAst(statement.query, {Row()}, ctx);
  std::vector<std::vector<Value>> rows;
  if (out.columns.empty()) out.rows.clear();
  rows.reserve(out.rows.size());
  for (const auto& row : out.rows) {
    std::vector<Value> values;
    for (const auto& column : out.columns) values.push_back(ctx.Materialize(row.at(column)));
    rows.push_back(std::move(values));
  }
  QueryResult result(out.columns, std::move(rows), ctx.stats);
  if (statement.mode == ast::Statement::Mode::kProfile) {
    std::vector<std::string> lines;
    for (const auto& p : out.profile) lines.push_back(p.name);
    result.set_plan(FormatPlan(lines, &out.profile));
  }
  return result;
}

}  // namespace

QueryResult RunQuery(storage::GraphStore& store, std::string_view text, const Params& params,
                     const QueryOptions& options) {
  ast::Statement statement;
  Status parsed = ParseStatement(text, &statement);
  if (!parsed.ok()) return QueryResult(parsed);
  Status bound = Bind(statement);
  if (!bound.ok()) return QueryResult(bound);
  auto txn = store.Begin();
  try {
    QueryResult result = Execute(statement, *txn, params, options);
    Status committed = txn->Commit();
    if (!committed.ok()) return QueryResult(committed);
    return result;
  } catch (const QueryError& e) {
    txn->Rollback();
    return QueryResult(Status::Make(e.kind, e.what()));
  }
}

std::vector<std::string> ProcedureNames() {
  std::vector<std::string> names;
  for (const auto& p : AllProcedures()) names.push_back(p.name);
  return names;
}

}  // namespace kg::query

namespace kg {

Status ParseCypherLiteral(std::string_view text, Value* value) {
  query::ast::Statement statement;
  Status s = query::ParseStatement("RETURN " + std::string(text), &statement);
  const auto& clauses = statement.query.parts.empty() ? std::vector<query::ast::Clause>() : statement.query.parts[0].clauses;
  if (!s.ok() || clauses.size() != 1 || clauses[0].projection.items.size() != 1)
    return Status::Argument("not a Cypher literal: " + std::string(text));
  Params none;
  query::ExecContext ctx;
  ctx.params = &none;
  try {
    *value = query::Evaluate(*clauses[0].projection.items[0].expr, query::Row(), ctx);
  } catch (const query::QueryError& e) {
    return Status::Argument("not a Cypher literal: " + std::string(text) + " (" + e.what() + ")");
  }
  return Status::Ok();
}

}  // namespace kg
