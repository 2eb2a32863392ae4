// kg/temporal.h — the temporal values of Cypher: date, localtime, time, localdatetime,
// datetime and duration, as query results, parameters and stored properties carry them.
//
// One struct serves the six kinds; each kind reads only the fields its comment names.
// Instants keep their local reading (calendar day and time of day) beside the offset, so
// `datetime('2017-10-29T02:30+01:00[Europe/Stockholm]').hour` is 2 without a zone lookup.
//
// Thread-safety: a Temporal is a plain value.
#pragma once

#include <cstdint>
#include <string>

namespace kg {

struct Temporal {
  enum class Kind : uint8_t { kDate, kLocalTime, kTime, kLocalDateTime, kDateTime, kDuration };

  Kind kind = Kind::kDate;
  // kDate, kLocalDateTime, kDateTime: the local calendar day, as days since 1970-01-01.
  // kDuration: the days component.
  int64_t days = 0;
  // kLocalTime, kTime, kLocalDateTime, kDateTime: local time of day in ns, [0, 86400e9).
  // kDuration: nanoseconds of the second, [0, 1e9), added to `seconds` (-1.5 s is
  // seconds -2, nanos 500000000, as in java.time).
  int64_t nanos = 0;
  // kDuration: months (a year is 12), and whole seconds.
  int64_t months = 0;
  int64_t seconds = 0;
  // kTime, kDateTime: offset from UTC in seconds, east positive.
  int32_t offset = 0;
  // kDateTime: IANA zone name ("Europe/Stockholm"), or empty when only an offset is known.
  std::string zone;

  // ISO 8601 as Neo4j writes it: 1984-10-11, 12:31:14.645876123, 21:40Z,
  // 1984-10-11T12:31+01:00[Europe/Stockholm], P12Y5M14DT16H13M10S.
  std::string ToString() const;

  friend bool operator==(const Temporal& a, const Temporal& b) {
    return a.kind == b.kind && a.days == b.days && a.nanos == b.nanos && a.months == b.months &&
           a.seconds == b.seconds && a.offset == b.offset && a.zone == b.zone;
  }
};

}  // namespace kg
