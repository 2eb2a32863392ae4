// ISO 8601 text in and out (temporal_parse.h, Temporal::ToString), partial dates included.
#include <gtest/gtest.h>

#include "engine/common/temporal/temporal_parse.h"

namespace kg::temporal {
namespace {

std::string Date(const char* s) {
  auto t = ParseDate(s);
  return t ? t->ToString() : "invalid";
}

TEST(TemporalText, PartialDatesMeanTheirFirstDay) {
  EXPECT_EQ(Date("1994"), "1994-01-01");
  EXPECT_EQ(Date("1994-03"), "1994-03-01");
  EXPECT_EQ(Date("199403"), "1994-03-01");
  EXPECT_EQ(Date("2020-08-18"), "2020-08-18");
}

TEST(TemporalText, WeekOrdinalAndSignedYears) {
  EXPECT_EQ(Date("2015-W30-2"), "2015-07-21");
  EXPECT_EQ(Date("2015W30"), "2015-07-20");
  EXPECT_EQ(Date("2015-202"), "2015-07-21");
  EXPECT_EQ(Date("+999999999-12-31"), "+999999999-12-31");
  EXPECT_EQ(Date("-0001-01-01"), "-0001-01-01");
  EXPECT_EQ(Date("0028-11-11"), "0028-11-11");
}

TEST(TemporalText, InvalidDatesAreRejected) {
  EXPECT_EQ(Date("2023-02-29"), "invalid");
  EXPECT_EQ(Date("2015-13"), "invalid");
  EXPECT_EQ(Date("2015-W54"), "invalid");
  EXPECT_EQ(Date("94"), "invalid");
  EXPECT_EQ(Date("1994-3"), "invalid");
  EXPECT_EQ(Date("yesterday"), "invalid");
}

TEST(TemporalText, TimesAndOffsets) {
  EXPECT_EQ(ParseLocalTime("214032.142")->ToString(), "21:40:32.142");
  EXPECT_EQ(ParseLocalTime("21")->ToString(), "21:00");
  EXPECT_EQ(ParseTime("2140-00:00")->ToString(), "21:40Z");
  EXPECT_EQ(ParseTime("22+18:00")->ToString(), "22:00+18:00");
  EXPECT_EQ(ParseLocalTime("24:00"), std::nullopt);
  EXPECT_EQ(ParseDateTime("2015-W30T2140-02")->ToString(), "2015-07-20T21:40-02:00");
  EXPECT_EQ(ParseDateTime("1994-03")->ToString(), "1994-03-01T00:00Z");
}

TEST(TemporalText, Durations) {
  EXPECT_EQ(ParseDuration("P12Y5M14DT16H12M70S")->ToString(), "P12Y5M14DT16H13M10S");
  EXPECT_EQ(ParseDuration("P0.75M")->ToString(), "P22DT19H51M49.5S");
  EXPECT_EQ(ParseDuration("P2.5W")->ToString(), "P17DT12H");
  EXPECT_EQ(ParseDuration("P2012-02-02T14:37:21.545")->ToString(), "P2012Y2M2DT14H37M21.545S");
  EXPECT_EQ(ParseDuration("-P1DT1H")->ToString(), "P-1DT-1H");
  EXPECT_EQ(ParseDuration("PT0S")->ToString(), "PT0S");
  EXPECT_EQ(ParseDuration("P"), std::nullopt);
  EXPECT_EQ(ParseDuration("P1H"), std::nullopt);
  EXPECT_EQ(ParseDuration("PT1S2M"), std::nullopt);
}

}  // namespace
}  // namespace kg::temporal
