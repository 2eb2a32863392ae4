// engine/common/temporal/temporal_values.h — making well-formed Temporal values and reading
// the instant behind them. Every Temporal the engine builds comes from these functions, so
// the field invariants of kg/temporal.h hold everywhere else.
#pragma once

#include <string>

#include "kg/temporal.h"

namespace kg::temporal {

using Kind = Temporal::Kind;

bool HasDate(Kind k);  // date, localdatetime, datetime
bool HasTime(Kind k);  // localtime, time, localdatetime, datetime
bool HasZone(Kind k);  // time, datetime

Temporal MakeDate(int64_t days);
Temporal MakeLocalTime(int64_t nanos_of_day);  // wraps around midnight
Temporal MakeTime(int64_t nanos_of_day, int32_t offset);
Temporal MakeLocalDateTime(int64_t days, int64_t nanos);  // nanos may exceed a day: carried into days

// The datetime whose wall clock reads days + nanos: in `zone` when it names one (a reading
// that falls in a spring gap moves forward by the gap, as in java.time; `preferred` keeps an
// autumn overlap on that offset when it is one of the two), else at the fixed `offset`.
// REQUIRES: zone is empty or TimeZone::Find(zone) finds it.
Temporal MakeDateTime(int64_t days, int64_t nanos, int32_t offset, const std::string& zone,
                      const int32_t* preferred = nullptr);

// The datetime at an instant (UTC seconds and nanos of second), read in `zone` or at `offset`.
Temporal DateTimeAtInstant(int64_t utc_seconds, int64_t nanos, int32_t offset, const std::string& zone);

// months, days, seconds and nanos of any sign; nanos are carried into seconds.
Temporal MakeDuration(int64_t months, int64_t days, int64_t seconds, int64_t nanos);

// A duration from fractional amounts, the fractions carried down as Neo4j does: a month is
// 30.436875 days (365.2425 / 12), a day 86400 s. {months: 0.75} is P22DT19H51M49.5S.
Temporal ApproximateDuration(double months, double days, double seconds, double nanos);

// True when a dated value's year lies in kMinYear..kMaxYear (arithmetic can leave it).
bool InRange(const Temporal& t);

// UTC seconds of a datetime (or of a time, on day 0).
int64_t UtcSeconds(const Temporal& t);

}  // namespace kg::temporal
