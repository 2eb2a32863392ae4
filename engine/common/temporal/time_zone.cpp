// TZif (RFC 8536), version 2 and later: a v1 block with 32-bit times that we skip, then
//
//   header   := "TZif" version(1) reserved(15) isutcnt isstdcnt leapcnt timecnt typecnt charcnt
//                                                     -- six big-endian u32
//   data     := time(8 × timecnt, BE i64) type_index(timecnt) ttinfo(6 × typecnt)
//               chars(charcnt) leap(12 × leapcnt) isstd(isstdcnt) isut(isutcnt)
//   ttinfo   := utoff(BE i32) isdst(1) abbrind(1)
//   footer   := "\n" POSIX-TZ-string "\n"              -- the rule after the last transition
#include "engine/common/temporal/time_zone.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "engine/common/temporal/calendar.h"

namespace kg::temporal {
namespace {

uint32_t U32(const std::string& b, size_t at) {
  return (uint32_t(uint8_t(b[at])) << 24) | (uint32_t(uint8_t(b[at + 1])) << 16) |
         (uint32_t(uint8_t(b[at + 2])) << 8) | uint32_t(uint8_t(b[at + 3]));
}

int64_t I64(const std::string& b, size_t at) {
  return int64_t((uint64_t(U32(b, at)) << 32) | U32(b, at + 4));
}

// Names come from queries: keep them inside the zoneinfo folder.
bool SafeZoneName(const std::string& name) {
  if (name.empty() || name[0] == '/' || name.find("..") != std::string::npos) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '_' && c != '-' && c != '+')
      return false;
  return true;
}

std::string ZoneDir() {
  const char* dir = std::getenv("TZDIR");
  return dir && *dir ? dir : "/usr/share/zoneinfo";
}

// POSIX TZ pieces: "<+0845>" or "CET" names, "-1" / "+9:30" offsets (west positive), "M3.5.0/3".
struct RuleReader {
  const std::string& s;
  size_t i = 0;
  bool Name() {
    if (i < s.size() && s[i] == '<') {
      size_t close = s.find('>', i);
      if (close == std::string::npos) return false;
      i = close + 1;
      return true;
    }
    size_t start = i;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    return i > start;
  }
  bool Seconds(int32_t* out) {  // [+-]h[:mm[:ss]]
    int sign = 1;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
    int32_t total = 0, unit = 3600;
    for (int part = 0; part < 3 && i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++part) {
      int32_t n = 0;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) n = n * 10 + (s[i++] - '0');
      total += n * unit;
      unit /= 60;
      if (i < s.size() && s[i] == ':')
        ++i;
      else
        break;
    }
    *out = sign * total;
    return true;
  }
  bool Date(int* month, int* week, int* weekday, int32_t* time) {
    if (i >= s.size() || s[i] != 'M') return false;  // Jn and n forms are not used by tzdata
    ++i;
    char* end = nullptr;
    *month = static_cast<int>(std::strtol(s.c_str() + i, &end, 10));
    if (*end != '.') return false;
    *week = static_cast<int>(std::strtol(end + 1, &end, 10));
    if (*end != '.') return false;
    *weekday = static_cast<int>(std::strtol(end + 1, &end, 10));
    i = end - s.c_str();
    if (i < s.size() && s[i] == '/') {
      ++i;
      return Seconds(time);
    }
    return true;
  }
};

// The day of "the w-th weekday d of month m" (w 5 = the last), d 0 = Sunday.
int64_t RuleDay(int64_t year, int month, int week, int weekday) {
  int64_t first = DaysFromCivil(year, month, 1);
  int first_dow = DayOfWeek(first) % 7;  // Sunday 0
  int64_t day = first + (weekday - first_dow + 7) % 7 + int64_t{week - 1} * 7;
  while (day >= first + DaysInMonth(year, month)) day -= 7;
  return day;
}

}  // namespace

std::shared_ptr<const TimeZone> TimeZone::Find(const std::string& name) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const TimeZone>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  if (!SafeZoneName(name)) return nullptr;
  std::ifstream in(ZoneDir() + "/" + name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto zone = std::make_shared<TimeZone>();
  zone->name_ = name;
  if (!in || !zone->Load(bytes.str())) return nullptr;
  cache[name] = zone;  // only zones found: names from queries must not grow it without bound
  return zone;
}

bool TimeZone::Load(const std::string& b) {
  auto block_size = [&](size_t at, size_t time_bytes) -> size_t {
    return 44 + U32(b, at + 32) * (time_bytes + 1) + size_t{U32(b, at + 36)} * 6 + U32(b, at + 40) +
           U32(b, at + 28) * (time_bytes + 4) + U32(b, at + 24) + U32(b, at + 20);
  };
  if (b.size() < 44 || b.compare(0, 4, "TZif") != 0 || b[4] < '2') return false;
  size_t v2 = block_size(0, 4);
  if (b.size() < v2 + 44 || b.compare(v2, 4, "TZif") != 0 || b.size() < v2 + block_size(v2, 8)) return false;
  uint32_t timecnt = U32(b, v2 + 32), typecnt = U32(b, v2 + 36);
  if (typecnt == 0) return false;
  size_t times = v2 + 44, indices = times + 8 * size_t{timecnt}, types = indices + timecnt;
  auto offset_of = [&](size_t type) { return static_cast<int32_t>(U32(b, types + 6 * type)); };
  initial_offset_ = offset_of(0);
  for (uint32_t t = 0; t < timecnt; ++t) {
    size_t type = uint8_t(b[indices + t]);
    if (type >= typecnt) return false;
    transitions_.push_back(I64(b, times + 8 * size_t{t}));
    offset_after_.push_back(offset_of(type));
  }
  size_t footer = v2 + block_size(v2, 8);
  if (footer + 1 < b.size() && b[footer] == '\n') {
    size_t end = b.find('\n', footer + 1);
    std::string rule = b.substr(footer + 1, end == std::string::npos ? std::string::npos : end - footer - 1);
    if (!rule.empty() && !ParseRule(rule)) return false;
  }
  return true;
}

