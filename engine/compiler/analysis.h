// engine/compiler/analysis.h — what the text stages learn from one article.
//
// Offsets are byte offsets into the ORIGINAL article text, so evidence is quoted verbatim.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "kg/value.h"

namespace kg::compiler {

enum class LineKind { kTitle, kMeta, kStandfirst, kBody, kCaption, kBoilerplate, kBlank };

struct Line {
  size_t begin = 0, end = 0;  // [begin, end) in the original text
  LineKind kind = LineKind::kBody;
};

struct Token {
  size_t begin = 0, end = 0;
  std::string text;   // normalised (curly quotes straightened)
  std::string lower;  // text in lower case, for matching words
  std::string pos;    // Penn Treebank part of speech, from the tagger ("NNP", "VBD")
  std::string name;   // BIO name tag from the name tagger ("B-PER", "I-ORG", "O")
};

struct Sentence {
  size_t begin = 0, end = 0;
  LineKind kind = LineKind::kBody;  // body, caption or standfirst
  std::vector<Token> tokens;
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
  std::set<std::string> titled_forms;  // forms with their title ("General Patrick Gordon"): aliases, never the name
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
