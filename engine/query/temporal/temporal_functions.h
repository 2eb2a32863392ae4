// engine/query/temporal/temporal_functions.h — the temporal functions of Cypher:
//   date(x), localtime(x), time(x), localdatetime(x), datetime(x), duration(x)
//   <kind>() and <kind>.transaction/.statement/.realtime([zone])   the statement's clock
//   <kind>.truncate(unit, value [, fields])
//   datetime.fromepoch(seconds, nanos), datetime.fromepochmillis(millis)
//   duration.between(a, b), duration.inMonths(a, b), duration.inDays(a, b), duration.inSeconds(a, b)
#pragma once

#include <string>
#include <vector>

#include "kg/value.h"

namespace kg::query {

// True when `lower_name` (lower-cased) is one of the functions above.
bool IsTemporalFunction(const std::string& lower_name);

// Calls it. Null in, null out. `now_utc_nanos` is the statement's clock. Throws QueryError:
// ArgumentError for a wrong number of arguments or a value that is no such temporal,
// TypeError for arguments of the wrong type.
// REQUIRES: IsTemporalFunction(lower_name).
Value CallTemporalFunction(const std::string& lower_name, const std::vector<Value>& args,
                           int64_t now_utc_nanos);

}  // namespace kg::query
