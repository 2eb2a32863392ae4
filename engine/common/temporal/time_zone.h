// engine/common/temporal/time_zone.h — named time zones (IANA: "Europe/Stockholm") read
// from the system's TZif files under /usr/share/zoneinfo ($TZDIR overrides), and fixed
// offsets written as "+01:00".
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kg::temporal {

class TimeZone {
 public:
  // The zone called `name`, loaded once per process and shared; nullptr when the system
  // has no such zone (or its file is not TZif). Thread-safe.
  static std::shared_ptr<const TimeZone> Find(const std::string& name);

  const std::string& name() const { return name_; }

  // The offset from UTC in seconds in force at `utc_seconds` (since 1970-01-01T00:00Z).
  int32_t OffsetAt(int64_t utc_seconds) const;

  // The offset that a wall-clock reading `local_seconds` has, resolved as java.time does:
  // in an overlap (autumn) the earlier offset; in a gap (spring) the offset before it, so
  // that the reading moves forward by the gap's length (02:30 becomes 03:30).
  int32_t OffsetForLocal(int64_t local_seconds) const;

 private:
  // The rule after the last transition, from the TZif footer ("CET-1CEST,M3.5.0,M10.5.0/3").
  struct Rule {
    int32_t std_offset = 0, dst_offset = 0;
    bool has_dst = false;
    int start_month = 0, start_week = 0, start_weekday = 0, end_month = 0, end_week = 0, end_weekday = 0;
    int32_t start_time = 7200, end_time = 7200;  // local seconds after midnight
  };
  bool Load(const std::string& bytes);
  bool ParseRule(const std::string& footer);
  int32_t RuleOffsetAt(int64_t utc_seconds) const;

  std::string name_;
  std::vector<int64_t> transitions_;   // UTC seconds, ascending
  std::vector<int32_t> offset_after_;  // the offset from transitions_[i] on
  int32_t initial_offset_ = 0;         // before the first transition
  std::optional<Rule> rule_;
};

// "+01:00", "-0130", "+01", "Z", "+02:05:59" as seconds east of UTC; nullopt when `text`
// is not an offset or lies outside ±18:00.
std::optional<int32_t> ParseOffset(const std::string& text);

// "+01:00", "-01:30", "+02:05:59", or "Z" for zero.
std::string FormatOffset(int32_t seconds);

}  // namespace kg::temporal
