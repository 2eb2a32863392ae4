// engine/query/functions/functions.h — the scalar functions and the names of aggregates.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/query/executor/context.h"

namespace kg::query {

// Calls scalar function `name` (case-insensitive). SemanticError for an unknown function,
// ArgumentError for a wrong number of arguments.
Value CallFunction(const std::string& name, const std::vector<Value>& args, ExecContext& ctx);

// The items of range(args...) one at a time, never held as a list (`UNWIND range(1,
// 1000000000) AS x RETURN x LIMIT 3`): fn returns false to stop. Errors as range()'s.
void ForEachInRange(const std::vector<Value>& args, const std::function<bool(int64_t)>& fn);

bool IsAggregateFunction(const std::string& name);

// True when `name` is a known scalar or aggregate function.
bool IsKnownFunction(const std::string& name);

}  // namespace kg::query
