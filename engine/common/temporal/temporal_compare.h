// engine/common/temporal/temporal_compare.h — the order of temporal values.
#pragma once

#include <optional>

#include "kg/temporal.h"

namespace kg::temporal {

// `a < b` for two values of one kind: <0, 0, >0. Times and datetimes compare as instants
// (10:00+01:00 is before 09:35Z); durations and values of different kinds are not
// comparable (nullopt).
std::optional<int> Compare(const Temporal& a, const Temporal& b);

// A total order for ORDER BY: datetime < localdatetime < date < time < localtime <
// duration (as Neo4j), then by Compare, ties broken by the zone and the fields.
int OrderCompare(const Temporal& a, const Temporal& b);

}  // namespace kg::temporal
