#include "engine/compiler/boilerplate/line_classifier.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

// Everything from here on is readers' talk, not the story.
bool StartsComments(const std::string& lower) {
  static const std::regex marker(
      R"(^(\d+\s+)?(comments?|comments form|leave a (reply|comment)|join the (conversation|discussion)|reader comments|have your say|show comments|view comments|add a comment)\s*:?$)");
  return std::regex_match(lower, marker);
}

size_t WordCount(const std::string& s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = !std::isspace(static_cast<unsigned char>(c));
    n += w && !in;
    in = w;
  }
  return n;
}

bool IsBoilerplate(const std::string& lower) {
  static const char* labels[] = {"source:", "image credit", "featured image credit", "picture:", "photo:",
                                 "credit:", "related:", "©", "watch:", "listen:", "updated:", "published:",
                                 "categories:", "category:", "tags:", "filed under:"};  // a site's index terms
  for (const char* p : labels)
    if (lower.rfind(p, 0) == 0) return true;
  // Appeals and links are short: a paragraph of the story may open "Support for the bill ..."
  // or say "donations" ("we show advertising rather than ask for donations").
  if (WordCount(lower) > 40) return false;
  static const char* openings[] = {"read more", "support ", "sign up", "subscribe", "follow us", "share this",
                                   "advertisement", "related articles", "click here", "copyright",
                                   "all rights reserved", "don't miss", "more stories"};
  for (const char* p : openings)
    if (lower.rfind(p, 0) == 0) return true;
  static const char* anywhere[] = {"newsletter", "your email address", "sign-up", "financial contributions",
                                   "support our journalism", "please donate", "make a donation", "your donation"};
  for (const char* p : anywhere)
    if (lower.find(p) != std::string::npos) return true;
  // "Donate now", "Donations welcome": the word alone marks only a line of a few words ("Each
  // collection donated by the foundation ..." is the story).
  return WordCount(lower) <= 8 && lower.find("donat") != std::string::npos;
}

// Whether the line ends a sentence, after any reference marks ("... in 2009. [2]",
// "... unknown. [17] [15]").
bool EndsSentence(std::string s) {
  while (!s.empty() && s.back() == ']') {
    size_t open = s.rfind('[');
    if (open == std::string::npos || s.find_first_not_of("0123456789", open + 1) != s.size() - 1) break;
    s.erase(open);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  }
  if (s.empty()) return false;
  char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' || last == ':' || last == ')';
}


}  // namespace

void ClassifyLines(ArticleAnalysis* article) {
  bool in_comments = false;
  for (auto& line : article->lines) {
    std::string text = Trim(Normalize(article->text.substr(line.begin, line.end - line.begin)));
    if (line.kind == LineKind::kTitle || line.kind == LineKind::kMeta) continue;
    std::string lower = Lower(text);
    if (text.empty()) line.kind = LineKind::kBlank;
    else if (in_comments || StartsComments(lower)) in_comments = true, line.kind = LineKind::kBoilerplate;
    else if (IsBoilerplate(lower)) line.kind = LineKind::kBoilerplate;
    else if (text[0] == '*' || text[0] == '-') line.kind = LineKind::kStandfirst;  // bullets
    else if (lower.find("(pic") != std::string::npos || lower.find("(photo") != std::string::npos)
      line.kind = LineKind::kCaption;  // "... (Pic: agency)"
    else if (!EndsSentence(text) && WordCount(text) < 6) line.kind = LineKind::kBoilerplate;  // headings
    else if (!EndsSentence(text)) line.kind = LineKind::kCaption;
    else line.kind = LineKind::kBody;
  }
  // The first unpunctuated line after the title is the standfirst, not a caption.
  for (auto& line : article->lines) {
    if (line.kind == LineKind::kTitle || line.kind == LineKind::kMeta || line.kind == LineKind::kBlank) continue;
    if (line.kind == LineKind::kCaption) line.kind = LineKind::kStandfirst;
    break;
  }
}

}  // namespace kg::compiler
