// engine/common/temporal/temporal_parse.h — ISO 8601 text to temporal values, in the forms
// Neo4j accepts:
//   date           2015-07-21  20150721  2015-07  201507  2015-W30-2  2015W302  2015-W30
//                  2015-202  2015202  2015  +999999999-12-31
//   local time     21:40:32.142  214032.142  21:40  2140  21
//   time           local time + Z | +01 | +0100 | +01:00  (none: UTC)
//   local datetime date T local time
//   datetime       date T time [Europe/Stockholm]  (offset, zone, or both)
//   duration       P14DT16H12M  P5M1.5D  PT0.75M  P2.5W  -P1D  P2012-02-02T14:37:21.545
// A partial date ('1994', '1994-03') means its first day: the compiler's partial dates
// compare as 1994-01-01 and 1994-03-01.
// Each returns nullopt on text that is not of its form or names an invalid day or zone.
#pragma once

#include <optional>
#include <string>

#include "kg/temporal.h"

namespace kg::temporal {

std::optional<Temporal> ParseDate(const std::string& text);
std::optional<Temporal> ParseLocalTime(const std::string& text);
std::optional<Temporal> ParseTime(const std::string& text);
std::optional<Temporal> ParseLocalDateTime(const std::string& text);
std::optional<Temporal> ParseDateTime(const std::string& text);
std::optional<Temporal> ParseDuration(const std::string& text);

}  // namespace kg::temporal
