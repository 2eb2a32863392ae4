// engine/compiler/facts/dates.h — dates and numbers in text, normalised.
//   "18 August 2020" -> "2020-08-18", "March 1994" -> "1994-03", "in 1993" -> "1993",
//   "in 2016 ... two years later" -> "2018", "2014-01-28T10:00:00Z" -> "2014-01-28",
//   "last Tuesday" in an article of Thursday 2015-05-07 -> "2015-05-05".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

struct DateMention {
  size_t first = 0, last = 0;  // token range
  std::string iso;             // ISO partial date
};

// Dates stated in a sentence, in order, ISO ones ("2014-01-28") included. Relative ones
// ("two years later", "the following year") count from the last date before them: in the
// sentence, else `earlier` (the last date of the article's earlier sentences), and are left
// out when there is none. Those that count back from the day of writing ("yesterday", "last
// year", "last month", "on Tuesday", "last Tuesday") are placed against `published`, the
// article's date, and left out when it is unknown.
std::vector<DateMention> FindDates(const std::vector<Token>& tokens, const std::string& earlier = "",
                                   const std::string& published = "");

// The dates written to the day ("28 January 2014", "2014-01-28"), each widened to take the
// weekday before it ("Tuesday, January 28, 2014") and the time of an ISO timestamp
// ("2014-01-28T10:00:00Z"): the shapes an article's own date is written in.
std::vector<DateMention> FullDates(const std::vector<Token>& tokens);

// "tuesday" (lower case) -> true.
bool IsWeekday(const std::string& lower);

// The date closest to `token` (by tokens between them), or nullptr if there is none.
const DateMention* NearestDate(const std::vector<DateMention>& dates, size_t token);

// The date closest to `token` within its clause (clauses end at ";" and at ", and", ", but",
// ", while", ", although", ", whereas"), or nullptr: in "In 2022 she won X, and later Y
// won Z" the second win has no date. "since 1952" and "until 2001" bound a period and are
// not the date of an event.
const DateMention* NearestDateInClause(const std::vector<Token>& tokens, const std::vector<DateMention>& dates,
                                       size_t token);

// The first date in a line of text ("Published: 16:59, 18 August 2020"), or "".
std::string FirstDate(const std::string& text);

// Whether text holds an ASCII digit. Every date FindDates finds without an earlier or a
// published date has one ("2014", "28 May 2014"): text without any states none.
bool HasDigit(std::string_view text);

// "25", "twenty" -> 25; nullopt for anything else.
std::optional<int64_t> ParseNumber(const std::string& word);

}  // namespace kg::compiler
