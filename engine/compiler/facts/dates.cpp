#include "engine/compiler/facts/dates.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "engine/compiler/text/sentence_splitter.h"

namespace kg::compiler {

namespace {

int Month(const std::string& w) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3 || !std::isupper(static_cast<unsigned char>(w[0]))) return 0;
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m)
    if (lower.compare(0, 3, names[m]) == 0 && (lower.size() == 3 || lower.size() >= 4)) {
      static const char* full[] = {"january", "february", "march", "april", "may", "june", "july",
                                   "august", "september", "october", "november", "december"};
      if (lower.size() == 3 || lower == full[m] || (m == 8 && lower == "sept")) return m + 1;
    }
  return 0;
}

bool IsYear(const std::string& w) {
  return w.size() == 4 && std::isdigit(static_cast<unsigned char>(w[0])) && (w[0] == '1' || w[0] == '2') &&
         std::isdigit(static_cast<unsigned char>(w[1])) && std::isdigit(static_cast<unsigned char>(w[2])) &&
         std::isdigit(static_cast<unsigned char>(w[3]));
}

// The value of the decimal digits s[from, from + n), all digits.
int Digits(const std::string& s, size_t from, size_t n) {
  int value = 0;
  for (size_t k = from; k < from + n; ++k) value = value * 10 + (s[k] - '0');
  return value;
}

int Day(const std::string& w) {
  size_t digits = 0;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
  if (digits == 0 || digits > 2) return 0;
  int d = Digits(w, 0, digits);
  return d >= 1 && d <= 31 ? d : 0;
}

std::string Iso(int year, int month, int day) {
  char buf[16];
  if (day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

// "2014-01-28" and "2014-01-28T10" (the token an ISO timestamp starts with) -> "2014-01-28".
std::string IsoToken(const std::string& w) {
  if (w.size() < 10 || w[4] != '-' || w[7] != '-' || (w.size() > 10 && w[10] != 'T')) return "";
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(w[k]))) return "";
  int month = Digits(w, 5, 2), day = Digits(w, 8, 2);
  return IsYear(w.substr(0, 4)) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? w.substr(0, 10) : "";
}

// Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

std::string IsoFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1), month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Iso(static_cast<int>(era * 400 + yoe + (month <= 2)), month, day);
}

// 0 for Sunday .. 6 for Saturday, -1 for any other word.
int WeekdayIndex(std::string_view lower) {
  static constexpr std::string_view names[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int k = 0; k < 7; ++k)
    if (lower == names[k]) return k;
  return -1;
}

// The date a phrase that counts back from the article's date stands for, or "": "yesterday",
// "last year", "this year", "last month", and a weekday after "on" or "last" ("on Tuesday" in
// an article of Thursday 7 May 2015 is 5 May; "last Thursday" is 30 April). News reports the
// past, so a weekday is the latest one on or before the article's date ("last": before it).
std::string DateBefore(const std::vector<Token>& tokens, size_t i, const std::string& published) {
  const std::string_view w = tokens[i].lower;  // views: literals compared length first
  const std::string_view prev = i > 0 ? std::string_view(tokens[i - 1].lower) : std::string_view();
  // Most words are none of these: the date of publication is read only for those that are.
  if (w != "year" && w != "month" && w != "yesterday" && WeekdayIndex(w) < 0) return "";
  int year = std::stoi(published.substr(0, 4));
  if (w == "year" && (prev == "last" || prev == "this")) return Iso(year - (prev == "last"), 0, 0);
  if (published.size() < 10) return "";
  int month = std::stoi(published.substr(5, 2));
  int64_t today = DaysFromCivil(year, month, std::stoi(published.substr(8, 2)));
  if (w == "month" && prev == "last") return month == 1 ? Iso(year - 1, 12, 0) : Iso(year, month - 1, 0);
  if (w == "yesterday") return IsoFromDays(today - 1);
  int weekday = WeekdayIndex(w);
  if (weekday < 0 || (prev != "on" && prev != "last")) return "";
  int64_t today_weekday = ((today + 4) % 7 + 7) % 7;  // 1970-01-01 was a Thursday
  int64_t back = (today_weekday - weekday + 7) % 7;
  if (back == 0 && prev == "last") back = 7;
  return IsoFromDays(today - back);
}

}  // namespace

