#include <algorithm>
#include <cctype>

#include "kg/script.h"

namespace kg {

namespace {

// Walks the script character by character, tracking quotes and comments, and calls
// on_end(position) at each statement-ending `;`.
template <typename OnEnd>
void Scan(std::string_view s, OnEnd on_end) {
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == '\\' && quote != '`') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"' || c == '`') {
      quote = c;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      size_t end = s.find("*/", i + 2);
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == ';') {
      on_end(i);
    }
  }
}

// True when the text holds something other than whitespace and comments.
bool HasCode(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) continue;
    if (s.compare(i, 2, "//") == 0) {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (s.compare(i, 2, "/*") == 0) {
      size_t end = s.find("*/", i + 2);
      if (end == std::string_view::npos) return false;
      i = end + 1;
    } else {
      return true;
    }
  }
  return false;
}

int LineAt(std::string_view s, size_t pos) {
  int line = 1;
  for (size_t i = 0; i < pos && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

std::vector<ScriptStatement> SplitScript(std::string_view script) {
  std::string text(script);
  if (text.rfind("#!", 0) == 0) {  // blank the shebang line, keeping line numbers
    size_t eol = std::min(text.find('\n'), text.size());
    std::fill(text.begin(), text.begin() + static_cast<long>(eol), ' ');
  }
  std::vector<ScriptStatement> out;
  size_t start = 0;
  auto add = [&](size_t end) {
    std::string_view piece = std::string_view(text).substr(start, end - start);
    if (HasCode(piece)) {
      size_t first = start;
      while (first < end && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
      // A statement's line is its first code line, so comments above it don't shift errors.
      out.push_back({Trim(piece), LineAt(text, first)});
    }
    start = end + 1;
  };
  Scan(text, add);
  if (start < text.size()) add(text.size());
  return out;
}

bool IsInputComplete(std::string_view input) {
  size_t last = std::string_view::npos;
  Scan(input, [&](size_t pos) { last = pos; });
  return last != std::string_view::npos && !HasCode(input.substr(last + 1));
}

}  // namespace kg
