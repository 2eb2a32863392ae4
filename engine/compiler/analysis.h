// engine/compiler/analysis.h — what the text stages learn from one article.
//
// Offsets are byte offsets into the ORIGINAL article text, so evidence is quoted verbatim.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/value.h"

namespace kg::compiler {

enum class LineKind { kTitle, kMeta, kStandfirst, kBody, kCaption, kBoilerplate, kBlank };
const char* LineKindName(LineKind kind);  // "title", "body", ...

struct Line {
  size_t begin = 0, end = 0;  // [begin, end) in the original text
  LineKind kind = LineKind::kBody;
};

// A tag string kept for the life of the process, one copy per distinct tag (thread-safe).
const std::string* InternTag(std::string_view tag);

struct Token {
  Token() = default;
  Token(size_t begin_, size_t end_, std::string text_, std::string lower_)
      : begin(begin_), end(end_), text(std::move(text_)), lower(std::move(lower_)) {}

  size_t begin = 0, end = 0;
  std::string text;   // normalised (curly quotes straightened)
  std::string lower;  // text in lower case, for matching words

  // Penn Treebank part of speech, from the tagger ("NNP", "VBD"); "" before tagging.
  const std::string& pos() const { return pos_ ? *pos_ : Untagged(); }
  // BIO name tag from the name tagger ("B-PER", "I-ORG", "O"); "" before tagging.
  const std::string& name() const { return name_ ? *name_ : Untagged(); }
  // The tags as interned strings (InternTag), or any string (interned here).
  void set_pos(const std::string* interned) { pos_ = interned; }
  void set_name(const std::string* interned) { name_ = interned; }
  void set_pos(std::string_view tag) { pos_ = InternTag(tag); }
  void set_name(std::string_view tag) { name_ = InternTag(tag); }

 private:
  static const std::string& Untagged() {
    static const std::string empty;
    return empty;
  }
  const std::string* pos_ = nullptr;   // interned: copying a token copies two pointers
  const std::string* name_ = nullptr;
};

struct Sentence {
  size_t begin = 0, end = 0;
  LineKind kind = LineKind::kBody;  // body, caption or standfirst
  std::vector<Token> tokens;
  // The dependency parse (parser/), only of sentences that can state a fact, else empty: per
  // token the index of its head token (-1 for the root) and its Universal Dependencies
  // relation ("nsubj", "obl:agent", "acl:relcl"), interned (InternTag).
  std::vector<int> heads;
  std::vector<const std::string*> relations;
};

enum class EntityType { kPerson, kOrganization, kLocation, kWork, kEvent, kAward };
const char* EntityLabel(EntityType type);

// One occurrence of a name (or pronoun, or "the pair") in a sentence, resolved to the
// article-local entities it refers to.
struct Mention {
  size_t sentence = 0;
  size_t first_token = 0, last_token = 0;  // inclusive token range
  std::string surface;                     // the name as written, title removed
  std::vector<int> entities;               // local entity ids (two for "the pair")
  bool pronoun = false;
  bool nested = false;  // inside another name ("Michigan" in "the University of Michigan"): the
                        // article mentions it, but it is no subject or object of a fact
};

enum class Gender { kUnknown, kMale, kFemale };

struct LocalEntity {
  EntityType type = EntityType::kPerson;
  std::string name;                    // the fullest form in the article
  std::map<std::string, int> surfaces; // every form -> mention count
  // Aliases, never the name: forms with their title ("General Patrick Gordon") and nicknames
  // ("Tank" of Terrence "Tank" Vellacott).
  std::set<std::string> alias_forms;
  std::string role;                    // a title or rank seen before the name ("PC")
  Gender gender = Gender::kUnknown;    // what titles and kin words say ("Mrs X", "her husband, X")
};

// A fact the article states, between local entities or about one.
struct FactCandidate {
  int subject = -1;
  std::string predicate;  // relationship type, e.g. "SHOT"
  int object = -1;        // local entity, or -1 for a value fact
  std::string attribute;  // value facts: "age", "years_served", ...
  Value value;
  std::string as_of;      // value facts: when the value held (ISO partial date)
  std::map<std::string, Value> qualifiers;  // date, place, role
  size_t sentence = 0;
};

struct ArticleAnalysis {
  std::string path;
  std::string text;  // original bytes
  std::string id;    // stable: hash of the content
  std::string title, author, publisher, published;
  std::vector<Line> lines;
  std::vector<Sentence> sentences;
  std::vector<LocalEntity> entities;
  std::vector<Mention> mentions;       // in text order
  std::vector<size_t> mention_begin;   // mentions of sentence s: [mention_begin[s], mention_begin[s + 1])
  std::vector<FactCandidate> facts;
  // The person each sentence's first reference (a name or a resolved pronoun) is to, or -1;
  // filled sentence by sentence as facts are read, for the pronouns of later sentences.
  std::vector<int> sentence_subjects;

  std::string SentenceText(size_t i) const { return text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin); }
};

}  // namespace kg::compiler
