#include "engine/knowledge/search_terms.h"

#include <algorithm>
#include <array>

namespace kg::knowledge {

namespace {

// Lucene's English stop words: a short, well-known list. "no" and "not" are in it not because
// they mean nothing but because they are too common to tell sentences apart.
constexpr std::array<std::string_view, 33> kStopWords = {
    "a",   "an",    "and",  "are",   "as",    "at",   "be",   "but", "by",  "for",  "if",
    "in",  "into",  "is",   "it",    "no",    "not",  "of",   "on",  "or",  "such", "that",
    "the", "their", "then", "there", "these", "they", "this", "to",  "was", "will", "with"};

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsWordByte(unsigned char c) { return IsAsciiAlnum(c) || c == '\'' || c >= 0x80; }
bool IsAsciiWord(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Typeset punctuation read as ASCII, so that it parts words as ASCII punctuation does: the
// curly apostrophe (U+2019) as '\'', the rest of General Punctuation (U+2000-U+206F: curly
// quotes, dashes, ellipsis, thin spaces) and the no-break space and guillemets as a space.
// "‘gangster mode’" is then the words gangster and mode.
std::string AsciiPunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    if (byte(0) == 0xE2 && (byte(1) == 0x80 || byte(1) == 0x81) && byte(2) >= 0x80 && byte(2) <= 0xBF) {
      out += byte(1) == 0x80 && byte(2) == 0x99 ? '\'' : ' ';
      i += 2;
    } else if (byte(0) == 0xC2 && (byte(1) == 0xA0 || byte(1) == 0xAB || byte(1) == 0xBB)) {
      out += ' ';
      i += 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

// A word as a term: lower case, without its possessive "'s" and other apostrophes ("don't").
std::string Normalize(std::string word) {
  for (auto& c : word)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
  word.erase(std::remove(word.begin(), word.end(), '\''), word.end());
  return word;
}

// Porter's consonant: not a vowel, and 'y' only at the start or after a vowel ("toy", not "by").
bool IsConsonant(const std::string& w, size_t i) {
  switch (w[i]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return false;
    case 'y':
      return i == 0 || !IsConsonant(w, i - 1);
    default:
      return true;
  }
}

// Porter's measure m of w[0, end): the number of vowel-consonant sequences ("trouble" 1, "oaten" 2).
int Measure(const std::string& w, size_t end) {
  int m = 0;
  bool in_vowels = false;
  for (size_t i = 0; i < end; ++i) {
    bool consonant = IsConsonant(w, i);
    if (consonant && in_vowels) ++m;
    in_vowels = !consonant;
  }
  return m;
}

bool HasVowel(const std::string& w, size_t end) {
  for (size_t i = 0; i < end; ++i)
    if (!IsConsonant(w, i)) return true;
  return false;
}

bool EndsWith(const std::string& w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool EndsWithDoubleConsonant(const std::string& w) {
  size_t n = w.size();
  return n >= 2 && w[n - 1] == w[n - 2] && IsConsonant(w, n - 1);
}

// Consonant-vowel-consonant at the end, the last not w, x or y ("hop", not "snow"): a short
// stem that gets its 'e' back ("hoping" -> "hope").
bool EndsCvc(const std::string& w) {
  size_t n = w.size();
  if (n < 3 || !IsConsonant(w, n - 1) || IsConsonant(w, n - 2) || !IsConsonant(w, n - 3)) return false;
  char last = w[n - 1];
  return last != 'w' && last != 'x' && last != 'y';
}

void Step1a(std::string& w) {
  if (EndsWith(w, "sses") || EndsWith(w, "ies"))
    w.resize(w.size() - 2);
  else if (EndsWith(w, "s") && !EndsWith(w, "ss"))
    w.pop_back();
}

// After -ed or -ing came off: "conflat(ed)" -> "conflate", "hopp(ing)" -> "hop", "fil(ing)" -> "file".
void TidyStem(std::string& w) {
  if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
    w += 'e';
  else if (EndsWithDoubleConsonant(w) && !EndsWith(w, "l") && !EndsWith(w, "s") && !EndsWith(w, "z"))
    w.pop_back();
  else if (Measure(w, w.size()) == 1 && EndsCvc(w))
    w += 'e';
}

void Step1b(std::string& w) {
  if (EndsWith(w, "eed")) {
    if (Measure(w, w.size() - 3) > 0) w.pop_back();
    return;
  }
  for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
    if (EndsWith(w, suffix) && HasVowel(w, w.size() - suffix.size())) {
      w.resize(w.size() - suffix.size());
      TidyStem(w);
      return;
    }
  }
}

void Step1c(std::string& w) {
  if (EndsWith(w, "y") && HasVowel(w, w.size() - 1)) w.back() = 'i';
}

}  // namespace

bool IsStopWord(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

std::string Stem(std::string word) {
  if (word.size() <= 2) return word;  // Porter leaves "is", "as" alone
  Step1a(word);
  Step1b(word);
  Step1c(word);
  return word;
}

std::vector<std::string> SearchTerms(std::string_view text) {
  std::string straight = AsciiPunctuation(text);
  std::vector<std::string> terms;
  size_t i = 0;
  while (i < straight.size()) {
    while (i < straight.size() && !IsWordByte(static_cast<unsigned char>(straight[i]))) ++i;
    size_t start = i;
    while (i < straight.size() && IsWordByte(static_cast<unsigned char>(straight[i]))) ++i;
    std::string word = Normalize(straight.substr(start, i - start));
    if (word.empty() || IsStopWord(word)) continue;
    terms.push_back(IsAsciiWord(word) ? Stem(std::move(word)) : std::move(word));
  }
  return terms;
}

}  // namespace kg::knowledge
