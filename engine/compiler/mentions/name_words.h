// engine/compiler/mentions/name_words.h — what single words say about names, shared by the
// mention finder's rules and its use of the name tagger.
#pragma once

#include <string>
#include <vector>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

class Lexicon;

// Whether `word` is one of `words`. Its first byte is compared before the rest: the lists are
// asked about most words of an article, and std::string == const char* (libstdc++ 12) calls
// strlen and memcmp even where the first letters differ.
template <size_t N>
bool OneOf(const std::string& word, const char* const (&words)[N]) {
  for (const char* w : words)
    if (word[0] == w[0] && word == w) return true;
  return false;
}

bool Capitalised(const std::string& word);      // a capital first letter (UTF-8 included), or "d'Alembert"
bool AllCaps(const std::string& word);          // "BBC", "NASA": two to five capitals
bool IsConnector(const std::string& word);      // of, the, and, de: inside "Bank of the West"
bool IsCountryAbbreviation(const std::string& word);  // UK, US, USA, UAE, EU
bool IsCompass(const std::string& word);        // north, South-East, central, ...
// "illyrian", "japanese", "localist": the ending of a word (in lower case) for a people, a
// language or a doctrine.
bool DemonymShaped(const std::string& lower);
// "Lasius flavus", "Metarhizium robertsii": a genus and a Latin species word in lower case that no
// dictionary knows, at tokens[i] and i + 1.
bool BinomialAt(const Lexicon& lex, const std::vector<Token>& tokens, size_t i);
// "Linguistics", "Psychology", "Chemistry": a dictionary word for a field of study, with a capital.
bool IsFieldOfStudy(const Lexicon& lex, const std::string& word);
// "pro-Ostavia", "Anti-Marrowby", "post-Soviet": a name under a prefix, which is an adjective.
bool IsPrefixedAdjective(const std::string& word);
// "Guardian", "Times": a word that is a newspaper's whole title after "The" ("The Guardian").
bool IsNewspaperTitle(const std::string& word);
// "Catholic", "Anglican", "Muslim": a faith's adjective, no name.
bool IsFaithWord(const std::string& word);
// "State", "Commonwealth", "Province": what "the State of Ohio" is, which is Ohio itself.
bool IsPolityWord(const std::string& word);
// "Congress voted", "wrote to Parliament", "the Crown": a legislature, party or the prosecution
// that news names by one word, alone at tokens[i].
bool InstitutionAt(const std::vector<Token>& tokens, size_t i);
// "the West", "the North": a point of the compass at tokens[i], after "the", naming a region.
bool CompassRegionAt(const std::vector<Token>& tokens, size_t i);
bool IsPlacePreposition(const std::string& word);     // in, at, from, near, outside, to, across
bool IsAwardFollower(const std::string& word);  // award, medal, prize, award-winning: "the Gold award"
bool IsLandformWord(const std::string& word);  // Sea, Glacier, Peninsula, Quarter: "the Ross Sea"
bool IsEventHead(const std::string& word);  // Battle, Siege: "the Battle of Chudnov"
bool IsEventWord(const std::string& word);  // Festival, Championships, Olympics, Summit: "the Berlin Film Festival"
// "FRS" of "Daniel Bernoulli FRS", "Jr." of "Ruiz, Jr.": honours after a name, not one of
// their own (but "awarded an MBE" names the award).
bool IsPostNominalAfterName(const std::vector<Token>& tokens, size_t i);
// "Londoners", "Christians": a word for people of a place or a faith, no one's name; but a
// given name the tagger reads as a person's is one ("Frank and his colleagues").
bool KindOfPeopleHere(const Token& token);
bool ShortFormShaped(const std::string& word);  // "WHO", "M5S": one word of capitals and digits
// A country's name in full ("Turkey", "Holland"), not one of the ISO codes that are also
// words ("TV", "IN").
bool NamesCountry(const std::string& name);
// Is the token at i the first word of a sentence or of a quotation ("... said: 'As I ...")?
bool SentenceInitial(const std::vector<Token>& tokens, size_t i);

}  // namespace kg::compiler
