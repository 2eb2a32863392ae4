// engine/query/temporal/temporal_truncate.h — date.truncate(unit, value [, map]) and its
// localtime, time, localdatetime and datetime siblings.
#pragma once

#include <string>

#include "kg/value.h"

namespace kg::query {

// `value` cut down to the start of its `unit` (millennium, century, decade, year, weekYear,
// quarter, month, week, day, hour, minute, second, millisecond, microsecond), made a `kind`,
// with the fields of `fields` (a map or null) set afterwards:
// date.truncate('month', date('1984-10-11'), {day: 2}) is 1984-10-02. A zone in `fields`
// replaces the value's own without moving the wall clock. Throws QueryError
// (ArgumentError) for an unknown unit.
Value TruncateTemporal(Temporal::Kind kind, const std::string& unit, const Temporal& value,
                       const Value& fields, int64_t now_utc_nanos);

}  // namespace kg::query
