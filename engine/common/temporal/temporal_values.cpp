#include "engine/common/temporal/temporal_values.h"

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/time_zone.h"

namespace kg::temporal {

bool HasDate(Kind k) { return k == Kind::kDate || k == Kind::kLocalDateTime || k == Kind::kDateTime; }
bool HasTime(Kind k) {
  return k == Kind::kLocalTime || k == Kind::kTime || k == Kind::kLocalDateTime || k == Kind::kDateTime;
}
bool HasZone(Kind k) { return k == Kind::kTime || k == Kind::kDateTime; }

Temporal MakeDate(int64_t days) {
  Temporal t;
  t.kind = Kind::kDate;
  t.days = days;
  return t;
}

Temporal MakeLocalTime(int64_t nanos_of_day) {
  Temporal t;
  t.kind = Kind::kLocalTime;
  t.nanos = FloorMod(nanos_of_day, kNanosPerDay);
  return t;
}

Temporal MakeTime(int64_t nanos_of_day, int32_t offset) {
  Temporal t = MakeLocalTime(nanos_of_day);
  t.kind = Kind::kTime;
  t.offset = offset;
  return t;
}

Temporal MakeLocalDateTime(int64_t days, int64_t nanos) {
  Temporal t;
  t.kind = Kind::kLocalDateTime;
  t.days = days + FloorDiv(nanos, kNanosPerDay);
  t.nanos = FloorMod(nanos, kNanosPerDay);
  return t;
}

Temporal MakeDateTime(int64_t days, int64_t nanos, int32_t offset, const std::string& zone,
                      const int32_t* preferred) {
  Temporal t = MakeLocalDateTime(days, nanos);
  t.kind = Kind::kDateTime;
  t.offset = offset;
  if (zone.empty()) return t;
  t.zone = zone;
  auto tz = TimeZone::Find(zone);
  int64_t local = t.days * kSecondsPerDay + t.nanos / kNanosPerSecond;
  int32_t resolved = tz->OffsetForLocal(local);
  if (preferred && tz->OffsetAt(local - *preferred) == *preferred) resolved = *preferred;
  int32_t actual = tz->OffsetAt(local - resolved);
  if (actual != resolved) {  // a gap: the same instant read at the later offset
    local += actual - resolved;
    t.days = FloorDiv(local, kSecondsPerDay);
    t.nanos = FloorMod(local, kSecondsPerDay) * kNanosPerSecond + t.nanos % kNanosPerSecond;
  }
  t.offset = actual;
  return t;
}

Temporal DateTimeAtInstant(int64_t utc_seconds, int64_t nanos, int32_t offset, const std::string& zone) {
  if (!zone.empty()) offset = TimeZone::Find(zone)->OffsetAt(utc_seconds);
  int64_t local = utc_seconds + offset;
  Temporal t = MakeLocalDateTime(FloorDiv(local, kSecondsPerDay),
                                 FloorMod(local, kSecondsPerDay) * kNanosPerSecond + nanos);
  t.kind = Kind::kDateTime;
  t.offset = offset;
  t.zone = zone;
  return t;
}

Temporal MakeDuration(int64_t months, int64_t days, int64_t seconds, int64_t nanos) {
  Temporal t;
  t.kind = Kind::kDuration;
  t.months = months;
  t.days = days;
  t.seconds = seconds + FloorDiv(nanos, kNanosPerSecond);
  t.nanos = FloorMod(nanos, kNanosPerSecond);
  return t;
}

Temporal ApproximateDuration(double months, double days, double seconds, double nanos) {
  constexpr double kNanosPerMonth = 2629746.0 * 1e9;  // 30.436875 days
  constexpr double kDayNanos = 86400.0 * 1e9;
  int64_t whole_months = static_cast<int64_t>(months);
  days += (kNanosPerMonth * months - kNanosPerMonth * static_cast<double>(whole_months)) / kDayNanos;
  int64_t whole_days = static_cast<int64_t>(days);
  seconds += (kDayNanos * days - kDayNanos * static_cast<double>(whole_days)) / 1e9;
  int64_t whole_seconds = static_cast<int64_t>(seconds);
  nanos += 1e9 * seconds - 1e9 * static_cast<double>(whole_seconds);
  return MakeDuration(whole_months, whole_days, whole_seconds,
                      static_cast<int64_t>(nanos));  // truncated, as Neo4j
}

bool InRange(const Temporal& t) {
  if (!HasDate(t.kind)) return true;
  int64_t year = CivilFromDays(t.days).year;
  return year >= kMinYear && year <= kMaxYear;
}

int64_t UtcSeconds(const Temporal& t) {
  return t.days * kSecondsPerDay + t.nanos / kNanosPerSecond - t.offset;
}

}  // namespace kg::temporal
