#include "engine/compiler/mentions/name_words.h"

#include <cctype>

#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

bool Capitalised(const std::string& t) { return StartsWithCapital(t); }

bool AllCaps(const std::string& t) {
  if (t.size() < 2 || t.size() > 5) return false;
  for (char c : t)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  return true;
}

bool IsConnector(const std::string& t) { return t == "of" || t == "the" || t == "and" || t == "de"; }

bool IsCountryAbbreviation(const std::string& t) {
  return t == "UK" || t == "US" || t == "USA" || t == "UAE" || t == "EU";
}

bool IsCompass(const std::string& t) {
  static const char* words[] = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                "central", "north-west", "north-east", "south-west", "south-east"};
  for (const char* w : words)
    if (Lower(t) == w) return true;
  return false;
}

bool IsPlacePreposition(const std::string& t) {
  return t == "in" || t == "at" || t == "from" || t == "near" || t == "outside" || t == "to" || t == "across";
}

bool SentenceInitial(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return true;
  const std::string& t = tokens[i - 1].text;
  return t == "\"" || t == "'" || t == "*" || t == "-" || t == "(" || t == "[" || t == ":";
}

}  // namespace kg::compiler
