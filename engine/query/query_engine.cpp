// The query pipeline: parse -> run clauses over a transaction -> commit -> results.
#include "engine/query/query_engine.h"

#include <chrono>
#include <cstdio>

#include "engine/query/binder/binder.h"
#include "engine/query/binder/unknown_names.h"
#include "engine/query/executor/limits.h"
#include "engine/query/executor/runner.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/parser/parser.h"
#include "engine/query/procedures/registry.h"

namespace kg::query {

namespace {

std::string FormatPlan(const std::vector<std::string>& lines, const std::vector<OperatorProfile>* profile) {
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

// Does any clause write (CALL included: a procedure may)? Subqueries in expressions
// (EXISTS { }, COUNT { }) are read-only in openCypher.
bool WritesAnything(const ast::Query& query) {
  for (const auto& part : query.parts)
    for (const auto& c : part.clauses)
      switch (c.kind) {
        case ast::Clause::Kind::kMatch:
        case ast::Clause::Kind::kUnwind:
        case ast::Clause::Kind::kLoadCsv:
        case ast::Clause::Kind::kWith:
        case ast::Clause::Kind::kReturn: break;
        default: return true;
      }
  return false;
}

QueryResult Execute(const ast::Statement& statement, storage::Transaction& txn, const Params& params,
                    const QueryOptions& options) {
  ExecContext ctx;
  ctx.txn = &txn;
  ctx.params = &params;
  ctx.cancel = options.cancel;
  ctx.limits = options.limits;
  ctx.cache_records = !WritesAnything(statement.query);
  ctx.profiling = statement.mode == ast::Statement::Mode::kProfile;
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
    for (const auto& column : out.columns) {
      const Value& value = row.at(column);
      if (NestedDeeperThan(value, options.limits.max_nesting_depth))  // stored before the limit, or raised
        throw QueryError(ErrorKind::kRuntime, "value of column " + column + " nested deeper than " +
                                                  std::to_string(options.limits.max_nesting_depth) + " levels");
      values.push_back(ctx.Materialize(value));
    }
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

// Parameters come from the embedding program or --params JSON, not through the parser.
Status CheckParams(const Params& params, const QueryLimits& limits) {
  for (const auto& [name, value] : params)
    if (NestedDeeperThan(value, limits.max_nesting_depth))
      return Status::Argument("parameter $" + name + " nested deeper than " + std::to_string(limits.max_nesting_depth) +
                              " levels");
  return Status::Ok();
}

}  // namespace

QueryResult RunQuery(storage::GraphStore& store, std::string_view text, const Params& params,
                     const QueryOptions& options) {
  ast::Statement statement;
  Status parsed = ParseStatement(text, &statement, options.limits.max_nesting_depth);
  if (!parsed.ok()) return QueryResult(parsed);
  if (Status checked = CheckParams(params, options.limits); !checked.ok()) return QueryResult(checked);
  Status bound = Bind(statement);
  if (!bound.ok()) return QueryResult(bound);
  auto txn = store.Begin();
  try {
    std::vector<Notification> warnings = UnknownNameWarnings(statement, *txn);  // before the statement writes
    QueryResult result = Execute(statement, *txn, params, options);
    Status committed = txn->Commit();
    if (!committed.ok()) return QueryResult(committed);
    result.set_notifications(std::move(warnings));
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

namespace {

// The start of a parameter's text for an error message: it may be megabytes long.
std::string Excerpt(std::string_view text) {
  return text.size() <= 40 ? std::string(text) : std::string(text.substr(0, 40)) + "...";
}

}  // namespace

Status ParseCypherLiteral(std::string_view text, Value* value, const QueryLimits& limits) {
  query::ast::Statement statement;
  Status s = query::ParseStatement("RETURN " + std::string(text), &statement, limits.max_nesting_depth);
  if (!s.ok()) return Status::Argument("not a Cypher literal: " + Excerpt(text) + " (" + s.message() + ")");
  const auto& clauses = statement.query.parts[0].clauses;
  if (clauses.size() != 1 || clauses[0].projection.items.size() != 1)
    return Status::Argument("not a Cypher literal: " + Excerpt(text));
  Params none;
  query::ExecContext ctx;
  ctx.params = &none;
  try {
    *value = query::Evaluate(*clauses[0].projection.items[0].expr, query::Row(), ctx);
  } catch (const query::QueryError& e) {
    return Status::Argument("not a Cypher literal: " + Excerpt(text) + " (" + e.what() + ")");
  }
  return Status::Ok();
}

}  // namespace kg
