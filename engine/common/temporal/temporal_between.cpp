#include "engine/common/temporal/temporal_between.h"

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/common/temporal/time_zone.h"

namespace kg::temporal {
namespace {

// A temporal value made whole: a wall-clock day and time, and a zone when it has one.
struct Point {
  bool has_date = false, has_zone = false;
  int64_t days = 0, nanos = 0;
  int32_t offset = 0;
  std::string zone;
};

Point ToPoint(const Temporal& t) {
  Point p;
  p.has_date = HasDate(t.kind);
  p.has_zone = HasZone(t.kind);
  p.days = p.has_date ? t.days : 0;
  p.nanos = HasTime(t.kind) ? t.nanos : 0;
  p.offset = t.offset;
  p.zone = t.zone;
  return p;
}

void BorrowZone(Point* p, const Point& other) {
  p->has_zone = true;
  p->zone = other.zone;
  p->offset = other.zone.empty() ? other.offset : MakeDateTime(p->days, p->nanos, 0, other.zone).offset;
}

// `p` read in `zone`'s offset at the same instant.
void MoveToZone(Point* p, const Point& zone_of) {
  int64_t utc = p->days * kSecondsPerDay + p->nanos / kNanosPerSecond - p->offset;
  Temporal t = DateTimeAtInstant(utc, p->nanos % kNanosPerSecond, zone_of.offset, zone_of.zone);
  p->days = t.days;
  p->nanos = t.nanos;
  p->offset = t.offset;
  p->zone = t.zone;
}

// java.time's LocalDateTime.until for date units: the end day moves one towards the start
// when its time of day has not yet reached the start's.
int64_t EndDay(const Point& from, const Point& to) {
  if (to.days > from.days && to.nanos < from.nanos) return to.days - 1;
  if (to.days < from.days && to.nanos > from.nanos) return to.days + 1;
  return to.days;
}

int64_t MonthsUntil(const Point& from, const Point& to) {
  CivilDate a = CivilFromDays(from.days), b = CivilFromDays(EndDay(from, to));
  int64_t packed_a = (a.year * 12 + a.month - 1) * 32 + a.day,
          packed_b = (b.year * 12 + b.month - 1) * 32 + b.day;
  return (packed_b - packed_a) / 32;
}

Point PlusDays(const Point& p, int64_t days_after_months, int64_t months) {
  Point q = p;
  q.days = AddMonths(p.days, months) + days_after_months;
  if (!q.zone.empty()) {
    Temporal t = MakeDateTime(q.days, q.nanos, q.offset, q.zone, &p.offset);
    q.days = t.days;
    q.nanos = t.nanos;
    q.offset = t.offset;
  }
  return q;
}

Temporal TimeLineDifference(const Point& from, const Point& to, int64_t months, int64_t days) {
  int64_t seconds = (to.days - from.days) * kSecondsPerDay +
                    (to.nanos / kNanosPerSecond - from.nanos / kNanosPerSecond) - (to.offset - from.offset);
  return MakeDuration(months, days, seconds, to.nanos % kNanosPerSecond - from.nanos % kNanosPerSecond);
}

}  // namespace

Temporal Between(const Temporal& from_value, const Temporal& to_value, BetweenUnit unit) {
  Point from = ToPoint(from_value), to = ToPoint(to_value);
  if (!from.has_date && to.has_date) from.days = to.days;
  if (!to.has_date && from.has_date) to.days = from.days;
  if (!from.has_zone && to.has_zone) BorrowZone(&from, to);
  if (!to.has_zone && from.has_zone) BorrowZone(&to, from);
  if (from.has_zone) MoveToZone(&to, from);
  bool dated = from.has_date || to.has_date;
  switch (unit) {
    case BetweenUnit::kMonths:
      return MakeDuration(dated ? MonthsUntil(from, to) : 0, 0, 0, 0);
    case BetweenUnit::kDays:
      return MakeDuration(0, dated ? EndDay(from, to) - from.days : 0, 0, 0);
    case BetweenUnit::kSeconds:
      return TimeLineDifference(from, to, 0, 0);
    case BetweenUnit::kAll:
      break;
  }
  if (!dated) return TimeLineDifference(from, to, 0, 0);
  int64_t months = MonthsUntil(from, to);
  Point after_months = PlusDays(from, 0, months);
  int64_t days = EndDay(after_months, to) - after_months.days;
  return TimeLineDifference(PlusDays(from, days, months), to, months, days);
}

}  // namespace kg::temporal
