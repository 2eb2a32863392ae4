// engine/common/temporal/temporal_arithmetic.h — temporal ± duration, duration ± duration,
// duration × and ÷ a number, as java.time and Neo4j compute them.
#pragma once

#include "kg/temporal.h"

namespace kg::temporal {

// `t + d` for a date, time or datetime `t` and a duration `d`: months first (the day clamped
// to the month's end: 2020-01-31 + P1M is 2020-02-29), then days, on the wall clock; then
// seconds and nanoseconds on the time line (across a DST change a datetime gains exactly
// that many seconds). A date takes only the whole days of the seconds; a time of day
// ignores months and days and wraps around midnight. Two durations add field by field.
// REQUIRES: d.kind == kDuration.
Temporal Plus(const Temporal& t, const Temporal& d);

Temporal Negate(const Temporal& d);  // REQUIRES: d.kind == kDuration

// Exact for an integer factor; a fractional one carries fractions down (ApproximateDuration).
Temporal Multiply(const Temporal& d, int64_t factor);
Temporal Multiply(const Temporal& d, double factor);
Temporal Divide(const Temporal& d, double divisor);  // REQUIRES: divisor != 0

}  // namespace kg::temporal
