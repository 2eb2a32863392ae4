#include "engine/format/table_layout.h"

#include <algorithm>

namespace kg::format {

namespace {

// Byte offset of the end of the longest run of `text` from `start` that is at most `width`
// columns wide (at least one character, so that a wide one in a narrow column still moves).
size_t Advance(const std::string& text, size_t start, size_t width) {
  size_t i = start, used = 0;
  while (i < text.size()) {
    size_t next = i;
    size_t w = CharWidth(DecodeAt(text, &next));
    if (used + w > width && i > start) break;
    used += w;
    i = next;
  }
  return i;
}

// One line of text (no '\n') into pieces at most `width` wide.
void WrapLine(const std::string& line, size_t width, std::vector<std::string>* out) {
  size_t start = 0;
  while (DisplayWidth(line.substr(start)) > width) {
    size_t end = Advance(line, start, width);
    if (line[end] != ' ') {  // break between words where one ends in the column
      size_t space = line.rfind(' ', end);
      if (space != std::string::npos && space > start) end = space;
    }
    out->push_back(line.substr(start, end - start));
    start = end;
    while (start < line.size() && line[start] == ' ') ++start;  // the break eats the spaces
  }
  out->push_back(line.substr(start));
}

}  // namespace

std::vector<size_t> FitWidths(const std::vector<size_t>& natural, size_t max_width, size_t min_width) {
  size_t borders = 3 * natural.size() + 1;
  size_t total = borders;
  for (size_t w : natural) total += w;
  if (max_width == 0 || total <= max_width) return natural;
  std::vector<size_t> widths(natural.size(), 0);
  std::vector<bool> fixed(natural.size(), false);
  size_t available = max_width > borders ? max_width - borders : 0, open = natural.size();
  // Columns narrower than the fair share keep their width; the share then grows for the rest.
  for (bool changed = true; changed && open > 0;) {
    changed = false;
    size_t share = available / open;
    for (size_t i = 0; i < natural.size(); ++i) {
      if (fixed[i] || natural[i] > share) continue;
      widths[i] = natural[i];
      fixed[i] = changed = true;
      available -= natural[i];
      --open;
    }
  }
  for (size_t i = 0; i < natural.size(); ++i)
    if (!fixed[i]) widths[i] = std::max(min_width, open ? available / open : min_width);
  return widths;
}

std::vector<std::string> WrapCell(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (width == 0)
      lines.push_back(line);
    else
      WrapLine(line, width, &lines);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace kg::format
