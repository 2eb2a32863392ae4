// tests/tck/tck_values.h — values as the TCK writes them in result tables and parameters,
// and how a result value matches an expected one.
//
//   null, true, 42, -1.5, 1e10, NaN, 'text', [1, 'a'], {k: 1},
//   (:L:M {k: 1}), [:T {k: 1}], <(:A)-[:T]->(:B)<-[:U]-()>
//
// A temporal result matches the string of its ISO 8601 text, as the TCK writes them.
// Expected nodes, relationships and paths carry no ids that mean anything: they are matched
// by labels, type and properties (as the TCK defines), and a path's relationships by
// direction too. Parsed paths number their nodes 1..n so start/end say the direction.
#pragma once

#include <string_view>

#include "kg/value.h"

namespace kg::tck {

// Parses one cell. Throws std::runtime_error on text that is not TCK notation.
Value ParseTckValue(std::string_view text);

// True when `actual` (a query result) matches `expected` (parsed TCK notation). With
// unordered_lists, lists match as multisets at every depth.
bool MatchesExpected(const Value& expected, const Value& actual, bool unordered_lists);

}  // namespace kg::tck