bool TimeZone::ParseRule(const std::string& footer) {
  RuleReader r{footer};
  Rule rule;
  if (!r.Name() || !r.Seconds(&rule.std_offset)) return false;
  rule.std_offset = -rule.std_offset;
  rule.dst_offset = rule.std_offset + 3600;
  if (r.i < footer.size()) {
    if (!r.Name()) return false;
    rule.has_dst = true;
    if (r.i < footer.size() && footer[r.i] != ',') {
      if (!r.Seconds(&rule.dst_offset)) return false;
      rule.dst_offset = -rule.dst_offset;
    }
    if (r.i >= footer.size() || footer[r.i++] != ',') return false;
    if (!r.Date(&rule.start_month, &rule.start_week, &rule.start_weekday, &rule.start_time)) return false;
    if (r.i >= footer.size() || footer[r.i++] != ',') return false;
    if (!r.Date(&rule.end_month, &rule.end_week, &rule.end_weekday, &rule.end_time)) return false;
  }
  rule_ = rule;
  return true;
}

int32_t TimeZone::RuleOffsetAt(int64_t utc) const {
  const Rule& r = *rule_;
  if (!r.has_dst) return r.std_offset;
  int64_t year = CivilFromDays(FloorDiv(utc + r.std_offset, kSecondsPerDay)).year;
  int64_t start = RuleDay(year, r.start_month, r.start_week, r.start_weekday) * kSecondsPerDay +
                  r.start_time - r.std_offset;
  int64_t end =
      RuleDay(year, r.end_month, r.end_week, r.end_weekday) * kSecondsPerDay + r.end_time - r.dst_offset;
  bool dst = start < end ? (utc >= start && utc < end)
                         : !(utc >= end && utc < start);  // southern summers span new year
  return dst ? r.dst_offset : r.std_offset;
}

int32_t TimeZone::OffsetAt(int64_t utc_seconds) const {
  if (transitions_.empty() || utc_seconds < transitions_.front())
    return transitions_.empty() && rule_ ? RuleOffsetAt(utc_seconds) : initial_offset_;
  if (utc_seconds >= transitions_.back() && rule_) return RuleOffsetAt(utc_seconds);
  size_t lo = 0, hi = transitions_.size();  // the last transition at or before utc_seconds
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    (transitions_[mid] <= utc_seconds ? lo : hi) = mid;
  }
  return offset_after_[lo];
}

int32_t TimeZone::OffsetForLocal(int64_t local) const {
  // Offsets change at most once within a day around `local`: the candidates are the offsets
  // a day before and a day after; a candidate is valid when it maps back to itself.
  int32_t before = OffsetAt(local - kSecondsPerDay), after = OffsetAt(local + kSecondsPerDay);
  bool before_ok = OffsetAt(local - before) == before, after_ok = OffsetAt(local - after) == after;
  if (before_ok && after_ok) return before > after ? before : after;  // overlap: the earlier instant
  if (before_ok) return before;
  if (after_ok) return after;
  return before;  // gap
}

std::optional<int32_t> ParseOffset(const std::string& text) {
  if (text == "Z" || text == "z") return 0;
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  std::string digits;
  for (size_t i = 1; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])))
      digits += text[i];
    else if (text[i] != ':')
      return std::nullopt;
  }
  if (digits.size() != 2 && digits.size() != 4 && digits.size() != 6) return std::nullopt;
  int32_t h = std::stoi(digits.substr(0, 2)), m = digits.size() > 2 ? std::stoi(digits.substr(2, 2)) : 0,
          s = digits.size() > 4 ? std::stoi(digits.substr(4, 2)) : 0;
  if (m > 59 || s > 59) return std::nullopt;
  int32_t total = h * 3600 + m * 60 + s;
  if (total > 18 * 3600) return std::nullopt;
  return text[0] == '-' ? -total : total;
}

std::string FormatOffset(int32_t seconds) {
  if (seconds == 0) return "Z";
  int32_t a = seconds < 0 ? -seconds : seconds;
  char buf[16];
  if (a % 60)
    std::snprintf(buf, sizeof buf, "%c%02d:%02d:%02d", seconds < 0 ? '-' : '+', a / 3600, a / 60 % 60,
                  a % 60);
  else
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", seconds < 0 ? '-' : '+', a / 3600, a / 60 % 60);
  return buf;
}

}  // namespace kg::temporal
