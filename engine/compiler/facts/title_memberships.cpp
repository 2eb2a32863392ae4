#include "engine/compiler/facts/title_memberships.h"

#include <cctype>

#include "engine/compiler/lexicon/lexicon.h"

namespace kg::compiler {

namespace {

// "Administrator", "spokesman" (a title written in lower case), but not "Mr" or "Dr": a title
// that says what someone does for a body.
bool OfficeTitle(const Lexicon& lex, const std::string& word) {
  static const char* honorifics[] = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady",
                                     "Madame", "Mademoiselle", "Monsieur", "Mme", "Mlle", "Former", "former",
                                     "Ex", "ex", "Ex-PC", "Acting", "Deputy", "Assistant", "Chief"};
  for (const char* h : honorifics)
    if (word == h) return false;
  if (lex.IsPersonTitle(word)) return true;
  std::string capitalised = word;
  capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
  return std::islower(static_cast<unsigned char>(word[0])) && lex.IsPersonTitle(capitalised);
}

}  // namespace

void TitleMemberships(ArticleAnalysis* article, size_t sentence) {
  const Lexicon& lex = Lexicon::Get();
  const auto& tokens = article->sentences[sentence].tokens;
  size_t begin = article->mention_begin[sentence], end = article->mention_begin[sentence + 1];
  for (size_t p = begin; p < end; ++p) {
    const Mention& person = article->mentions[p];
    if (person.pronoun || person.nested || person.entities.size() != 1 ||
        article->entities[person.entities[0]].type != EntityType::kPerson)
      continue;
    // The title runs back from the name over titles ("Chief Fire Officer") to the body.
    size_t title = person.first_token;
    while (title > 0 && (OfficeTitle(lex, tokens[title - 1].text) || lex.IsPersonTitle(tokens[title - 1].text)))
      --title;
    if (title == person.first_token || title == 0) continue;
    bool office = false;
    for (size_t k = title; k < person.first_token; ++k) office |= OfficeTitle(lex, tokens[k].text);
    if (!office) continue;
    for (size_t b = begin; b < end; ++b) {
      const Mention& body = article->mentions[b];
      if (body.pronoun || body.entities.size() != 1 || body.last_token + 1 != title ||
          article->entities[body.entities[0]].type != EntityType::kOrganization)
        continue;
      FactCandidate f;
      f.subject = person.entities[0];
      f.predicate = "MEMBER_OF";
      f.object = body.entities[0];
      f.sentence = sentence;
      std::string role;
      for (size_t k = title; k < person.first_token; ++k) role += (role.empty() ? "" : " ") + tokens[k].text;
      f.qualifiers["role"] = Value(role);
      article->facts.push_back(std::move(f));
    }
  }
}

}  // namespace kg::compiler
