// engine/format/json_value.h — SPEC.md's JSON encoding of values (shared by query output
// and the jsonl export).
#pragma once

#include <nlohmann/json.hpp>

#include "kg/value.h"

namespace kg::format {

// Integers stay integers, floats keep a decimal point; nodes, relationships and paths
// become objects tagged "~kind".
nlohmann::json ValueToJson(const Value& value);

}  // namespace kg::format
