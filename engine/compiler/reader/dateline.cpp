#include "engine/compiler/reader/dateline.h"

#include <cctype>

#include "engine/compiler/facts/dates.h"
#include "engine/compiler/text/sentence_splitter.h"

namespace kg::compiler {

namespace {

// "PORT AVERY", "Lindale, Veland": a few capitalised words, commas between them.
bool IsPlacePrefix(const std::vector<Token>& tokens, size_t end) {
  if (end == 0 || end > 6) return false;
  for (size_t k = 0; k < end; ++k)
    if (tokens[k].text != "," && !std::isupper(static_cast<unsigned char>(tokens[k].text[0]))) return false;
  return tokens[0].text != ",";
}

DatelineAt Position(const std::vector<Token>& tokens, const DateMention& date) {
  bool opens = date.first == 0 || IsPlacePrefix(tokens, date.first);
  bool closes = date.last + 1 == tokens.size();
  if (opens && closes) return DatelineAt::kWholeLine;
  if (!IsWeekday(tokens[date.first].lower)) return DatelineAt::kNone;
  if (date.first == 0) return DatelineAt::kLineStart;
  return closes ? DatelineAt::kLineEnd : DatelineAt::kNone;
}

}  // namespace

Dateline FindDateline(const std::string& text, const Line& line) {
  if (!HasDigit(std::string_view(text).substr(line.begin, line.end - line.begin))) return {};  // no date, not tokenized
  std::vector<Token> tokens = Tokenize(text, line.begin, line.end);
  for (const DateMention& date : FullDates(tokens)) {
    DatelineAt at = Position(tokens, date);
    if (at != DatelineAt::kNone) return {at, date.iso, tokens[date.first].begin, tokens[date.last].end};
  }
  return {};
}

}  // namespace kg::compiler
