// engine/compiler/text/normalize.h — straightening quotes, dashes and spaces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::compiler {

// Curly quotes -> ' and ", en/em dashes -> -, non-breaking and other spaces -> ' ',
// bullets -> '*'. Used on names and metadata; offsets always refer to the original text.
std::string Normalize(std::string_view s);

std::string Trim(std::string_view s);

// ASCII lower case, for comparing words.
std::string Lower(std::string_view s);

// Whether the word starts with a capital letter: ASCII, and the capitals of Latin-1, Latin
// Extended-A, Greek and Cyrillic in UTF-8 ("Évariste", "Łódź", "Ωmega").
bool StartsWithCapital(std::string_view word);

// Whether `word` ends with `ending`.
inline bool EndsWith(std::string_view word, std::string_view ending) {
  return word.size() >= ending.size() && word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

// The whitespace-separated words of s.
std::vector<std::string> Words(std::string_view s);

// Whether a byte may open a code point that Normalize rewrites: only these two lead bytes do,
// so a caller testing every byte of a text skips the rest without a call.
inline bool MayOpenSpecialCodePoint(char c) {
  return static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xE2;
}

size_t SpecialCodePointAfterLeadByte(std::string_view s, size_t i, char* ascii);

// Length in bytes of the punctuation or space code point at s[i] that Normalize rewrites,
// with its replacement in *ascii; 0 when s[i] starts something else.
inline size_t SpecialCodePoint(std::string_view s, size_t i, char* ascii) {
  return i < s.size() && MayOpenSpecialCodePoint(s[i]) ? SpecialCodePointAfterLeadByte(s, i, ascii) : 0;
}

}  // namespace kg::compiler
