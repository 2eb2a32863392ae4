#include "engine/compiler/reader/article_reader.h"

#include <cctype>
#include <cstdio>
#include <functional>
#include <initializer_list>

#include "engine/compiler/facts/dates.h"
#include "engine/compiler/reader/dateline.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

// Returns the offset of the first invalid UTF-8 sequence, or npos.
size_t InvalidUtf8At(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string_view::npos;
}

bool LooksBinary(std::string_view s) {
  size_t control = 0;
  for (unsigned char c : s) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control > s.size() / 100 + 1;
}

std::string StableId(std::string_view bytes) {
  // FNV-1a 64: stable across runs and machines, enough to tell articles apart.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

Status ReadArticle(std::string_view path, std::string_view bytes, ArticleAnalysis* article) {
  std::string name(path);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return Status::Input(name + ": empty article");
  if (LooksBinary(bytes)) return Status::Input(name + ": binary file, not an article");
  size_t bad = InvalidUtf8At(bytes);
  if (bad != std::string_view::npos)
    return Status::Input(name + ": not UTF-8 text (invalid byte at offset " + std::to_string(bad) + ")");
  article->text = std::string(bytes);
  article->id = StableId(bytes);
  // Articles piped on stdin have no path; each is its own article, keyed by its content.
  article->path = name == "-" ? "stdin:" + article->id : name;
  for (size_t start = 0; start < bytes.size();) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    size_t e = end;
    if (e > start && bytes[e - 1] == '\r') --e;
    article->lines.push_back({start, e, LineKind::kBody});
    start = end + 1;
  }
  return Status::Ok();
}

namespace {

std::string LineText(const ArticleAnalysis& article, const Line& line) {
  return Trim(Normalize(std::string_view(article.text).substr(line.begin, line.end - line.begin)));
}

// "Katie Ng", "Ana de la Cruz": two to five words, the first and last capitalised, no punctuation.
bool LooksLikePersonName(const std::string& text) {
  std::vector<std::string> words = Words(text);
  if (words.size() < 2 || words.size() > 5) return false;
  for (const auto& w : words)
    for (char c : w)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '\'') return false;
  return std::isupper(static_cast<unsigned char>(words.front()[0])) && std::isupper(static_cast<unsigned char>(words.back()[0]));
}

// A line that is just an outlet's name: up to five capitalised words, one of them a word
// news outlets are named with ("The Morning Clarion", "Calder Valley Radio News").
bool LooksLikeOutlet(const std::string& text) {
  static const char* outlet_words[] = {"News", "Times", "Post", "Herald", "Gazette", "Courier", "Chronicle", "Echo",
                                       "Mail", "Express", "Mirror", "Telegraph", "Guardian", "Observer", "Journal",
                                       "Ledger", "Clarion", "Argus", "Standard", "Tribune", "Radio", "Broadcast",
                                       "Press", "Voice", "Advertiser", "Sentinel", "Bulletin", "Record"};
  std::vector<std::string> words = Words(text);
  if (words.empty() || words.size() > 5) return false;
  bool outlet = false;
  for (const auto& w : words) {
    if (!std::isupper(static_cast<unsigned char>(w[0]))) return false;
    for (char c : w)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '\'') return false;
    for (const char* o : outlet_words) outlet |= w == o;
  }
  return outlet;
}

// Bylines at the foot of the page ("More by this author" then the name, "Reporting by X") and the outlet a
// donation appeal names ("Support The Daily Post", when the story names that outlet too).
void ReadFooter(ArticleAnalysis* article) {
  auto& lines = article->lines;
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.push_back(LineText(*article, line));
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string lower = Lower(texts[i]);
    if (lower == "more by this author" || lower == "more from this author" || lower == "about the author" ||
        lower == "written by") {
      size_t next = i + 1;
      while (next < lines.size() && texts[next].empty()) ++next;
      if (next < lines.size() && LooksLikePersonName(texts[next])) {
        if (article->author.empty()) article->author = texts[next];
        lines[i].kind = lines[next].kind = LineKind::kMeta;
      }
    } else if ((lower.rfind("reporting by ", 0) == 0 || lower.rfind("words by ", 0) == 0) && article->author.empty()) {
      std::string name = texts[i].substr(lower.find(" by ") + 4);
      if (LooksLikePersonName(name)) article->author = name, lines[i].kind = LineKind::kMeta;
    } else if (lower.rfind("support ", 0) == 0 && article->publisher.empty()) {
      std::string outlet = texts[i].substr(8);
      if (!std::isupper(static_cast<unsigned char>(outlet[0])) || Words(outlet).size() > 4) continue;
      bool named_elsewhere = false;
      for (size_t k = 0; k < lines.size() && !named_elsewhere; ++k)
        named_elsewhere = k != i && texts[k].find(outlet) != std::string::npos;
      if (named_elsewhere) article->publisher = outlet;
    }
  }
}

