#include "engine/compiler/text/sentence_splitter.h"

#include <cctype>
#include <iterator>
#include <set>
#include <utility>

#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

// ASCII letters and digits, as std::isalnum gives them in every locale, without its call.
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)); }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)); }

// Abbreviations written before a name or a number, which never end a sentence: "Dr. Ng",
// "St. Louis", "Gen. Avila", "Jan. 5", "No. 10".
const std::set<std::string>& LeadingAbbreviations() {
  static const std::set<std::string> words = {
      "Mr",  "Mrs", "Ms",  "Dr",  "PC",  "St",  "Sgt", "Insp", "Det", "Supt", "Cllr", "Prof", "Rev", "Gen",
      "Col", "Capt", "Lt", "Maj", "No",  "Mt",  "Ft",  "Gov",  "Sen", "Rep",  "vs",   "Jan",  "Feb", "Mar",
      "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return words;
}

// Abbreviations that close a name or a list, and may end a sentence: "Acme Inc.", "Ruiz Jr.",
// "etc.". ("Co." also opens "Co. Durham"; the word after it tells.)
const std::set<std::string>& ClosingAbbreviations() {
  static const std::set<std::string> words = {"Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Bros", "etc"};
  return words;
}

// Words that open a sentence and seldom continue a name: after "in the U.S." or "Acme Inc."
// one of these starts the next sentence, while "U.S. Army" and "Inc. Magazine" go on.
bool OpensSentence(const std::string& word) {
  static const std::set<std::string> words = {
      "He",  "She", "It",    "They", "We",   "I",   "You",   "The",  "This",    "That",   "These", "Those",
      "There", "His", "Her", "Their", "Its", "Our", "But",   "And",  "In",      "On",     "At",    "After",
      "When", "While", "However", "Meanwhile", "If", "As", "So"};
  return words.count(word) > 0;
}

bool BetweenDigits(const std::string& text, size_t j) {
  return j > 0 && j + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[j - 1])) &&
         std::isdigit(static_cast<unsigned char>(text[j + 1]));
}

// End of the group of one or two letters at text[j], or j.
size_t LetterGroupEnd(const std::string& text, size_t j, size_t end) {
  size_t k = j;
  while (k < end && k - j < 3 && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
  return k - j > 2 ? j : k;
}

// "U.S.", "U.K.", "e.g.", "a.m.", "Ph.D.", "J.R.R.": two or more groups of one or two letters,
// each with its dot ("the U.S government": the last may lack it). Returns the end of the
// abbreviation, final dot included, or `i`.
size_t DottedAbbreviationEnd(const std::string& text, size_t i, size_t end) {
  size_t j = i, groups = 0;
  for (size_t k; (k = LetterGroupEnd(text, j, end)) > j && k < end && text[k] == '.'; j = k + 1) ++groups;
  if (size_t k = groups == 1 ? LetterGroupEnd(text, j, end) : j; k > j) j = k, ++groups;  // "U.S"
  return groups >= 2 && (j >= end || !IsWordByte(static_cast<unsigned char>(text[j]))) ? j : i;
}

// Length of the apostrophe of "O'Brien", "D'Arcy", "L'Enfant", "d'Alembert" at text[j] (one
// capital, or the particle "d" or "l", before it, a capitalised word after), or 0. "Warhol's"
// stays "Warhol" "'" "s": a tagger reads the "'s".
size_t NameApostropheAt(const std::string& text, size_t i, size_t j, size_t end) {
  if (j != i + 1 || !(IsUpper(text[i]) || text[i] == 'd' || text[i] == 'l')) return 0;
  char ascii = text[j];
  size_t n = SpecialCodePoint(text, j, &ascii);
  if (n == 0) n = 1;
  if (ascii != '\'') return 0;
  return j + n + 1 < end && IsUpper(text[j + n]) && IsLower(text[j + n + 1]) ? n : 0;
}

// End of the word starting at text[i]: letters and digits, inner hyphens ("father-of-two"),
// number separators and decimal points ("1,000", "4.5"), the "&" of "AT&T" and the
// apostrophe of "O'Brien".
size_t WordEnd(const std::string& text, size_t i, size_t end) {
  size_t j = i;
  while (j < end) {
    unsigned char d = static_cast<unsigned char>(text[j]);
    bool letter_next = j + 1 < end && IsWordByte(static_cast<unsigned char>(text[j + 1]));
    char ascii;
    if (size_t n = NameApostropheAt(text, i, j, end)) j += n;
    else if (SpecialCodePoint(text, j, &ascii)) break;
    else if (IsWordByte(d)) ++j;
    else if (letter_next && (d == '-' || ((d == '.' || d == ',') && BetweenDigits(text, j)))) ++j;
    else if (d == '&' && j > i && IsUpper(text[j - 1]) && j + 1 < end && IsUpper(text[j + 1])) ++j;
    else break;
  }
  return j;
}

void AddToken(const std::string& text, size_t begin, size_t end, std::vector<Token>* tokens) {
  std::string word = Normalize(std::string_view(text).substr(begin, end - begin));
  std::string lower = Lower(word);
  tokens->emplace_back(begin, end, std::move(word), std::move(lower));
}

}  // namespace

