// CALL proc(args) [YIELD field [AS name], ... [WHERE ...]].
#include "engine/query/executor/clauses.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/procedures/registry.h"

namespace kg::query {

Rows RunCall(const ast::Clause& c, Rows input, ExecContext& ctx, std::vector<std::string>* columns) {
  const Procedure* proc = FindProcedure(c.procedure);
  if (!proc) throw QueryError(ErrorKind::kSemantic, "there is no procedure named " + c.procedure);
  if (c.arguments.size() != proc->arguments)
    throw QueryError(ErrorKind::kArgument, c.procedure + "() takes " + std::to_string(proc->arguments) + " arguments");
  std::vector<std::pair<std::string, std::string>> yields = c.yields;
  if (!c.has_yield || c.yield_star)
    for (const auto& col : proc->columns) yields.emplace_back(col, col);
  std::vector<size_t> positions;
  for (const auto& [field, alias] : yields) {
    auto it = std::find(proc->columns.begin(), proc->columns.end(), field);
    if (it == proc->columns.end()) throw QueryError(ErrorKind::kSemantic, c.procedure + " yields no field `" + field + "`");
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
