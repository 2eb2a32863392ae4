// Named zones from the system's TZif files (engine/common/temporal/time_zone.h): offsets
// before and after DST changes, the gap and the overlap, and the rule past the last
// transition. Skipped where the machine has no zoneinfo.
#include "engine/common/temporal/time_zone.h"

#include <gtest/gtest.h>

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_values.h"

namespace kg::temporal {
namespace {

int64_t Local(int64_t y, int m, int d, int h, int min) {
  return DaysFromCivil(y, m, d) * kSecondsPerDay + h * 3600 + min * 60;
}

std::shared_ptr<const TimeZone> Zone(const char* name) {
  auto zone = TimeZone::Find(name);
  if (!zone) ADD_FAILURE() << "no zone " << name;
  return zone;
}

class TimeZoneTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!TimeZone::Find("UTC")) GTEST_SKIP() << "no zoneinfo on this machine";
  }
};

TEST_F(TimeZoneTest, StockholmSummerAndWinter) {
  auto zone = Zone("Europe/Stockholm");
  ASSERT_TRUE(zone);
  EXPECT_EQ(zone->OffsetAt(Local(1984, 10, 11, 12, 0)), 3600);
  EXPECT_EQ(zone->OffsetAt(Local(1984, 7, 20, 12, 0)), 7200);
  EXPECT_EQ(zone->OffsetAt(Local(2100, 7, 1, 12, 0)), 7200);  // from the footer rule
  EXPECT_EQ(zone->OffsetAt(Local(2100, 12, 1, 12, 0)), 3600);
}

TEST_F(TimeZoneTest, SpringGapMovesTheReadingForward) {
  // 2017-03-26 02:30 does not exist in Stockholm: clocks went from 02:00 to 03:00.
  Temporal t =
      MakeDateTime(DaysFromCivil(2017, 3, 26), (2 * 3600 + 30 * 60) * kNanosPerSecond, 0, "Europe/Stockholm");
  EXPECT_EQ(t.ToString(), "2017-03-26T03:30+02:00[Europe/Stockholm]");
}

TEST_F(TimeZoneTest, AutumnOverlapTakesTheEarlierOffset) {
  // 2017-10-29 02:30 happened twice in Stockholm; the first, at +02:00, is chosen.
  Temporal t = MakeDateTime(DaysFromCivil(2017, 10, 29), (2 * 3600 + 30 * 60) * kNanosPerSecond, 0,
                            "Europe/Stockholm");
  EXPECT_EQ(t.ToString(), "2017-10-29T02:30+02:00[Europe/Stockholm]");
  int32_t later = 3600;
  Temporal second = MakeDateTime(t.days, t.nanos, 0, "Europe/Stockholm", &later);
  EXPECT_EQ(second.ToString(), "2017-10-29T02:30+01:00[Europe/Stockholm]");
}

TEST_F(TimeZoneTest, SouthernHemisphereAndHalfHourZones) {
  auto sydney = Zone("Australia/Sydney");
  ASSERT_TRUE(sydney);
  EXPECT_EQ(sydney->OffsetAt(Local(2100, 1, 15, 0, 0)), 11 * 3600);  // summer spans new year
  EXPECT_EQ(sydney->OffsetAt(Local(2100, 7, 15, 0, 0)), 10 * 3600);
  auto eucla = Zone("Australia/Eucla");
  ASSERT_TRUE(eucla);
  EXPECT_EQ(eucla->OffsetAt(Local(2015, 7, 21, 0, 0)), 8 * 3600 + 45 * 60);
}

TEST_F(TimeZoneTest, UnknownAndUnsafeNamesAreNotFound) {
  EXPECT_EQ(TimeZone::Find("Mars/Olympus_Mons"), nullptr);
  EXPECT_EQ(TimeZone::Find("../../etc/passwd"), nullptr);
  EXPECT_EQ(TimeZone::Find("/etc/passwd"), nullptr);
}

TEST(Offsets, ParseAndFormat) {
  EXPECT_EQ(ParseOffset("+01:00"), 3600);
  EXPECT_EQ(ParseOffset("-0130"), -5400);
  EXPECT_EQ(ParseOffset("+01"), 3600);
  EXPECT_EQ(ParseOffset("Z"), 0);
  EXPECT_EQ(ParseOffset("+02:05:59"), 2 * 3600 + 5 * 60 + 59);
  EXPECT_EQ(ParseOffset("+19:00"), std::nullopt);
  EXPECT_EQ(ParseOffset("01:00"), std::nullopt);
  EXPECT_EQ(FormatOffset(0), "Z");
  EXPECT_EQ(FormatOffset(-5400), "-01:30");
  EXPECT_EQ(FormatOffset(3208), "+00:53:28");
}

}  // namespace
}  // namespace kg::temporal