std::vector<Token> Tokenize(const std::string& text, size_t begin, size_t end) {
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 4);  // news text: a token per five or six bytes
  size_t i = begin;
  while (i < end) {
    char ascii;
    size_t special = SpecialCodePoint(text, i, &ascii);
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (special) {
      if (ascii != ' ') tokens.emplace_back(i, i + special, std::string(1, ascii), std::string(1, ascii));
      i += special;
    } else if (std::isspace(c)) {
      ++i;
    } else if (IsWordByte(c)) {
      size_t j = DottedAbbreviationEnd(text, i, end);
      if (j == i) j = WordEnd(text, i, end);
      AddToken(text, i, j, &tokens);
      i = j;
    } else {
      AddToken(text, i, i + 1, &tokens);
      ++i;
    }
  }
  return tokens;
}

namespace {

// Whether tokens[i] ends a sentence, judged by the words around it (the caller still
// requires the next word to be capitalised).
bool EndsSentenceAt(const std::vector<Token>& tokens, size_t i) {
  const std::string& t = tokens[i].text;
  auto next_opens = [&] { return i + 1 < tokens.size() && OpensSentence(tokens[i + 1].text); };
  if (t == "!" || t == "?") return true;
  if (t != ".") return t.size() > 2 && t.back() == '.' && next_opens();  // "in the U.S. He said"
  if (i == 0) return true;
  const std::string& prev = tokens[i - 1].text;
  if (LeadingAbbreviations().count(prev) || (prev.size() == 1 && IsUpper(prev[0]))) return false;  // "J. Ruiz"
  return !ClosingAbbreviations().count(prev) || next_opens();
}

// The [first, last] token ranges of the sentences of one line's tokens.
std::vector<std::pair<size_t, size_t>> SentenceRanges(const std::vector<Token>& tokens) {
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t start = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool last = i + 1 == tokens.size();
    bool stop = EndsSentenceAt(tokens, i);
    if (!stop && !last) continue;
    size_t end = i;
    // A closing quote after the full stop belongs to the sentence; one after a space opens the next.
    while (end + 1 < tokens.size() && (tokens[end + 1].text == "\"" || tokens[end + 1].text == "'") &&
           tokens[end + 1].begin == tokens[end].end)
      ++end;
    if (!last && stop && end + 1 < tokens.size()) {
      const std::string& next = tokens[end + 1].text;
      if (!IsUpper(next[0]) && !std::isdigit(static_cast<unsigned char>(next[0])) && next != "\"" && next != "'" &&
          next != "(")
        continue;
    }
    ranges.emplace_back(start, end);
    start = end + 1;
    i = end;
  }
  return ranges;
}

}  // namespace

void SplitSentences(ArticleAnalysis* article) {
  for (const auto& line : article->lines) {
    if (line.kind != LineKind::kBody && line.kind != LineKind::kCaption && line.kind != LineKind::kStandfirst &&
        line.kind != LineKind::kTitle)
      continue;
    std::vector<Token> tokens = Tokenize(article->text, line.begin, line.end);
    // The ranges are found first: their tokens then move into the sentences.
    for (auto [first, last] : SentenceRanges(tokens)) {
      Sentence s;
      s.kind = line.kind == LineKind::kTitle ? LineKind::kStandfirst : line.kind;
      s.tokens.assign(std::make_move_iterator(tokens.begin() + static_cast<long>(first)),
                      std::make_move_iterator(tokens.begin() + static_cast<long>(last) + 1));
      s.begin = s.tokens.front().begin;
      s.end = s.tokens.back().end;
      article->sentences.push_back(std::move(s));
    }
  }
}

}  // namespace kg::compiler
