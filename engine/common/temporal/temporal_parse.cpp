#include "engine/common/temporal/temporal_parse.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/common/temporal/time_zone.h"

namespace kg::temporal {
namespace {

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int Num(const std::string& s) { return std::atoi(s.c_str()); }

// The part after the year: "", "-07", "07", "-07-21", "0721", "-W30", "W30-2", "-202", "202".
std::optional<int64_t> DateAfterYear(int64_t year, std::string rest) {
  bool dashed = !rest.empty() && rest[0] == '-';
  if (dashed) rest.erase(0, 1);
  if (rest.empty()) return dashed ? std::nullopt : std::optional<int64_t>(DaysFromCivil(year, 1, 1));
  if (rest[0] == 'W') {
    std::string week = rest.substr(1, 2), day = rest.size() > 3 ? rest.substr(3) : "";
    if (dashed && !day.empty()) {
      if (day[0] != '-') return std::nullopt;
      day.erase(0, 1);
    }
    if (!AllDigits(week) || week.size() != 2 || (!day.empty() && (!AllDigits(day) || day.size() != 1)))
      return std::nullopt;
    int w = Num(week), d = day.empty() ? 1 : Num(day);
    if (w < 1 || w > WeeksInYear(year) || d < 1 || d > 7) return std::nullopt;
    return DaysFromWeekDate(year, w, d);
  }
  std::string month = rest.substr(0, 2), day = rest.size() > 2 ? rest.substr(2) : "";
  if (rest.size() == 3 && AllDigits(rest)) {  // ordinal day
    int ordinal = Num(rest);
    if (ordinal < 1 || ordinal > (IsLeapYear(year) ? 366 : 365)) return std::nullopt;
    return DaysFromCivil(year, 1, 1) + ordinal - 1;
  }
  if (dashed && !day.empty()) {
    if (day[0] != '-') return std::nullopt;
    day.erase(0, 1);
  }
  if (!AllDigits(month) || month.size() != 2 || (!day.empty() && (!AllDigits(day) || day.size() != 2)))
    return std::nullopt;
  int m = Num(month), d = day.empty() ? 1 : Num(day);
  if (!IsValidDate(year, m, d)) return std::nullopt;
  return DaysFromCivil(year, m, d);
}

std::optional<int64_t> DateDays(const std::string& text) {
  size_t i = 0;
  bool sign = !text.empty() && (text[0] == '+' || text[0] == '-');
  if (sign) ++i;
  size_t start = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && (sign || i - start < 4)) ++i;
  if (i - start < 4 || i - start > 9) return std::nullopt;
  int64_t year = std::atoll(text.substr(start, i - start).c_str());
  if (sign && text[0] == '-') year = -year;
  return DateAfterYear(year, text.substr(i));
}

// "21", "2140", "21:40", "214032.142", "21:40:32,142" as nanoseconds of the day.
std::optional<int64_t> TimeNanos(const std::string& text) {
  std::string main = text, fraction;
  size_t dot = text.find_first_of(".,");
  if (dot != std::string::npos) {
    main = text.substr(0, dot);
    fraction = text.substr(dot + 1);
    if (!AllDigits(fraction) || fraction.size() > 9) return std::nullopt;
  }
  std::string digits;
  bool colons = main.find(':') != std::string::npos;
  for (size_t i = 0; i < main.size(); ++i) {
    if (main[i] == ':') {
      if (i % 3 != 2) return std::nullopt;
      continue;
    }
    digits += main[i];
  }
  if (!AllDigits(digits) || digits.size() % 2 != 0 || digits.size() > 6) return std::nullopt;
  if (colons && main.size() != digits.size() + digits.size() / 2 - 1) return std::nullopt;
  if (!fraction.empty() && digits.size() != 6) return std::nullopt;
  int h = Num(digits.substr(0, 2)), m = digits.size() > 2 ? Num(digits.substr(2, 2)) : 0,
      s = digits.size() > 4 ? Num(digits.substr(4, 2)) : 0;
  if (h > 23 || m > 59 || s > 59) return std::nullopt;
  while (fraction.size() < 9) fraction += '0';
  return ((h * 3600 + m * 60 + s) * kNanosPerSecond) + std::atoll(fraction.c_str());
}

// A time of day with what follows it: "21:40:32+01:00[Europe/Stockholm]".
struct ZonedTime {
  int64_t nanos = 0;
  std::optional<int32_t> offset;
  std::string zone;
};

std::optional<ZonedTime> ParseZonedTime(const std::string& text) {
  std::string rest = text;
  ZonedTime out;
  size_t bracket = rest.find('[');
  if (bracket != std::string::npos) {
    if (rest.back() != ']') return std::nullopt;
    out.zone = rest.substr(bracket + 1, rest.size() - bracket - 2);
    if (!TimeZone::Find(out.zone)) return std::nullopt;
    rest = rest.substr(0, bracket);
  }
  size_t sign = rest.find_first_of("+-Zz");
  if (sign != std::string::npos) {
    out.offset = ParseOffset(rest.substr(sign));
    if (!out.offset) return std::nullopt;
    rest = rest.substr(0, sign);
  }
  auto nanos = TimeNanos(rest);
  if (!nanos) return std::nullopt;
  out.nanos = *nanos;
  return out;
}

bool SplitAtT(const std::string& text, std::string* date, std::string* time) {
  size_t t = text.find_first_of("Tt");
  *date = text.substr(0, t);
  *time = t == std::string::npos ? "" : text.substr(t + 1);
  return t == std::string::npos || !time->empty();
}

// One "12.5Y"-style component of a duration.
struct Amount {
  double value = 0;
  int64_t whole = 0;
  int64_t nanos = 0;  // the fraction in ns, for seconds
  bool fractional = false;
};

bool ReadAmount(const std::string& s, size_t* i, Amount* a) {
  size_t start = *i;
  if (*i < s.size() && (s[*i] == '+' || s[*i] == '-')) ++*i;
  size_t digits = *i;
  while (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i]))) ++*i;
  if (*i == digits) return false;
  std::string whole = s.substr(start, *i - start);
  a->whole = std::atoll(whole.c_str());
  a->value = static_cast<double>(a->whole);
  if (*i < s.size() && (s[*i] == '.' || s[*i] == ',')) {
    size_t f = ++*i;
    while (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i]))) ++*i;
    std::string fraction = s.substr(f, *i - f);
    if (fraction.empty() || fraction.size() > 9) return false;
    a->fractional = true;
    a->value = std::atof((whole + "." + fraction).c_str());
    while (fraction.size() < 9) fraction += '0';
    a->nanos = std::atoll(fraction.c_str()) * (whole[0] == '-' ? -1 : 1);
  }
  return true;
}

