#include "engine/query/temporal/temporal_fields.h"

#include <functional>
#include <unordered_map>

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/common/temporal/time_zone.h"
#include "engine/query/expression/value_ops.h"

namespace kg::query {
namespace {

using namespace kg::temporal;  // NOLINT
using Getter = std::function<Value(const Temporal&)>;

Value I(int64_t v) { return Value(v); }

const std::unordered_map<std::string, Getter>& DateFields() {
  static const std::unordered_map<std::string, Getter> kFields = {
      {"year", [](const Temporal& t) { return I(CivilFromDays(t.days).year); }},
      {"quarter", [](const Temporal& t) { return I(Quarter(CivilFromDays(t.days).month)); }},
      {"month", [](const Temporal& t) { return I(CivilFromDays(t.days).month); }},
      {"week", [](const Temporal& t) { return I(WeekOfYear(t.days)); }},
      {"weekYear", [](const Temporal& t) { return I(WeekYear(t.days)); }},
      {"day", [](const Temporal& t) { return I(CivilFromDays(t.days).day); }},
      {"ordinalDay", [](const Temporal& t) { return I(DayOfYear(t.days)); }},
      {"dayOfWeek", [](const Temporal& t) { return I(DayOfWeek(t.days)); }},
      {"weekDay", [](const Temporal& t) { return I(DayOfWeek(t.days)); }},
      {"dayOfQuarter", [](const Temporal& t) { return I(DayOfQuarter(t.days)); }},
  };
  return kFields;
}

const std::unordered_map<std::string, Getter>& TimeFields() {
  static const std::unordered_map<std::string, Getter> kFields = {
      {"hour", [](const Temporal& t) { return I(t.nanos / 3600000000000); }},
      {"minute", [](const Temporal& t) { return I(t.nanos / 60000000000 % 60); }},
      {"second", [](const Temporal& t) { return I(t.nanos / kNanosPerSecond % 60); }},
      {"millisecond", [](const Temporal& t) { return I(t.nanos % kNanosPerSecond / 1000000); }},
      {"microsecond", [](const Temporal& t) { return I(t.nanos % kNanosPerSecond / 1000); }},
      {"nanosecond", [](const Temporal& t) { return I(t.nanos % kNanosPerSecond); }},
  };
  return kFields;
}

const std::unordered_map<std::string, Getter>& ZoneFields() {
  static const std::unordered_map<std::string, Getter> kFields = {
      {"timezone", [](const Temporal& t) { return Value(t.zone.empty() ? FormatOffset(t.offset) : t.zone); }},
      {"offset", [](const Temporal& t) { return Value(FormatOffset(t.offset)); }},
      {"offsetMinutes", [](const Temporal& t) { return I(t.offset / 60); }},
      {"offsetSeconds", [](const Temporal& t) { return I(t.offset); }},
  };
  return kFields;
}

const std::unordered_map<std::string, Getter>& InstantFields() {
  static const std::unordered_map<std::string, Getter> kFields = {
      {"epochSeconds", [](const Temporal& t) { return I(UtcSeconds(t)); }},
      {"epochMillis",
       [](const Temporal& t) { return I(UtcSeconds(t) * 1000 + t.nanos % kNanosPerSecond / 1000000); }},
  };
  return kFields;
}

// A duration's components: totals in each unit, and the "xOfY" remainders within the next.
const std::unordered_map<std::string, Getter>& DurationFields() {
  static const std::unordered_map<std::string, Getter> kFields = {
      {"years", [](const Temporal& d) { return I(d.months / 12); }},
      {"quarters", [](const Temporal& d) { return I(d.months / 3); }},
      {"months", [](const Temporal& d) { return I(d.months); }},
      {"weeks", [](const Temporal& d) { return I(d.days / 7); }},
      {"days", [](const Temporal& d) { return I(d.days); }},
      {"hours", [](const Temporal& d) { return I(d.seconds / 3600); }},
      {"minutes", [](const Temporal& d) { return I(d.seconds / 60); }},
      {"seconds", [](const Temporal& d) { return I(d.seconds); }},
      {"milliseconds", [](const Temporal& d) { return I(d.seconds * 1000 + d.nanos / 1000000); }},
      {"microseconds", [](const Temporal& d) { return I(d.seconds * 1000000 + d.nanos / 1000); }},
      {"nanoseconds", [](const Temporal& d) { return I(d.seconds * kNanosPerSecond + d.nanos); }},
      {"quartersOfYear", [](const Temporal& d) { return I(d.months % 12 / 3); }},
      {"monthsOfQuarter", [](const Temporal& d) { return I(d.months % 3); }},
      {"monthsOfYear", [](const Temporal& d) { return I(d.months % 12); }},
      {"daysOfWeek", [](const Temporal& d) { return I(d.days % 7); }},
      {"minutesOfHour", [](const Temporal& d) { return I(d.seconds / 60 % 60); }},
      {"secondsOfMinute", [](const Temporal& d) { return I(d.seconds % 60); }},
      {"millisecondsOfSecond", [](const Temporal& d) { return I(d.nanos / 1000000); }},
      {"microsecondsOfSecond", [](const Temporal& d) { return I(d.nanos / 1000); }},
      {"nanosecondsOfSecond", [](const Temporal& d) { return I(d.nanos); }},
  };
  return kFields;
}

const Getter* Find(const std::unordered_map<std::string, Getter>& fields, const std::string& key) {
  auto it = fields.find(key);
  return it == fields.end() ? nullptr : &it->second;
}

}  // namespace

Value TemporalField(const Temporal& t, const std::string& key) {
  const Getter* get = nullptr;
  if (t.kind == Kind::kDuration) get = Find(DurationFields(), key);
  if (!get && HasDate(t.kind)) get = Find(DateFields(), key);
  if (!get && HasTime(t.kind)) get = Find(TimeFields(), key);
  if (!get && HasZone(t.kind)) get = Find(ZoneFields(), key);
  if (!get && t.kind == Kind::kDateTime) get = Find(InstantFields(), key);
  if (!get) throw QueryError(ErrorKind::kArgument, "no component '" + key + "' in " + t.ToString());
  return (*get)(t);
}

}  // namespace kg::query
