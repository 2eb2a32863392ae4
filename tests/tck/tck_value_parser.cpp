// Recursive descent over the TCK's value notation (see tck_values.h).
#include <cctype>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "tests/tck/tck_values.h"

namespace kg::tck {
namespace {

class ValueParser {
 public:
  explicit ValueParser(std::string_view text) : text_(text) {}

  Value ParseAll() {
    Value v = ParseValue();
    SkipSpace();
    if (at_ != text_.size()) Fail("trailing text");
    return v;
  }

 private:
  [[noreturn]] void Fail(const std::string& why) const {
    throw std::runtime_error("TCK value '" + std::string(text_) + "' at " + std::to_string(at_) + ": " + why);
  }
  void SkipSpace() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }
  char Peek() {
    SkipSpace();
    return at_ < text_.size() ? text_[at_] : '\0';
  }
  bool Accept(std::string_view token) {
    SkipSpace();
    if (text_.substr(at_, token.size()) != token) return false;
    at_ += token.size();
    return true;
  }
  void Expect(std::string_view token) {
    if (!Accept(token)) Fail("expected '" + std::string(token) + "'");
  }

  Value ParseValue() {
    char c = Peek();
    if (c == '\'' || c == '"') return ParseString();
    if (c == '{') return ParseMap();
    if (c == '(') return ParseNode();
    if (c == '<') return ParsePath();
    if (c == '[') return text_.substr(at_, 2) == "[:" ? Value(ParseRelationship()) : ParseList();
    return ParseWord();
  }

  Value ParseWord() {
    size_t start = at_;
    while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) ||
                                  std::string_view("+-._").find(text_[at_]) != std::string_view::npos))
      ++at_;
    std::string word(text_.substr(start, at_ - start));
    if (word == "null") return Value();
    if (word == "true" || word == "false") return Value(word == "true");
    if (word == "NaN") return Value(std::numeric_limits<double>::quiet_NaN());
    if (word == "Inf" || word == "Infinity") return Value(std::numeric_limits<double>::infinity());
    if (word == "-Inf" || word == "-Infinity") return Value(-std::numeric_limits<double>::infinity());
    if (word.empty()) Fail("expected a value");
    size_t used = 0;
    try {
      if (word.find_first_of(".eE") == std::string::npos) {
        int64_t i = std::stoll(word, &used);
        if (used == word.size()) return Value(i);
      } else {
        double d = std::stod(word, &used);
        if (used == word.size()) return Value(d);
      }
    } catch (const std::exception&) {
    }
    Fail("not a number: " + word);
  }

  Value ParseString() {
    char quote = text_[at_++];
    std::string out;
    while (at_ < text_.size() && text_[at_] != quote) {
      char c = text_[at_++];
      if (c != '\\' || at_ == text_.size()) {
        out += c;
        continue;
      }
      char e = text_[at_++];
      out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
    }
    if (at_ == text_.size()) Fail("unterminated string");
    ++at_;
    return Value(std::move(out));
  }

  std::string ParseName() {
    SkipSpace();
    if (Accept("`")) {
      size_t end = text_.find('`', at_);
      if (end == std::string_view::npos) Fail("unterminated `name`");
      std::string name(text_.substr(at_, end - at_));
      at_ = end + 1;
      return name;
    }
    size_t start = at_;
    while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_')) ++at_;
    if (start == at_) Fail("expected a name");
    return std::string(text_.substr(start, at_ - start));
  }

  Value ParseList() {
    Expect("[");
    List items;
    if (!Accept("]")) {
      do items.push_back(ParseValue());
      while (Accept(","));
      Expect("]");
    }
    return Value(std::move(items));
  }

  Map ParseMapBody() {
    Expect("{");
    Map map;
    if (!Accept("}")) {
      do {
        std::string key = ParseName();
        Expect(":");
        map[key] = ParseValue();
      } while (Accept(","));
      Expect("}");
    }
    return map;
  }
  Value ParseMap() { return Value(ParseMapBody()); }

  Node ParseNodeBody() {
    Expect("(");
    Node node;
    if (Peek() != ':' && Peek() != '{' && Peek() != ')') ParseName();  // a variable name; ignored
    while (Accept(":")) node.labels.push_back(ParseName());
    if (Peek() == '{') node.properties = ParseMapBody();
    Expect(")");
    return node;
  }
  Value ParseNode() { return Value(ParseNodeBody()); }

  Relationship ParseRelationship() {
    Expect("[");
    Relationship rel;
    Expect(":");
    rel.type = ParseName();
    if (Peek() == '{') rel.properties = ParseMapBody();
    Expect("]");
    return rel;
  }

  Value ParsePath() {
    Expect("<");
    Path path;
    path.nodes.push_back(ParseNodeBody());
    path.nodes.back().id = 1;
    while (Peek() == '-' || Peek() == '<') {
      bool backwards = Accept("<");
      Expect("-");
      Relationship rel = ParseRelationship();
      Expect("-");
      bool forwards = Accept(">");
      if (backwards == forwards) Fail("a path relationship needs exactly one direction");
      path.nodes.push_back(ParseNodeBody());
      int64_t here = static_cast<int64_t>(path.nodes.size());
      path.nodes.back().id = here;
      rel.start = forwards ? here - 1 : here;
      rel.end = forwards ? here : here - 1;
      path.relationships.push_back(std::move(rel));
    }
    Expect(">");
    return Value(std::move(path));
  }

  std::string_view text_;
  size_t at_ = 0;
};

}  // namespace

Value ParseTckValue(std::string_view text) { return ValueParser(text).ParseAll(); }

}  // namespace kg::tck
