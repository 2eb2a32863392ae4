#include "engine/query/temporal/temporal_construct.h"

#include <optional>

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_parse.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/common/temporal/time_zone.h"
#include "engine/query/expression/value_ops.h"

namespace kg::query {
namespace {

using namespace kg::temporal;  // NOLINT: the calendar vocabulary throughout

[[noreturn]] void Fail(const std::string& m) { throw QueryError(ErrorKind::kArgument, m); }

// A zone as a map's `timezone` or a function's argument gives it: a name or an offset.
struct Zone {
  int32_t offset = 0;
  std::string name;
};

Zone ParseZone(const Value& v) {
  if (!v.is_string()) ThrowType("a time zone must be a string, got " + TypeName(v));
  if (auto offset = ParseOffset(v.as_string())) return Zone{*offset, ""};
  if (!TimeZone::Find(v.as_string())) Fail("unknown time zone '" + v.as_string() + "'");
  return Zone{0, v.as_string()};
}

// The map's fields, read once; an absent one is nullopt.
struct MapFields {
  const Map& map;
  std::optional<Value> Get(const char* key) const {
    auto it = map.find(key);
    if (it == map.end() || it->second.is_null()) return std::nullopt;
    return it->second;
  }
  std::optional<int64_t> Int(const char* key) const {
    auto v = Get(key);
    if (!v) return std::nullopt;
    if (!v->is_int()) ThrowType(std::string("'") + key + "' must be an integer, got " + TypeName(*v));
    return v->as_int();
  }
  const Temporal* Base(const char* key) const {
    auto it = map.find(key);
    if (it == map.end()) return nullptr;
    if (!it->second.is_temporal()) ThrowType(std::string("'") + key + "' must be a temporal value");
    return &it->second.as_temporal();
  }
};

int64_t Ranged(std::optional<int64_t> v, int64_t fallback, int64_t lo, int64_t hi, const char* name) {
  int64_t x = v.value_or(fallback);
  if (x < lo || x > hi) Fail(std::string("invalid value for ") + name + ": " + std::to_string(x));
  return x;
}

// The calendar day from year/month/day, year/week/dayOfWeek, year/ordinalDay or
// year/quarter/dayOfQuarter; fields missing come from `base` (or are the first).
int64_t BuildDays(const MapFields& f, const std::optional<int64_t>& base) {
  auto year = f.Int("year");
  if (!year && !base) Fail("a date needs a year");
  // {dayOfWeek: 2} over a base day moves within the base's week (date.truncate('week', d, {dayOfWeek: 2})).
  if (f.Int("week") || (f.Int("dayOfWeek") && base && !year)) {
    int64_t wy = year ? Ranged(year, 0, kMinYear, kMaxYear, "year") : WeekYear(*base);
    int64_t week = Ranged(f.Int("week"), base && !year ? WeekOfYear(*base) : 1, 1, WeeksInYear(wy), "week");
    int64_t dow = Ranged(f.Int("dayOfWeek"), base ? DayOfWeek(*base) : 1, 1, 7, "dayOfWeek");
    return DaysFromWeekDate(wy, static_cast<int>(week), static_cast<int>(dow));
  }
  CivilDate b = base ? CivilFromDays(*base) : CivilDate{};
  int64_t y = Ranged(year, b.year, kMinYear, kMaxYear, "year");
  if (f.Int("ordinalDay"))
    return DaysFromCivil(y, 1, 1) +
           Ranged(f.Int("ordinalDay"), 1, 1, IsLeapYear(y) ? 366 : 365, "ordinalDay") - 1;
  if (f.Int("quarter") || f.Int("dayOfQuarter")) {
    int64_t q = Ranged(f.Int("quarter"), base ? Quarter(b.month) : 1, 1, 4, "quarter");
    int64_t first = DaysFromCivil(y, static_cast<int>(q - 1) * 3 + 1, 1);
    int64_t length = DaysFromCivil(q == 4 ? y + 1 : y, q == 4 ? 1 : static_cast<int>(q) * 3 + 1, 1) - first;
    return first + Ranged(f.Int("dayOfQuarter"), base ? DayOfQuarter(*base) : 1, 1, length, "dayOfQuarter") -
           1;
  }
  int64_t month = Ranged(f.Int("month"), base ? b.month : 1, 1, 12, "month");
  int64_t day = Ranged(f.Int("day"), base ? b.day : 1, 1, DaysInMonth(y, static_cast<int>(month)), "day");
  return DaysFromCivil(y, static_cast<int>(month), static_cast<int>(day));
}

bool HasDateField(const MapFields& f) {
  for (const char* key :
       {"year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"})
    if (f.Get(key)) return true;
  return false;
}

// Nanoseconds of the day from hour/minute/second and the sub-second fields over `base`.
int64_t BuildNanos(const MapFields& f, const std::optional<int64_t>& base) {
  int64_t b = base.value_or(0);
  int64_t hour = Ranged(f.Int("hour"), b / 3600000000000, 0, 23, "hour");
  int64_t minute = Ranged(f.Int("minute"), b / 60000000000 % 60, 0, 59, "minute");
  int64_t second = Ranged(f.Int("second"), b / kNanosPerSecond % 60, 0, 59, "second");
  if (!base && !f.Get("hour") && (f.Get("minute") || f.Get("second"))) Fail("a time needs an hour");
  // Over a base each sub-second field replaces its own digits: {nanosecond: 2} over
  // 14.645876 is 14.645876002; without one, a lone field may carry the whole fraction.
  auto ms = f.Int("millisecond"), us = f.Int("microsecond"), ns = f.Int("nanosecond");
  int64_t fraction = b % kNanosPerSecond;
  if (base && (ms || us || ns) && !(ns && *ns > 999 && !ms && !us)) {
    fraction = Ranged(ms, fraction / 1000000, 0, 999, "millisecond") * 1000000 +
               Ranged(us, fraction / 1000 % 1000, 0, 999, "microsecond") * 1000 +
               Ranged(ns, fraction % 1000, 0, 999, "nanosecond");
  } else if (ms || us || ns) {
    fraction = Ranged(ms, 0, 0, 999, "millisecond") * 1000000 +
               Ranged(us, 0, 0, ms ? 999 : 999999, "microsecond") * 1000 +
               Ranged(ns, 0, 0, ms || us ? 999 : 999999999, "nanosecond");
  }
  return ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + fraction;
}

// The wall clock and zone that a map's base values give.
struct Base {
  std::optional<int64_t> days, nanos;
  std::optional<Zone> zone;
};

Base ReadBase(const MapFields& f) {
  Base base;
  const Temporal* dt = f.Base("datetime");
  const Temporal* d = dt ? dt : f.Base("date");
  const Temporal* t = dt ? dt : f.Base("time");
  if (d && HasDate(d->kind)) base.days = d->days;
  if (t && HasTime(t->kind)) base.nanos = t->nanos;
  if (t && HasZone(t->kind)) base.zone = Zone{t->offset, t->zone};
  return base;
}

// A base time with a zone of its own, read in the map's new zone at the same instant, on
// the day the date fields chose (12:00 in Stockholm is 00:00 in Honolulu on 1984-03-28, in
// summer time, and 01:00 on 1984-03-07).
void MoveToZone(Base* base, std::optional<int64_t>* days, const Zone& zone) {
  int64_t day = days->value_or(0);
  const Zone& from = *base->zone;
  int64_t offset =
      from.name.empty() ? from.offset : MakeDateTime(day, *base->nanos, 0, from.name, &from.offset).offset;
  Temporal at = DateTimeAtInstant(day * kSecondsPerDay + *base->nanos / kNanosPerSecond - offset,
                                  *base->nanos % kNanosPerSecond, zone.offset, zone.name);
  if (*days) *days = at.days;
  base->nanos = at.nanos;
}

int32_t OffsetOf(const Zone& zone, int64_t days, int64_t nanos) {
  return zone.name.empty() ? zone.offset : MakeDateTime(days, nanos, 0, zone.name).offset;
}

Value FromMap(Kind kind, const Map& map, int64_t now_utc_nanos) {
  MapFields f{map};
  if (kind == Kind::kDateTime && (f.Get("epochSeconds") || f.Get("epochMillis"))) {
    int64_t ms = f.Int("epochMillis").value_or(0);
    int64_t seconds = f.Int("epochSeconds").value_or(FloorDiv(ms, 1000));
    int64_t nanos =
        f.Int("nanosecond").value_or(0) + (f.Get("epochSeconds") ? 0 : FloorMod(ms, 1000) * 1000000);
    Zone zone = f.Get("timezone") ? ParseZone(*f.Get("timezone")) : Zone{};
    return Value(DateTimeAtInstant(seconds, nanos, zone.offset, zone.name));
  }
  std::optional<Zone> new_zone;
  if (auto tz = f.Get("timezone")) new_zone = ParseZone(*tz);
  Base base = ReadBase(f);
  std::optional<int64_t> days;
  if (HasDate(kind)) days = base.days && !HasDateField(f) ? *base.days : BuildDays(f, base.days);
  if (new_zone && base.zone && base.nanos) MoveToZone(&base, &days, *new_zone);
  int64_t nanos = HasTime(kind) ? BuildNanos(f, base.nanos) : 0;
  Zone zone = new_zone ? *new_zone : base.zone.value_or(Zone{});
  switch (kind) {
    case Kind::kDate:
      return Value(MakeDate(*days));
    case Kind::kLocalTime:
      return Value(MakeLocalTime(nanos));
    case Kind::kTime: {
      int64_t today = FloorDiv(now_utc_nanos, kNanosPerDay);
      return Value(MakeTime(nanos, OffsetOf(zone, base.days.value_or(today), nanos)));
    }
    case Kind::kLocalDateTime:
      return Value(MakeLocalDateTime(*days, nanos));
    default: {
      const int32_t* preferred = base.zone && !new_zone ? &base.zone->offset : nullptr;
      return Value(MakeDateTime(*days, nanos, zone.offset, zone.name, preferred));
    }
  }
}

// date(other), localtime(other), ...: the part of `other` that `kind` holds.
Value FromTemporal(Kind kind, const Temporal& other) {
  if (kind == other.kind) return Value(other);
  Map map;
  map[HasDate(other.kind) && HasTime(other.kind) ? "datetime"
      : HasDate(other.kind)                      ? "date"
                                                 : "time"] = Value(other);
  if (!HasDate(other.kind) && HasDate(kind)) Fail("cannot make a date from " + other.ToString());
  if (!HasTime(other.kind) && (kind == Kind::kLocalTime || kind == Kind::kTime))
    Fail("cannot make a time from " + other.ToString());
  return FromMap(kind, map, 0);
}

std::optional<Temporal> Parse(Kind kind, const std::string& text) {
  switch (kind) {
    case Kind::kDate:
      return ParseDate(text);
    case Kind::kLocalTime:
      return ParseLocalTime(text);
    case Kind::kTime:
      return ParseTime(text);
    case Kind::kLocalDateTime:
      return ParseLocalDateTime(text);
    case Kind::kDateTime:
      return ParseDateTime(text);
    case Kind::kDuration:
      return ParseDuration(text);
  }
  return std::nullopt;
}

const char* KindName(Kind kind) {
  static const char* const kNames[] = {"date", "localtime", "time", "localdatetime", "datetime", "duration"};
  return kNames[static_cast<int>(kind)];
}

// duration({years: 1, days: 1.5, ...}): integers exactly, fractions carried down.
Value DurationFromMap(const Map& map) {
  static const std::pair<const char*, double> kMonths[] = {{"years", 12}, {"quarters", 3}, {"months", 1}};
  static const std::pair<const char*, double> kDays[] = {{"weeks", 7}, {"days", 1}};
  static const std::pair<const char*, double> kSeconds[] = {{"hours", 3600}, {"minutes", 60}, {"seconds", 1}};
  static const std::pair<const char*, double> kNanos[] = {
      {"milliseconds", 1e6}, {"microseconds", 1e3}, {"nanoseconds", 1}};
  bool fractional = false;
  auto sum = [&](const auto& units, int64_t* whole) {
    double total = 0;
    for (const auto& [key, scale] : units) {
      auto it = map.find(key);
      if (it == map.end() || it->second.is_null()) continue;
      if (!it->second.is_number()) ThrowType(std::string("'") + key + "' must be a number");
      if (it->second.is_float())
        fractional = true;
      else
        *whole += it->second.as_int() * static_cast<int64_t>(scale);
      total += it->second.as_number() * scale;
    }
    return total;
  };
  int64_t m = 0, d = 0, s = 0, n = 0;
  double fm = sum(kMonths, &m), fd = sum(kDays, &d), fs = sum(kSeconds, &s), fn = sum(kNanos, &n);
  return Value(fractional ? ApproximateDuration(fm, fd, fs, fn) : MakeDuration(m, d, s, n));
}

}  // namespace

Value ConstructTemporal(Kind kind, const Value& arg, int64_t now_utc_nanos) {
  if (arg.is_null()) return Value();
  if (arg.is_string()) {
    auto parsed = Parse(kind, arg.as_string());
    if (!parsed) Fail("'" + arg.as_string() + "' is not a " + KindName(kind));
    return Value(*parsed);
  }
  if (arg.is_map())
    return kind == Kind::kDuration ? DurationFromMap(arg.as_map())
                                   : FromMap(kind, arg.as_map(), now_utc_nanos);
  if (arg.is_temporal() && kind != Kind::kDuration && arg.as_temporal().kind != Kind::kDuration)
    return FromTemporal(kind, arg.as_temporal());
  if (arg.is_temporal() && kind == Kind::kDuration && arg.as_temporal().kind == Kind::kDuration) return arg;
  ThrowType(std::string(KindName(kind)) + "() cannot take " + TypeName(arg));
}

Value CurrentTemporal(Kind kind, const Value& zone_arg, int64_t now_utc_nanos) {
  Zone zone = zone_arg.is_null() ? Zone{} : ParseZone(zone_arg);
  Temporal now = DateTimeAtInstant(FloorDiv(now_utc_nanos, kNanosPerSecond),
                                   FloorMod(now_utc_nanos, kNanosPerSecond), zone.offset, zone.name);
  return FromTemporal(kind, now);
}

}  // namespace kg::query
