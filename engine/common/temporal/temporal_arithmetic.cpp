#include "engine/common/temporal/temporal_arithmetic.h"

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_values.h"

namespace kg::temporal {
namespace {

int64_t TimeShiftNanos(const Temporal& d) {
  return FloorMod(d.seconds, kSecondsPerDay) * kNanosPerSecond +
         d.nanos;  // a time of day needs only this much
}

Temporal PlusToDateTime(const Temporal& t, const Temporal& d) {
  int64_t days = AddMonths(t.days, d.months) + d.days;
  Temporal wall = MakeDateTime(days, t.nanos, t.offset, t.zone, &t.offset);
  int64_t nanos = wall.nanos % kNanosPerSecond + d.nanos;
  int64_t utc = UtcSeconds(wall) + d.seconds + FloorDiv(nanos, kNanosPerSecond);
  return DateTimeAtInstant(utc, FloorMod(nanos, kNanosPerSecond), wall.offset, wall.zone);
}

}  // namespace

Temporal Plus(const Temporal& t, const Temporal& d) {
  switch (t.kind) {
    case Kind::kDate:
      return MakeDate(AddMonths(t.days, d.months) + d.days + d.seconds / kSecondsPerDay);
    case Kind::kLocalTime:
      return MakeLocalTime(t.nanos + TimeShiftNanos(d));
    case Kind::kTime:
      return MakeTime(t.nanos + TimeShiftNanos(d), t.offset);
    case Kind::kLocalDateTime: {
      int64_t days = AddMonths(t.days, d.months) + d.days + FloorDiv(d.seconds, kSecondsPerDay);
      return MakeLocalDateTime(days, t.nanos + TimeShiftNanos(d));
    }
    case Kind::kDateTime:
      return PlusToDateTime(t, d);
    case Kind::kDuration:
      return MakeDuration(t.months + d.months, t.days + d.days, t.seconds + d.seconds, t.nanos + d.nanos);
  }
  return t;
}

Temporal Negate(const Temporal& d) { return MakeDuration(-d.months, -d.days, -d.seconds, -d.nanos); }

Temporal Multiply(const Temporal& d, int64_t factor) {
  return MakeDuration(d.months * factor, d.days * factor, d.seconds * factor, d.nanos * factor);
}

Temporal Multiply(const Temporal& d, double factor) {
  return ApproximateDuration(static_cast<double>(d.months) * factor, static_cast<double>(d.days) * factor,
                             static_cast<double>(d.seconds) * factor, static_cast<double>(d.nanos) * factor);
}

Temporal Divide(const Temporal& d, double divisor) {
  return ApproximateDuration(static_cast<double>(d.months) / divisor, static_cast<double>(d.days) / divisor,
                             static_cast<double>(d.seconds) / divisor,
                             static_cast<double>(d.nanos) / divisor);
}

}  // namespace kg::temporal
