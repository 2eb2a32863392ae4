#include "engine/compiler/facts/dates.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
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

int Day(const std::string& w) {
  std::string digits;
  for (char c : w)
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else break;
  if (digits.empty() || digits.size() > 2) return 0;
  int d = std::stoi(digits);
  return d >= 1 && d <= 31 ? d : 0;
}

std::string Iso(int year, int month, int day) {
  char buf[16];
  if (day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

}  // namespace

std::vector<DateMention> FindDates(const std::vector<Token>& tokens, const std::string& earlier) {
  std::vector<DateMention> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    // "two years later", "a year later", "the following year": after the last date stated.
    std::string anchor = out.empty() ? earlier : out.back().iso;
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

std::string FirstDate(const std::string& text) {
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
