// engine/format/table_layout.h — fitting a table into a terminal: column widths and the
// lines a cell wraps into. Widths are terminal columns (display_width.cpp).
#pragma once

#include <string>
#include <vector>

namespace kg::format {

// Terminal columns of UTF-8 text: 2 for East Asian wide characters and emoji ('東', '😀'),
// 0 for combining marks and joiners, 1 for the rest.
size_t DisplayWidth(const std::string& text);
size_t CharWidth(char32_t c);

// The code point starting at byte *i of UTF-8 text; *i moves past it.
char32_t DecodeAt(const std::string& text, size_t* i);

// Column widths for a table whose columns need `natural` widths, so that the whole table,
// borders included ("| " + " | " ... " |"), fits in `max_width`: columns narrower than a
// fair share keep their width, the wide ones share the rest equally, never below
// `min_width`. max_width 0 (no terminal) keeps every natural width.
//   natural {4, 300}, max_width 80 -> {4, 69}
std::vector<size_t> FitWidths(const std::vector<size_t>& natural, size_t max_width, size_t min_width = 8);

// The lines of a cell `width` wide: split at line breaks, then wrapped at the last space
// that fits (or mid-word when a word is longer than the column). width 0: only the
// line breaks split.
std::vector<std::string> WrapCell(const std::string& text, size_t width);

}  // namespace kg::format
