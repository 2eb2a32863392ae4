#include "engine/query/temporal/temporal_truncate.h"

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/common/temporal/time_zone.h"
#include "engine/query/expression/value_ops.h"
#include "engine/query/temporal/temporal_construct.h"

namespace kg::query {
namespace {

using namespace kg::temporal;  // NOLINT

int64_t TruncateDays(const std::string& unit, int64_t days) {
  CivilDate c = CivilFromDays(days);
  auto year_floor = [&](int64_t span) { return DaysFromCivil(FloorDiv(c.year, span) * span, 1, 1); };
  if (unit == "millennium") return year_floor(1000);
  if (unit == "century") return year_floor(100);
  if (unit == "decade") return year_floor(10);
  if (unit == "year") return year_floor(1);
  if (unit == "weekYear") return DaysFromWeekDate(WeekYear(days), 1, 1);
  if (unit == "quarter") return DaysFromCivil(c.year, (Quarter(c.month) - 1) * 3 + 1, 1);
  if (unit == "month") return DaysFromCivil(c.year, c.month, 1);
  if (unit == "week") return days - DayOfWeek(days) + 1;
  return days;
}

// The length of `unit` in ns when it is a unit of the time of day; 0 for day and longer.
int64_t TimeUnitNanos(const std::string& unit) {
  if (unit == "hour") return 3600 * kNanosPerSecond;
  if (unit == "minute") return 60 * kNanosPerSecond;
  if (unit == "second") return kNanosPerSecond;
  if (unit == "millisecond") return 1000000;
  if (unit == "microsecond") return 1000;
  return 0;
}

bool IsUnit(const std::string& unit) {
  for (const char* u :
       {"millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day"})
    if (unit == u) return true;
  return TimeUnitNanos(unit) != 0;
}

}  // namespace

Value TruncateTemporal(Kind kind, const std::string& unit, const Temporal& value, const Value& fields,
                       int64_t now_utc_nanos) {
  if (!IsUnit(unit)) throw QueryError(ErrorKind::kArgument, "unknown unit '" + unit + "' for truncate");
  if (!fields.is_null() && !fields.is_map())
    ThrowType("truncate() expects a map of fields, got " + TypeName(fields));
  int64_t step = TimeUnitNanos(unit);
  int64_t nanos = HasTime(value.kind) && step ? value.nanos - value.nanos % step : 0;
  Map map = fields.is_map() ? fields.as_map() : Map{};
  if (HasDate(value.kind))
    map["datetime"] = Value(MakeLocalDateTime(TruncateDays(unit, value.days), nanos));
  else
    map["time"] = Value(MakeLocalTime(nanos));
  if (HasZone(value.kind) && !map.count("timezone"))
    map["timezone"] = Value(value.zone.empty() ? FormatOffset(value.offset) : value.zone);
  return ConstructTemporal(kind, Value(std::move(map)), now_utc_nanos);
}

}  // namespace kg::query
