// engine/query/temporal/temporal_fields.h — `d.year`, `t.offsetMinutes`, `dur.days`, ...
#pragma once

#include <string>

#include "kg/value.h"

namespace kg::query {

// The component `key` of `t` (names as Neo4j spells them: year, quarter, month, week,
// weekYear, day, ordinalDay, dayOfWeek/weekDay, dayOfQuarter, hour, minute, second,
// millisecond, microsecond, nanosecond, timezone, offset, offsetMinutes, offsetSeconds,
// epochSeconds, epochMillis; for durations years, months, days, hours, ..., and the
// "xOfY" remainders). Throws QueryError (ArgumentError) for a component `t` lacks.
Value TemporalField(const Temporal& t, const std::string& key);

}  // namespace kg::query
