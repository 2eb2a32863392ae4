// Temporal arithmetic and durations between values (temporal_arithmetic.h,
// temporal_between.h): month ends, leap days, negative durations, DST days.
#include "engine/common/temporal/temporal_arithmetic.h"

#include <gtest/gtest.h>

#include "engine/common/temporal/temporal_between.h"
#include "engine/common/temporal/temporal_parse.h"
#include "engine/common/temporal/time_zone.h"

namespace kg::temporal {
namespace {

Temporal D(const char* text) { return *ParseDate(text); }
Temporal Dur(const char* text) { return *ParseDuration(text); }
Temporal LDT(const char* text) { return *ParseLocalDateTime(text); }
Temporal DT(const char* text) { return *ParseDateTime(text); }

std::string Add(const Temporal& t, const char* duration) { return Plus(t, Dur(duration)).ToString(); }
std::string Sub(const Temporal& t, const char* duration) { return Plus(t, Negate(Dur(duration))).ToString(); }

TEST(TemporalArithmetic, MonthEndsAndLeapDays) {
  EXPECT_EQ(Add(D("2020-01-31"), "P1M"), "2020-02-29");
  EXPECT_EQ(Add(D("2021-01-31"), "P1M"), "2021-02-28");
  EXPECT_EQ(Add(D("2020-02-29"), "P1Y"), "2021-02-28");
  EXPECT_EQ(Add(D("2020-02-29"), "P4Y"), "2024-02-29");
  EXPECT_EQ(Sub(D("2020-03-31"), "P1M"), "2020-02-29");
  EXPECT_EQ(Add(D("2019-12-31"), "P1D"), "2020-01-01");
  EXPECT_EQ(Add(D("2020-02-28"), "P1D"), "2020-02-29");
}

TEST(TemporalArithmetic, MonthsBeforeDaysThenTime) {
  // Months first, then days: Jan 31 + P1M1D is Mar 1 (via Feb 29), not Mar 2.
  EXPECT_EQ(Add(D("2020-01-31"), "P1M1D"), "2020-03-01");
  // A date keeps only the whole days of the time part.
  EXPECT_EQ(Add(D("2020-01-01"), "PT47H"), "2020-01-02");
  EXPECT_EQ(Add(LDT("2020-01-01T23:00"), "PT2H"), "2020-01-02T01:00");
  EXPECT_EQ(Add(*ParseLocalTime("23:00"), "P1DT2H"), "01:00");  // a time of day wraps
}

TEST(TemporalArithmetic, NegativeDurations) {
  EXPECT_EQ(Add(D("2020-03-01"), "-P1D"), "2020-02-29");
  EXPECT_EQ(Add(LDT("2020-01-01T00:00"), "PT-0.5S"), "2019-12-31T23:59:59.500");
  Temporal d = Dur("PT-0.5S");
  EXPECT_EQ(d.seconds, -1);
  EXPECT_EQ(d.nanos, 500000000);
  EXPECT_EQ(d.ToString(), "PT-0.5S");
  EXPECT_EQ(Negate(Dur("P1Y2M3DT4H")).ToString(), "P-1Y-2M-3DT-4H");
  EXPECT_EQ(Plus(Dur("PT1H"), Dur("PT-90M")).ToString(), "PT-30M");
}

TEST(TemporalArithmetic, DstDayAddsElapsedTimeToDatetimes) {
  if (!TimeZone::Find("Europe/Stockholm")) GTEST_SKIP() << "no zoneinfo";
  Temporal before = DT("2017-03-25T12:00[Europe/Stockholm]");
  // A day is a calendar day (the wall clock stays at 12:00) ...
  EXPECT_EQ(Add(before, "P1D"), "2017-03-26T12:00+02:00[Europe/Stockholm]");
  // ... but 24 hours are 24 elapsed hours, and the spring day has only 23.
  EXPECT_EQ(Add(before, "PT24H"), "2017-03-26T13:00+02:00[Europe/Stockholm]");
}

TEST(TemporalArithmetic, ScalingCarriesFractionsDown) {
  EXPECT_EQ(Multiply(Dur("P1M"), int64_t{3}).ToString(), "P3M");
  EXPECT_EQ(Divide(Dur("P1M"), 2).ToString(), "P15DT5H14M33S");
  EXPECT_EQ(Multiply(Dur("P1D"), 1.5).ToString(), "P1DT12H");
}

TEST(TemporalBetween, CalendarUnitsWaitForTheTimeOfDay) {
  EXPECT_EQ(Between(D("1984-10-11"), D("2015-06-24"), BetweenUnit::kAll).ToString(), "P30Y8M13D");
  EXPECT_EQ(Between(D("2020-01-31"), D("2020-02-29"), BetweenUnit::kAll).ToString(), "P29D");
  EXPECT_EQ(Between(D("2020-02-29"), D("2021-02-28"), BetweenUnit::kMonths).ToString(), "P11M");
  EXPECT_EQ(Between(LDT("2020-01-01T12:00"), LDT("2020-02-01T11:00"), BetweenUnit::kAll).ToString(),
            "P30DT23H");
  EXPECT_EQ(Between(D("2018-03-11"), D("2016-06-24"), BetweenUnit::kMonths).ToString(), "P-1Y-8M");
  EXPECT_EQ(Between(D("2016-06-24"), D("2018-03-11"), BetweenUnit::kDays).ToString(), "P625D");
}

TEST(TemporalBetween, ValuesBorrowTheMissingDateOrZone) {
  EXPECT_EQ(Between(*ParseLocalTime("14:30"), D("2015-06-24"), BetweenUnit::kAll).ToString(), "PT-14H-30M");
  EXPECT_EQ(Between(*ParseTime("14:30"), *ParseTime("16:30+01:00"), BetweenUnit::kAll).ToString(), "PT1H");
  EXPECT_EQ(Between(*ParseLocalTime("14:30"), *ParseTime("16:30+01:00"), BetweenUnit::kAll).ToString(),
            "PT2H");
}

TEST(TemporalBetween, DstDayCountsElapsedHours) {
  if (!TimeZone::Find("Europe/Stockholm")) GTEST_SKIP() << "no zoneinfo";
  Temporal from = DT("2017-10-28T23:00+02:00[Europe/Stockholm]"),
           to = DT("2017-10-29T04:00+01:00[Europe/Stockholm]");
  EXPECT_EQ(Between(from, to, BetweenUnit::kAll).ToString(), "PT6H");
  EXPECT_EQ(Between(to, from, BetweenUnit::kAll).ToString(), "PT-6H");
  EXPECT_EQ(
      Between(D("2017-10-29"), DT("2017-10-30T00:00[Europe/Stockholm]"), BetweenUnit::kSeconds).ToString(),
      "PT25H");
}

TEST(TemporalBetween, LargeSpansDoNotOverflow) {
  EXPECT_EQ(Between(D("-999999999-01-01"), D("+999999999-12-31"), BetweenUnit::kAll).ToString(),
            "P1999999998Y11M30D");
  EXPECT_EQ(
      Between(LDT("-999999999-01-01"), LDT("+999999999-12-31T23:59:59"), BetweenUnit::kSeconds).ToString(),
      "PT17531639991215H59M59S");
}

}  // namespace
}  // namespace kg::temporal