// P2012-02-02T14:37:21.545: the alternative form, a date-time of amounts.
std::optional<Temporal> AlternativeDuration(const std::string& body) {
  std::string date, time;
  if (!SplitAtT(body, &date, &time) || date.size() != 10 || date[4] != '-' || date[7] != '-')
    return std::nullopt;
  std::string y = date.substr(0, 4), mo = date.substr(5, 2), d = date.substr(8, 2);
  if (!AllDigits(y) || !AllDigits(mo) || !AllDigits(d)) return std::nullopt;
  int64_t nanos = 0;
  if (!time.empty()) {
    auto t = TimeNanos(time);
    if (!t) return std::nullopt;
    nanos = *t;
  }
  return MakeDuration(Num(y) * 12 + Num(mo), Num(d), 0, nanos);
}

}  // namespace

std::optional<Temporal> ParseDate(const std::string& text) {
  auto days = DateDays(text);
  if (!days) return std::nullopt;
  return MakeDate(*days);
}

std::optional<Temporal> ParseLocalTime(const std::string& text) {
  auto nanos = TimeNanos(text);
  if (!nanos) return std::nullopt;
  return MakeLocalTime(*nanos);
}

std::optional<Temporal> ParseTime(const std::string& text) {
  auto t = ParseZonedTime(text);
  if (!t || !t->zone.empty()) return std::nullopt;
  return MakeTime(t->nanos, t->offset.value_or(0));
}

std::optional<Temporal> ParseLocalDateTime(const std::string& text) {
  std::string date, time;
  if (!SplitAtT(text, &date, &time)) return std::nullopt;
  auto days = DateDays(date);
  auto nanos = time.empty() ? std::optional<int64_t>(0) : TimeNanos(time);
  if (!days || !nanos) return std::nullopt;
  return MakeLocalDateTime(*days, *nanos);
}

std::optional<Temporal> ParseDateTime(const std::string& text) {
  std::string date, time;
  if (!SplitAtT(text, &date, &time)) return std::nullopt;
  auto days = DateDays(date);
  auto zoned = time.empty() ? std::optional<ZonedTime>(ZonedTime{}) : ParseZonedTime(time);
  if (!days || !zoned) return std::nullopt;
  int32_t offset = zoned->offset.value_or(0);
  return MakeDateTime(*days, zoned->nanos, offset, zoned->zone, zoned->offset ? &offset : nullptr);
}

std::optional<Temporal> ParseDuration(const std::string& text) {
  size_t i = 0;
  int sign = 1;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) sign = text[i++] == '-' ? -1 : 1;
  if (i >= text.size() || (text[i] != 'P' && text[i] != 'p')) return std::nullopt;
  ++i;
  if (text.find('-', i) != std::string::npos && text.find(':') != std::string::npos) {
    auto alt = AlternativeDuration(text.substr(i));
    if (!alt || sign > 0) return alt;
    return MakeDuration(-alt->months, -alt->days, -alt->seconds, -alt->nanos);
  }
  // Units in order; a unit may appear once.
  static const char kDateUnits[] = {'Y', 'M', 'W', 'D'};
  static const char kTimeUnits[] = {'H', 'M', 'S'};
  Amount date[4], time[3];
  bool in_time = false, any = false;
  size_t next_date = 0, next_time = 0;
  while (i < text.size()) {
    if (text[i] == 'T' || text[i] == 't') {
      if (in_time) return std::nullopt;
      in_time = true;
      ++i;
      continue;
    }
    Amount a;
    if (!ReadAmount(text, &i, &a) || i >= text.size()) return std::nullopt;
    char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++])));
    const char* units = in_time ? kTimeUnits : kDateUnits;
    size_t count = in_time ? 3 : 4, &next = in_time ? next_time : next_date;
    while (next < count && units[next] != unit) ++next;
    if (next == count) return std::nullopt;
    (in_time ? time : date)[next++] = a;
    any = true;
  }
  if (!any) return std::nullopt;
  bool fractional = false;
  for (const Amount& a : date) fractional |= a.fractional;
  for (int u = 0; u < 2; ++u) fractional |= time[u].fractional;
  if (!fractional) {
    return MakeDuration(
        sign * (date[0].whole * 12 + date[1].whole), sign * (date[2].whole * 7 + date[3].whole),
        sign * (time[0].whole * 3600 + time[1].whole * 60 + time[2].whole), sign * time[2].nanos);
  }
  return ApproximateDuration(sign * (date[0].value * 12 + date[1].value),
                             sign * (date[2].value * 7 + date[3].value),
                             sign * (time[0].value * 3600 + time[1].value * 60 + time[2].value), 0);
}

}  // namespace kg::temporal
