// The proleptic Gregorian calendar and ISO weeks (engine/common/temporal/calendar.h).
#include "engine/common/temporal/calendar.h"

#include <gtest/gtest.h>

namespace kg::temporal {
namespace {

TEST(Calendar, DaysRoundTripAcrossEraAndYearLimits) {
  for (int64_t year : {kMinYear, int64_t{-1}, int64_t{0}, int64_t{1}, int64_t{1600}, int64_t{1900},
                       int64_t{1970}, int64_t{2000}, int64_t{2024}, kMaxYear}) {
    for (int month = 1; month <= 12; ++month) {
      int64_t days = DaysFromCivil(year, month, DaysInMonth(year, month));
      CivilDate c = CivilFromDays(days);
      EXPECT_EQ(c.year, year);
      EXPECT_EQ(c.month, month);
      EXPECT_EQ(c.day, DaysInMonth(year, month));
      EXPECT_EQ(CivilFromDays(days + 1).day, 1) << year << "-" << month;
    }
  }
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
}

TEST(Calendar, LeapYearsFollowTheCenturyRule) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(0));
  EXPECT_TRUE(IsLeapYear(-4));
  EXPECT_FALSE(IsLeapYear(-100));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_FALSE(IsValidDate(2023, 2, 29));
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
}

TEST(Calendar, MonthArithmeticClampsToTheMonthsEnd) {
  auto add = [](int64_t y, int m, int d, int64_t months) {
    CivilDate c = CivilFromDays(AddMonths(DaysFromCivil(y, m, d), months));
    return std::to_string(c.year) + "-" + std::to_string(c.month) + "-" + std::to_string(c.day);
  };
  EXPECT_EQ(add(2020, 1, 31, 1), "2020-2-29");
  EXPECT_EQ(add(2021, 1, 31, 1), "2021-2-28");
  EXPECT_EQ(add(2020, 3, 31, -1), "2020-2-29");
  EXPECT_EQ(add(2020, 2, 29, 12), "2021-2-28");
  EXPECT_EQ(add(2020, 5, 15, -17), "2018-12-15");
  EXPECT_EQ(add(1, 1, 1, -1), "0-12-1");
}

TEST(Calendar, IsoWeeksStartOnMondayWithTheYearsFirstThursday) {
  int64_t jan1_1984 = DaysFromCivil(1984, 1, 1);  // a Sunday, in the last week of 1983
  EXPECT_EQ(DayOfWeek(jan1_1984), 7);
  EXPECT_EQ(WeekYear(jan1_1984), 1983);
  EXPECT_EQ(WeekOfYear(jan1_1984), 52);
  int64_t dec31_1816 = DaysFromCivil(1816, 12, 31);  // a Tuesday, in week 1 of 1817
  EXPECT_EQ(WeekYear(dec31_1816), 1817);
  EXPECT_EQ(WeekOfYear(dec31_1816), 1);
  EXPECT_EQ(WeeksInYear(2015), 53);
  EXPECT_EQ(WeeksInYear(2016), 52);
  EXPECT_EQ(DaysFromWeekDate(2015, 30, 2), DaysFromCivil(2015, 7, 21));
  EXPECT_EQ(DaysFromWeekDate(1817, 1, 1), DaysFromCivil(1816, 12, 30));
}

TEST(Calendar, OrdinalAndQuarterDays) {
  EXPECT_EQ(DayOfYear(DaysFromCivil(1984, 10, 11)), 285);
  EXPECT_EQ(DayOfYear(DaysFromCivil(2024, 12, 31)), 366);
  EXPECT_EQ(Quarter(11), 4);
  EXPECT_EQ(DayOfQuarter(DaysFromCivil(1984, 11, 11)), 42);
}

TEST(Calendar, FloorDivisionRoundsDown) {
  EXPECT_EQ(FloorDiv(-1, kSecondsPerDay), -1);
  EXPECT_EQ(FloorMod(-1, kSecondsPerDay), kSecondsPerDay - 1);
  EXPECT_EQ(FloorDiv(kSecondsPerDay, kSecondsPerDay), 1);
}

}  // namespace
}  // namespace kg::temporal
