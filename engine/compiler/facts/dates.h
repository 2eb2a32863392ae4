// engine/compiler/facts/dates.h — dates and numbers in text, normalised.
//   "18 August 2020" -> "2020-08-18", "March 1994" -> "1994-03", "in 1993" -> "1993",
//   "in 2016 ... two years later" -> "2018".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

struct DateMention {
  size_t first = 0, last = 0;  // token range
  std::string iso;             // ISO partial date
};

// Dates stated in a sentence, in order. Relative ones ("two years later", "the following
// year") count from the last date before them: in the sentence, else `earlier` (the last
// date of the article's earlier sentences), and are left out when there is none.
std::vector<DateMention> FindDates(const std::vector<Token>& tokens, const std::string& earlier = "");

// The date closest to `token` (by tokens between them), or nullptr if there is none.
const DateMention* NearestDate(const std::vector<DateMention>& dates, size_t token);

// The date closest to `token` within its clause (clauses end at ";" and at ", and", ", but",
// ", while", ", although", ", whereas"), or nullptr: in "In 2022 she won X, and last month
// Y won Z" the second win has no date. "since 1952" and "until 2001" bound a period and are
// not the date of an event.
const DateMention* NearestDateInClause(const std::vector<Token>& tokens, const std::vector<DateMention>& dates,
                                       size_t token);

// The first date in a line of text ("Published: 16:59, 18 August 2020"), or "".
std::string FirstDate(const std::string& text);

// "25", "twenty" -> 25; nullopt for anything else.
std::optional<int64_t> ParseNumber(const std::string& word);

}  // namespace kg::compiler
