#include "shell/completion.h"

#include <algorithm>
#include <cctype>

namespace kg::cli {

namespace {

bool StartsWith(const std::string& s, const std::string& prefix, bool ignore_case) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (ignore_case
            ? std::tolower(static_cast<unsigned char>(a)) != std::tolower(static_cast<unsigned char>(b))
            : a != b)
      return false;
  }
  return true;
}

// Every name starting with `prefix`, each written after `lead` ("p:" + "Person").
void AddMatches(const std::vector<std::string>& names, const std::string& lead, const std::string& prefix,
                std::vector<std::string>* out) {
  for (const auto& name : names)
    if (StartsWith(name, prefix, false)) out->push_back(lead + name);
}

// Keywords match in any case and come back in the case the user types in: "ord" -> "order by".
void AddKeywords(const std::vector<std::string>& keywords, const std::string& prefix,
                 std::vector<std::string>* out) {
  bool lower = std::any_of(prefix.begin(), prefix.end(), [](unsigned char c) { return std::islower(c); }) &&
               std::none_of(prefix.begin(), prefix.end(), [](unsigned char c) { return std::isupper(c); });
  for (auto keyword : keywords) {
    if (!StartsWith(keyword, prefix, true)) continue;
    std::transform(keyword.begin(), keyword.end(), keyword.begin(),
                   [lower](unsigned char c) { return lower ? std::tolower(c) : std::toupper(c); });
    out->push_back(keyword);
  }
}

}  // namespace

std::vector<std::string> Complete(const std::string& word, bool at_line_start, const Vocabulary& names) {
  std::vector<std::string> out;
  if (at_line_start && !word.empty() && word[0] == ':') {
    AddMatches(names.commands, "", word, &out);
    return out;
  }
  if (!word.empty() && word[0] == '$') {
    AddMatches(names.parameters, "$", word.substr(1), &out);
    return out;
  }
  size_t colon = word.rfind(':');
  if (colon != std::string::npos) {  // labels and types: after the last ':' of "n:Person:Emp"
    AddMatches(names.labels, word.substr(0, colon + 1), word.substr(colon + 1), &out);
    AddMatches(names.types, word.substr(0, colon + 1), word.substr(colon + 1), &out);
  } else if (word.find('.') != std::string::npos) {  // "kg.con" is a procedure, "n.na" a key
    AddMatches(names.procedures, "", word, &out);
    size_t dot = word.rfind('.');
    if (out.empty()) AddMatches(names.keys, word.substr(0, dot + 1), word.substr(dot + 1), &out);
  } else {
    AddKeywords(names.keywords, word, &out);
    AddMatches(names.labels, "", word, &out);
    AddMatches(names.types, "", word, &out);
    AddMatches(names.keys, "", word, &out);
    AddMatches(names.procedures, "", word, &out);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::cli
