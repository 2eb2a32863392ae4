// engine/query/expression/evaluator.h — evaluates AST expressions against a row.
#pragma once

#include "engine/query/ast/expression.h"
#include "engine/query/executor/context.h"

namespace kg::query {

Value Evaluate(const ast::Expr& expr, const Row& row, ExecContext& ctx);

// WHERE semantics: only true passes (null and false do not).
bool EvaluatePredicate(const ast::Expr& expr, const Row& row, ExecContext& ctx);

// True when the expression contains an aggregate function call (not inside a nested scope).
bool ContainsAggregate(const ast::Expr& expr);

}  // namespace kg::query