std::vector<DateMention> FindDates(const std::vector<Token>& tokens, const std::string& earlier,
                                   const std::string& published) {
  std::vector<DateMention> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string iso = IsoToken(tokens[i].text);
    if (!iso.empty()) {
      out.push_back({i, i, iso});
      continue;
    }
    std::string before = published.empty() ? "" : DateBefore(tokens, i, published);
    if (!before.empty()) {
      out.push_back({tokens[i].lower == "yesterday" ? i : i - 1, i, before});
      continue;
    }
    // "two years later", "a year later", "the following year": after the last date stated.
    const std::string& anchor = out.empty() ? earlier : out.back().iso;  // read before any push_back below
    if (!anchor.empty() && tokens[i].lower == "later" && i >= 2 &&
        (tokens[i - 1].lower == "years" || tokens[i - 1].lower == "year")) {
      std::optional<int64_t> n = tokens[i - 2].lower == "a" ? std::optional<int64_t>(1) : ParseNumber(tokens[i - 2].text);
      if (n && *n < 200) out.push_back({i - 2, i, Iso(std::stoi(anchor.substr(0, 4)) + static_cast<int>(*n), 0, 0)});
      continue;
    }
    if (!anchor.empty() && tokens[i].lower == "year" && i >= 1 &&
        (tokens[i - 1].lower == "following" || tokens[i - 1].lower == "next")) {
      out.push_back({i - 1, i, Iso(std::stoi(anchor.substr(0, 4)) + 1, 0, 0)});
      continue;
    }
    if (!IsYear(tokens[i].text)) continue;
    int year = std::stoi(tokens[i].text);
    size_t first = i;
    int month = 0, day = 0;
    if (i >= 1 && (month = Month(tokens[i - 1].text))) {
      first = i - 1;
      if (i >= 2 && (day = Day(tokens[i - 2].text))) first = i - 2;  // 18 August 2020
    } else if (i >= 3 && tokens[i - 1].text == "," && (month = Month(tokens[i - 3].text)) && Day(tokens[i - 2].text)) {
      day = Day(tokens[i - 2].text);  // August 18, 2020
      first = i - 3;
    }
    // "the 1990s" is a decade, not a year.
    if (i + 1 < tokens.size() && tokens[i + 1].text == "s") continue;
    out.push_back({first, i, Iso(year, month, day)});
  }
  return out;
}

bool IsWeekday(const std::string& lower) { return WeekdayIndex(lower) >= 0; }

bool HasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<DateMention> FullDates(const std::vector<Token>& tokens) {
  std::vector<DateMention> out;
  for (DateMention d : FindDates(tokens)) {
    if (d.iso.size() != 10) continue;
    if (d.first >= 2 && tokens[d.first - 1].text == "," && IsWeekday(tokens[d.first - 2].lower)) d.first -= 2;
    else if (d.first >= 1 && IsWeekday(tokens[d.first - 1].lower)) d.first -= 1;  // "Tuesday 28 January 2014"
    // The time of an ISO timestamp: "2014-01-28T10" ":" "00" ":" "00Z".
    while (d.last + 2 < tokens.size() && tokens[d.last + 1].text == ":" &&
           std::isdigit(static_cast<unsigned char>(tokens[d.last + 2].text[0])))
      d.last += 2;
    out.push_back(d);
  }
  return out;
}

std::string FirstDate(const std::string& text) {
  if (!HasDigit(text)) return "";  // no date, not tokenized
  auto dates = FindDates(Tokenize(text, 0, text.size()));
  return dates.empty() ? "" : dates[0].iso;
}

namespace {

// The closest of the dates `keep` accepts to `token`, by tokens between them.
template <typename Keep>
const DateMention* Nearest(const std::vector<DateMention>& dates, size_t token, Keep keep) {
  const DateMention* nearest = nullptr;
  size_t best = SIZE_MAX;
  for (const auto& d : dates) {
    if (!keep(d)) continue;
    size_t distance = d.last < token ? token - d.last : d.first > token ? d.first - token : 0;
    if (distance < best) best = distance, nearest = &d;
  }
  return nearest;
}

bool ClauseBoundaryAt(const std::vector<Token>& tokens, size_t k) {
  if (tokens[k].text == ";") return true;
  if (tokens[k].text != "," || k + 1 >= tokens.size()) return false;
  const std::string& next = tokens[k + 1].lower;
  return next == "and" || next == "but" || next == "while" || next == "although" || next == "whereas";
}

}  // namespace

const DateMention* NearestDate(const std::vector<DateMention>& dates, size_t token) {
  return Nearest(dates, token, [](const DateMention&) { return true; });
}

const DateMention* NearestDateInClause(const std::vector<Token>& tokens, const std::vector<DateMention>& dates,
                                       size_t token) {
  if (tokens.empty()) return nullptr;
  size_t begin = token, end = token;
  while (begin > 0 && !ClauseBoundaryAt(tokens, begin - 1)) --begin;
  while (end + 1 < tokens.size() && !ClauseBoundaryAt(tokens, end + 1)) ++end;
  return Nearest(dates, token, [&](const DateMention& d) {
    bool bounds_a_period = d.first > 0 && (tokens[d.first - 1].lower == "since" || tokens[d.first - 1].lower == "until");
    return d.first >= begin && d.last <= end && !bounds_a_period;
  });
}

std::optional<int64_t> ParseNumber(const std::string& word) {
  if (word.empty() || word.size() > 9) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(word[0]))) {
    if (word.size() > 6) return std::nullopt;
    int64_t n = 0;
    for (char c : word) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  // Every number word below is 3 to 9 letters long and starts with one of these.
  if (word.size() < 3 || std::string_view("zotfsenZOTFSEN").find(word[0]) == std::string_view::npos) return std::nullopt;
  static const std::unordered_map<std::string, int64_t> words = {
      {"zero", 0},      {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},      {"eleven", 11},
      {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19},  {"twenty", 20},   {"thirty", 30},   {"forty", 40},    {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},   {"eighty", 80},   {"ninety", 90}};
  std::string lower = word;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  auto it = words.find(lower);
  return it == words.end() ? std::nullopt : std::optional<int64_t>(it->second);
}

}  // namespace kg::compiler
