// engine/query/expression/value_ops.h — openCypher value semantics: three-valued
// equality and comparison, the total order of ORDER BY, and arithmetic.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "kg/status.h"
#include "kg/value.h"

namespace kg::query {

// A query failure of a given kind, thrown inside the pipeline and caught once in RunQuery.
struct QueryError : std::runtime_error {
  QueryError(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind(kind) {}
  ErrorKind kind;
};

[[noreturn]] inline void ThrowType(const std::string& m) { throw QueryError(ErrorKind::kType, m); }

// `a = b`: true/false, or nullopt when the answer is null (a null is involved).
std::optional<bool> CypherEquals(const Value& a, const Value& b);

// `a < b` style comparison: <0, 0, >0, or nullopt when incomparable (null or different types).
std::optional<int> CypherCompare(const Value& a, const Value& b);

// The total order used by ORDER BY, DISTINCT and grouping:
// map < node < relationship < list < path < temporal (datetime < localdatetime < date < time <
// localtime < duration) < string < boolean < number < null.
int OrderCompare(const Value& a, const Value& b);

// Structural key for grouping and DISTINCT (1 and 1.0 group together, as `=` says).
std::string GroupKey(const Value& v);

Value Add(const Value& a, const Value& b);
Value Arithmetic(const std::string& op, const Value& a, const Value& b);  // - * / % ^

std::string TypeName(const Value& v);

}  // namespace kg::query
