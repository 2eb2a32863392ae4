#include "engine/compiler/text/sentence_splitter.h"

#include <cctype>
#include <set>

#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

const std::set<std::string>& Abbreviations() {
  static const std::set<std::string> words = {"Mr", "Mrs", "Ms", "Dr", "PC", "St", "Sgt", "Insp", "Det", "Supt",
                                              "Cllr", "Prof", "Rev", "Gen", "Col", "Capt", "Lt", "Jr", "Sr", "No",
                                              "Co", "Ltd", "Inc", "vs", "etc", "Mt", "Ft", "Gov", "Sen", "Rep"};
  return words;
}

bool BetweenDigits(const std::string& text, size_t j) {
  return j > 0 && j + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[j - 1])) &&
         std::isdigit(static_cast<unsigned char>(text[j + 1]));
}

}  // namespace

std::vector<Token> Tokenize(const std::string& text, size_t begin, size_t end) {
  std::vector<Token> tokens;
  size_t i = begin;
  while (i < end) {
    char ascii;
    size_t special = SpecialCodePoint(text, i, &ascii);
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (special) {
      if (ascii != ' ') tokens.push_back({i, i + special, std::string(1, ascii), std::string(1, ascii), {}, {}});
      i += special;
    } else if (std::isspace(c)) {
      ++i;
    } else if (IsWordByte(c)) {
      size_t j = i;
      while (j < end) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        char a;
        if (SpecialCodePoint(text, j, &a)) break;
        if (IsWordByte(d)) ++j;
        // Inner hyphens ("father-of-two"), dots of acronyms ("U.S."), number separators and
        // decimal points ("1,000", "4.5").
        else if ((d == '-' || d == '.' || d == ',') && j + 1 < end && IsWordByte(static_cast<unsigned char>(text[j + 1])) &&
                 (d == '-' || (d == '.' && j >= i + 1 && j - i == 1) || BetweenDigits(text, j)))
          ++j;
        else break;
      }
      tokens.push_back({i, j, text.substr(i, j - i), Lower(text.substr(i, j - i)), {}, {}});
      i = j;
    } else {
      tokens.push_back({i, i + 1, std::string(1, static_cast<char>(c)), Lower(std::string(1, static_cast<char>(c))), {}, {}});
      ++i;
    }
  }
  return tokens;
}

void SplitSentences(ArticleAnalysis* article) {
  for (const auto& line : article->lines) {
    if (line.kind != LineKind::kBody && line.kind != LineKind::kCaption && line.kind != LineKind::kStandfirst &&
        line.kind != LineKind::kTitle)
      continue;
    std::vector<Token> tokens = Tokenize(article->text, line.begin, line.end);
    size_t start = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string& t = tokens[i].text;
      bool last = i + 1 == tokens.size();
      bool stop = t == "." || t == "!" || t == "?";
      if (stop && i > 0 && t == ".") {
        const std::string& prev = tokens[i - 1].text;
        if (Abbreviations().count(prev) || (prev.size() == 1 && std::isupper(static_cast<unsigned char>(prev[0])))) stop = false;
      }
      if (!stop && !last) continue;
      size_t end = i;
      // A closing quote after the full stop belongs to the sentence.
      while (end + 1 < tokens.size() && (tokens[end + 1].text == "\"" || tokens[end + 1].text == "'")) ++end;
      if (!last && stop && end + 1 < tokens.size()) {
        const std::string& next = tokens[end + 1].text;
        if (!std::isupper(static_cast<unsigned char>(next[0])) && !std::isdigit(static_cast<unsigned char>(next[0])) &&
            next != "\"" && next != "'" && next != "(")
          continue;
      }
      Sentence s;
      s.kind = line.kind == LineKind::kTitle ? LineKind::kStandfirst : line.kind;
      s.tokens.assign(tokens.begin() + static_cast<long>(start), tokens.begin() + static_cast<long>(end) + 1);
      s.begin = s.tokens.front().begin;
      s.end = s.tokens.back().end;
      if (!s.tokens.empty()) article->sentences.push_back(std::move(s));
      start = end + 1;
      i = end;
    }
  }
}

}  // namespace kg::compiler
