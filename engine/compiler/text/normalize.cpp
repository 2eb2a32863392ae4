#include "engine/compiler/text/normalize.h"

#include "engine/common/ascii.h"

#include <cctype>

namespace kg::compiler {

size_t SpecialCodePoint(std::string_view s, size_t i, char* ascii) {
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
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char ascii;
    size_t n = SpecialCodePoint(s, i, &ascii);
    if (n) {
      out += ascii;
      i += n;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string Lower(std::string_view s) { return AsciiLower(s); }

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace kg::compiler