bool StartsWithAny(const std::string& text, std::initializer_list<const char*> prefixes) {
  for (const char* p : prefixes)
    if (text.rfind(p, 0) == 0) return true;
  return false;
}

// "Published: 16:59, 18 August 2020", "Posted 2014-01-28T10:00:00Z", "Updated: ...": a meta
// line. The date of publication is preferred; an update's date stands in when it is the only
// one. A short line, so that "Published in 1990, the book ..." stays a sentence.
bool ReadDateLine(const std::string& trimmed, std::string* published, std::string* updated) {
  std::string date = trimmed.size() < 80 ? FirstDate(trimmed) : "";
  if (date.empty()) return false;
  if (StartsWithAny(trimmed, {"Published", "First published", "Posted", "Date:"})) {
    if (published->empty()) *published = date;
    return true;
  }
  if (StartsWithAny(trimmed, {"Updated", "Last updated"})) {
    if (updated->empty()) *updated = date;
    return true;
  }
  return false;
}

// The first line of text is the headline, less a date that closes it ("Mayor opens bridge
// Tuesday, January 28, 2014"). Under a dateline that opens the text it must read as one: a
// paragraph (ending with a full stop) is the story itself, and the article has no title.
void ReadTitle(ArticleAnalysis* article, Line* line, const Dateline& date, bool under_dateline) {
  if (under_dateline && LineText(*article, *line).back() == '.') return;
  if (date.at == DatelineAt::kLineEnd) {
    article->published = date.iso;
    line->end = date.begin;
    while (line->end > line->begin && std::isspace(static_cast<unsigned char>(article->text[line->end - 1]))) --line->end;
  }
  article->title = LineText(*article, *line);
  line->kind = LineKind::kTitle;
}

// Splits "Thursday, May 7, 2015 On Tuesday, the council ..." into the dateline, a meta line,
// and the story after it, a line of its own.
void SplitOffDateline(ArticleAnalysis* article, size_t i, size_t date_end) {
  Line rest = article->lines[i];
  rest.begin = date_end;
  while (rest.begin < rest.end && std::isspace(static_cast<unsigned char>(article->text[rest.begin]))) ++rest.begin;
  article->lines[i].end = date_end;
  article->lines[i].kind = LineKind::kMeta;
  article->lines.insert(article->lines.begin() + static_cast<long>(i) + 1, rest);
}

// A line under the headline: the outlet's name, a byline, a date line, or a paragraph that
// a dateline opens.
void ReadHeadLine(ArticleAnalysis* article, size_t i, const Dateline& date, std::string* updated) {
  Line& line = article->lines[i];
  std::string trimmed = LineText(*article, line);
  if (article->publisher.empty() && LooksLikeOutlet(trimmed)) {  // "The Kernow Courier" under the headline
    article->publisher = trimmed;
    line.kind = LineKind::kMeta;
  } else if (trimmed.rfind("By ", 0) == 0 && trimmed.size() < 60 && trimmed.find('.') == std::string::npos) {
    article->author = Trim(trimmed.substr(3, trimmed.find(',') == std::string::npos ? std::string::npos
                                                                                        : trimmed.find(',') - 3));  // "By X, Sports Reporter"
    line.kind = LineKind::kMeta;
  } else if (ReadDateLine(trimmed, &article->published, updated)) {
    line.kind = LineKind::kMeta;
  } else if (date.at == DatelineAt::kLineStart) {
    if (article->published.empty()) article->published = date.iso;
    SplitOffDateline(article, i, date.end);
  }
}

}  // namespace

void ReadMetadata(ArticleAnalysis* article) {
  bool have_title = false, under_dateline = false;
  std::string updated;
  for (size_t i = 0; i < article->lines.size() && i < 12; ++i) {
    Line& line = article->lines[i];
    if (LineText(*article, line).empty()) continue;
    Dateline date = FindDateline(article->text, line);
    if (date.at == DatelineAt::kWholeLine) {  // "Tuesday, January 28, 2014" under the headline
      if (article->published.empty()) article->published = date.iso;
      line.kind = LineKind::kMeta;
      under_dateline |= !have_title;
    } else if (!have_title) {
      ReadTitle(article, &line, date, under_dateline);
      have_title = true;
    } else {
      ReadHeadLine(article, i, date, &updated);
    }
  }
  if (article->published.empty()) article->published = updated;
  ReadFooter(article);
}

}  // namespace kg::compiler
