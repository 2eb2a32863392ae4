// engine/query/temporal/temporal_construct.h — date(), localtime(), time(), localdatetime(),
// datetime() and duration() called with a string, a map or another temporal value.
#pragma once

#include <cstdint>

#include "kg/value.h"

namespace kg::query {

// The value of kind `kind` that `arg` describes:
//   'ISO 8601 text'   date('1994-03') is 1994-03-01 (temporal_parse.h)
//   {year: 1984, week: 10, dayOfWeek: 3, hour: 12, timezone: 'Europe/Stockholm'}
//   {date: d, time: t, day: 28}   fields of other values, some replaced
//   another temporal  its date or time part (date(datetime(...)))
// `now_utc_nanos` is the statement's clock, for zone names in time() (the offset they have
// today). Throws QueryError: ArgumentError for text or fields that name no such value,
// TypeError for an argument of another type.
Value ConstructTemporal(Temporal::Kind kind, const Value& arg, int64_t now_utc_nanos);

// The statement's clock read as `kind` in UTC, or in `zone` (a name or an offset) when given.
Value CurrentTemporal(Temporal::Kind kind, const Value& zone, int64_t now_utc_nanos);

}  // namespace kg::query
