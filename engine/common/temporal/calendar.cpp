// Civil-from-days and back after Howard Hinnant's algorithms ("chrono-Compatible Low-Level
// Date Algorithms"): eras of 400 years, March-based years so that the leap day comes last.
#include "engine/common/temporal/calendar.h"

namespace kg::temporal {

bool IsLeapYear(int64_t year) {
  return FloorMod(year, 4) == 0 && (FloorMod(year, 100) != 0 || FloorMod(year, 400) == 0);
}

int DaysInMonth(int64_t year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int64_t year, int month, int day) {
  return year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int64_t DaysFromCivil(int64_t year, int month, int day) {
  int64_t y = month <= 2 ? year - 1 : year;
  int64_t era = FloorDiv(y, 400);
  int64_t yoe = y - era * 400;                                                  // [0, 399]
  int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // [0, 365]
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                          // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = FloorDiv(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  CivilDate c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2 ? 1 : 0);
  return c;
}

int DayOfWeek(int64_t days) {
  return static_cast<int>(FloorMod(days + 3, 7)) + 1;
}  // 1970-01-01 was a Thursday

namespace {

int64_t ThursdayOfWeek(int64_t days) { return days - DayOfWeek(days) + 4; }

int64_t MondayOfWeekOne(int64_t week_year) {
  int64_t jan4 = DaysFromCivil(week_year, 1, 4);
  return jan4 - DayOfWeek(jan4) + 1;
}

}  // namespace

int64_t WeekYear(int64_t days) { return CivilFromDays(ThursdayOfWeek(days)).year; }

int WeekOfYear(int64_t days) {
  int64_t thursday = ThursdayOfWeek(days);
  return static_cast<int>((thursday - DaysFromCivil(CivilFromDays(thursday).year, 1, 1)) / 7 + 1);
}

int WeeksInYear(int64_t week_year) {
  return static_cast<int>((MondayOfWeekOne(week_year + 1) - MondayOfWeekOne(week_year)) / 7);
}

int64_t DaysFromWeekDate(int64_t week_year, int week, int day_of_week) {
  return MondayOfWeekOne(week_year) + int64_t{week - 1} * 7 + (day_of_week - 1);
}

int DayOfYear(int64_t days) {
  return static_cast<int>(days - DaysFromCivil(CivilFromDays(days).year, 1, 1)) + 1;
}

int Quarter(int month) { return (month - 1) / 3 + 1; }

int DayOfQuarter(int64_t days) {
  CivilDate c = CivilFromDays(days);
  return static_cast<int>(days - DaysFromCivil(c.year, (Quarter(c.month) - 1) * 3 + 1, 1)) + 1;
}

int64_t AddMonths(int64_t days, int64_t months) {
  CivilDate c = CivilFromDays(days);
  int64_t total = c.year * 12 + (c.month - 1) + months;
  int64_t year = FloorDiv(total, 12);
  int month = static_cast<int>(FloorMod(total, 12)) + 1;
  int day = c.day < DaysInMonth(year, month) ? c.day : DaysInMonth(year, month);
  return DaysFromCivil(year, month, day);
}

}  // namespace kg::temporal
