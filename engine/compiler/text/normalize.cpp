#include "engine/compiler/text/normalize.h"

#include "engine/common/ascii.h"

#include <cctype>

namespace kg::compiler {

size_t SpecialCodePointAfterLeadByte(std::string_view s, size_t i, char* ascii) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (at(0) == 0xC2 && at(1) == 0xA0) return *ascii = ' ', 2;  // no-break space
  if (at(0) != 0xE2) return 0;
  if (at(1) == 0x80) {
    switch (at(2)) {
      case 0x98: case 0x99: case 0x9B: return *ascii = '\'', 3;
      case 0x9C: case 0x9D: case 0x9F: return *ascii = '"', 3;
      case 0x93: case 0x94: case 0x92: return *ascii = '-', 3;
      case 0xA2: return *ascii = '*', 3;  // bullet
      case 0xA6: return *ascii = '.', 3;  // ellipsis
      default:
        if (at(2) >= 0x80 && at(2) <= 0x8A) return *ascii = ' ', 3;  // typographic spaces
        if (at(2) == 0xAF) return *ascii = ' ', 3;
    }
  }
  return 0;
}

std::string Normalize(std::string_view s) {
  // Most text has nothing to rewrite: it is copied in runs between the bytes that may.
  std::string out;
  out.reserve(s.size());
  size_t run = 0;
  for (size_t i = 0; i < s.size();) {
    char ascii;
    size_t n = SpecialCodePoint(s, i, &ascii);
    if (n == 0) {
      ++i;
      continue;
    }
    out.append(s, run, i - run);
    out += ascii;
    i += n;
    run = i;
  }
  out.append(s, run, s.size() - run);
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string Lower(std::string_view s) { return AsciiLower(s); }

namespace {

// std::isspace, without its call for ASCII, which every locale classifies alike.
bool IsSpace(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  if (u < 0x80) return u == ' ' || (u >= '\t' && u <= '\r');
  return std::isspace(u);
}

// Calls f(begin, end) for each whitespace-separated word of s.
template <typename F>
void ForEachWord(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) f(start, i);
  }
}

}  // namespace

std::vector<std::string> Words(std::string_view s) {
  size_t n = 0;
  ForEachWord(s, [&](size_t, size_t) { ++n; });
  std::vector<std::string> out;
  out.reserve(n);  // counted first: one allocation
  ForEachWord(s, [&](size_t begin, size_t end) { out.emplace_back(s.substr(begin, end - begin)); });
  return out;
}

bool StartsWithCapital(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if ((c >> 5) != 6 || w.size() < 2) return false;  // only two-byte sequences hold these capitals
  unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(w[1]) & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // À..Þ but not ×
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;  // Latin Extended-A pairs capital, small
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);  // Greek, Cyrillic
}

}  // namespace kg::compiler
