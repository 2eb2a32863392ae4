// engine/common/temporal/calendar.h — the proleptic Gregorian calendar and ISO weeks, on
// days counted from 1970-01-01 (negative before), for years -999,999,999..999,999,999.
#pragma once

#include <cstdint>

namespace kg::temporal {

constexpr int64_t kNanosPerSecond = 1000000000;
constexpr int64_t kSecondsPerDay = 86400;
constexpr int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;
constexpr int64_t kMinYear = -999999999;
constexpr int64_t kMaxYear = 999999999;

struct CivilDate {
  int64_t year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Floor division and its remainder, [0, d): -1 day at 23:00 is day -1, 82800 s.
inline int64_t FloorDiv(int64_t a, int64_t d) { return a / d - ((a % d != 0) && ((a < 0) != (d < 0))); }
inline int64_t FloorMod(int64_t a, int64_t d) { return a - FloorDiv(a, d) * d; }

bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);
bool IsValidDate(int64_t year, int month, int day);

int64_t DaysFromCivil(int64_t year, int month, int day);
CivilDate CivilFromDays(int64_t days);

// ISO-8601: Monday is 1, Sunday 7; week 1 is the week holding the year's first Thursday.
int DayOfWeek(int64_t days);
int64_t WeekYear(int64_t days);
int WeekOfYear(int64_t days);
int WeeksInYear(int64_t week_year);  // 52 or 53
int64_t DaysFromWeekDate(int64_t week_year, int week, int day_of_week);

int DayOfYear(int64_t days);     // 1..366
int Quarter(int month);          // 1..4
int DayOfQuarter(int64_t days);  // 1..92

// `months` calendar months later (or earlier), the day clamped to the month's end:
// 2020-01-31 plus one month is 2020-02-29.
int64_t AddMonths(int64_t days, int64_t months);

}  // namespace kg::temporal
