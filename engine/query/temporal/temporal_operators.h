// engine/query/temporal/temporal_operators.h — +, -, *, / where a temporal value is involved.
#pragma once

#include <string>

#include "kg/value.h"

namespace kg::query {

// `a op b` for op in + - * / with at least one temporal operand: instant ± duration,
// duration + instant, duration ± duration, duration × number, number × duration,
// duration ÷ number. Throws QueryError (TypeError) for other pairs, ArgumentError for a
// division by zero.
Value TemporalArithmetic(const std::string& op, const Value& a, const Value& b);

}  // namespace kg::query
