// engine/common/ascii.h — ASCII case folding, for keywords, function names and words. UTF-8
// bytes above 0x7F stay as they are, as in the "C" locale.
#pragma once

#include <string>
#include <string_view>

namespace kg {

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace kg
