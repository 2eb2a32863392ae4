// engine/common/temporal/temporal_between.h — the duration from one temporal value to
// another: duration.between, inMonths, inDays, inSeconds.
#pragma once

#include "kg/temporal.h"

namespace kg::temporal {

enum class BetweenUnit { kAll, kMonths, kDays, kSeconds };

// The duration that takes `from` to `to`. A value without a date borrows the other's date
// (localtime('14:30') to date('2015-06-24') is PT-14H-30M); one without a zone borrows the
// other's; with two zones `to` is read in `from`'s. Months and days are counted on the
// wall clock (java.time's until: a month is not complete until its time of day is
// reached), the rest on the time line, so across a DST change
// 2017-10-28T23:00+02:00[Europe/Stockholm] to 2017-10-29T04:00+01:00 is PT6H.
// kMonths keeps only whole months, kDays only whole days, kSeconds all as seconds.
// REQUIRES: neither is a duration.
Temporal Between(const Temporal& from, const Temporal& to, BetweenUnit unit);

}  // namespace kg::temporal
