// engine/compiler/reader/dateline.h — the article's own date, where a head line states it.
#pragma once

#include <string>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

enum class DatelineAt { kNone, kWholeLine, kLineStart, kLineEnd };

struct Dateline {
  DatelineAt at = DatelineAt::kNone;
  std::string iso;            // "2014-01-28"
  size_t begin = 0, end = 0;  // the dateline's bytes in the article text
};

// A date written to the day that a line is, opens or closes:
//   kWholeLine  "Tuesday, January 28, 2014", "28 January 2014", "2014-01-28T10:00:00Z", and
//               after a place, "PORT AVERY 1996-12-06", "Lindale, Veland 1996-12-06";
//   kLineStart  "Thursday, May 7, 2015 On Tuesday, the council ..." (the story follows);
//   kLineEnd    "Mayor opens bridge Tuesday, January 28, 2014" (a headline with its date).
// A date opening or closing a longer line must name its weekday: "28 January 2014 was the
// coldest day" opens a sentence, not a dateline. kNone for anything else.
Dateline FindDateline(const std::string& text, const Line& line);

}  // namespace kg::compiler
