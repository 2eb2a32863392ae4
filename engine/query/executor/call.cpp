// CALL proc(args) [YIELD field [AS name], ... [WHERE ...]].
#include "engine/query/executor/clauses.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/procedures/registry.h"

namespace kg::query {

namespace {

// "kg.conflicts yields no field `foo`; its fields are subject, predicate, ...": the fix is in the message.
std::string UnknownField(const Procedure& proc, const std::string& field) {
  std::string fields;
  for (const auto& f : proc.columns) fields += (fields.empty() ? "" : ", ") + f;
  return proc.name + " yields no field `" + field + "`; its fields are " + fields;
}

}  // namespace

Rows RunCall(const ast::Clause& c, Rows input, ExecContext& ctx, std::vector<std::string>* columns) {
  const Procedure* proc = FindProcedure(c.procedure);
  if (!proc) throw QueryError(ErrorKind::kSemantic, "there is no procedure named " + c.procedure);
  if (c.arguments.size() != proc->parameters.size())
    throw QueryError(ErrorKind::kArgument, c.procedure + "() takes " + std::to_string(proc->parameters.size()) +
                                               (proc->parameters.size() == 1 ? " argument" : " arguments") +
                                               "; its signature is " + Signature(*proc));
  std::vector<std::pair<std::string, std::string>> yields = c.yields;
  if (!c.has_yield || c.yield_star)
    for (const auto& col : proc->columns) yields.emplace_back(col, col);
  std::vector<size_t> positions;
  for (const auto& [field, alias] : yields) {
    auto it = std::find(proc->columns.begin(), proc->columns.end(), field);
    if (it == proc->columns.end()) throw QueryError(ErrorKind::kSemantic, UnknownField(*proc, field));
    positions.push_back(static_cast<size_t>(it - proc->columns.begin()));
    columns->push_back(alias);
  }
  Rows out;
  for (const auto& row : input) {
    std::vector<Value> args;
    for (const auto& a : c.arguments) args.push_back(Evaluate(*a, row, ctx));
    for (auto& result : proc->run(args, ctx)) {
      Row next = row;
      for (size_t i = 0; i < yields.size(); ++i) next[yields[i].second] = result[positions[i]];
      if (c.where && !EvaluatePredicate(*c.where, next, ctx)) continue;
      out.push_back(std::move(next));
    }
  }
  return out;
}

}  // namespace kg::query
