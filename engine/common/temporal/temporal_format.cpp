// Temporal::ToString: ISO 8601 as java.time (and so Neo4j) writes it. Seconds appear only
// when not zero, fractions in groups of three digits (12:31:14.645876), years outside
// 0000..9999 with a sign (+10000-01-01), durations as P[nY][nM][nD][T[nH][nM][n.fS]].
#include <cstdio>

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/time_zone.h"
#include "kg/temporal.h"

namespace kg {
namespace {

using temporal::kNanosPerSecond;

std::string FormatDate(int64_t days) {
  temporal::CivilDate c = temporal::CivilFromDays(days);
  char buf[32];
  if (c.year > 9999)
    std::snprintf(buf, sizeof buf, "+%lld-%02d-%02d", static_cast<long long>(c.year), c.month, c.day);
  else if (c.year < 0)
    std::snprintf(buf, sizeof buf, "-%04lld-%02d-%02d", static_cast<long long>(-c.year), c.month, c.day);
  else
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", static_cast<long long>(c.year), c.month, c.day);
  return buf;
}

std::string FormatTime(int64_t nanos) {
  int64_t s = nanos / kNanosPerSecond, n = nanos % kNanosPerSecond;
  char buf[40];
  int len = std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(s / 3600),
                          static_cast<long long>(s / 60 % 60));
  if (s % 60 != 0 || n != 0)
    len += std::snprintf(buf + len, sizeof buf - len, ":%02lld", static_cast<long long>(s % 60));
  if (n == 0) return buf;
  if (n % 1000000 == 0)
    std::snprintf(buf + len, sizeof buf - len, ".%03lld", static_cast<long long>(n / 1000000));
  else if (n % 1000 == 0)
    std::snprintf(buf + len, sizeof buf - len, ".%06lld", static_cast<long long>(n / 1000));
  else
    std::snprintf(buf + len, sizeof buf - len, ".%09lld", static_cast<long long>(n));
  return buf;
}

void AppendUnit(std::string* out, int64_t n, char unit) {
  if (n != 0) *out += std::to_string(n) + unit;
}

// Seconds and nanos of a duration written as one signed decimal, split into H, M and S as
// Neo4j does: -60.001 s is "-1M-0.001S".
void AppendTimePart(std::string* out, int64_t seconds, int64_t nanos) {
  bool negative = seconds < 0;
  if (negative && nanos != 0) {
    ++seconds;
    nanos = kNanosPerSecond - nanos;
  }
  *out += 'T';
  AppendUnit(out, seconds / 3600, 'H');
  AppendUnit(out, seconds % 3600 / 60, 'M');
  int64_t s = seconds % 60;
  if (s == 0 && nanos == 0) return;
  *out += (negative && s == 0 ? "-" : "") + std::to_string(s);
  if (nanos != 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(nanos));
    std::string fraction = buf;
    while (fraction.back() == '0') fraction.pop_back();
    *out += fraction;
  }
  *out += 'S';
}

std::string FormatDuration(const Temporal& d) {
  std::string out = "P";
  AppendUnit(&out, d.months / 12, 'Y');
  AppendUnit(&out, d.months % 12, 'M');
  AppendUnit(&out, d.days, 'D');
  if (d.seconds != 0 || d.nanos != 0) AppendTimePart(&out, d.seconds, d.nanos);
  return out == "P" ? "PT0S" : out;
}

}  // namespace

std::string Temporal::ToString() const {
  switch (kind) {
    case Kind::kDate:
      return FormatDate(days);
    case Kind::kLocalTime:
      return FormatTime(nanos);
    case Kind::kTime:
      return FormatTime(nanos) + temporal::FormatOffset(offset);
    case Kind::kLocalDateTime:
      return FormatDate(days) + "T" + FormatTime(nanos);
    case Kind::kDateTime:
      return FormatDate(days) + "T" + FormatTime(nanos) + temporal::FormatOffset(offset) +
             (zone.empty() ? "" : "[" + zone + "]");
    case Kind::kDuration:
      return FormatDuration(*this);
  }
  return "";
}

}  // namespace kg
