#include "engine/compiler/mentions/name_words.h"

#include <cctype>
#include <string_view>
#include <unordered_set>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

bool Capitalised(const std::string& t) {
  if (StartsWithCapital(t)) return true;
  // "d'Alembert", "l'Orme": a French particle glued to a capitalised name.
  if (t.size() > 3 && (t[0] == 'd' || t[0] == 'l') && t[1] == '\'' && StartsWithCapital(t.substr(2))) return true;
  // "al-Sabunji", "el-Sisi", "ash-Sharif": the Arabic article joined to a capitalised name.
  size_t dash = t.find('-');
  if (dash < 2 || dash > 3 || dash + 2 > t.size() || !StartsWithCapital(t.substr(dash + 1))) return false;
  std::string_view article(t.data(), dash);
  return article == "al" || article == "el" || article == "ad" || article == "an" || article == "ar" ||
         article == "as" || article == "ash" || article == "at" || article == "az" || article == "ul" || article == "ud";
}

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
  if (t.size() < 4 || t.size() > 10) return false;  // the cheap test first: it runs on every word of a name
  return OneOf(Lower(t), words);
}

bool CompassRegionAt(const std::vector<Token>& tokens, size_t i) {
  const std::string& t = tokens[i].text;
  bool point = t == "North" || t == "South" || t == "East" || t == "West" || t == "Midwest";
  return point && i > 0 && tokens[i - 1].lower == "the" &&
         (i + 1 == tokens.size() || !(Capitalised(tokens[i + 1].text) || tokens[i + 1].text == "-"));
}

bool DemonymShaped(const std::string& lower) {
  for (std::string_view ending : {"ish", "ese", "ian", "ean", "ic", "ist"})
    if (lower.size() > ending.size() + 2 && EndsWith(lower, ending)) return true;
  return false;
}

bool BinomialAt(const Lexicon& lex, const std::vector<Token>& tokens, size_t i) {
  if (i + 1 >= tokens.size()) return false;
  const std::string& epithet = tokens[i + 1].text;
  if (epithet.size() < 4 || !std::islower(static_cast<unsigned char>(epithet[0])) || lex.IsCommonWord(epithet)) return false;
  for (char c : epithet)
    if (!std::islower(static_cast<unsigned char>(c))) return false;
  for (std::string_view ending : {"a", "us", "um", "is", "ae", "ii", "i", "ens", "ata", "ica"})
    if (EndsWith(epithet, ending)) return Capitalised(tokens[i].text) && !lex.IsCommonWord(Lower(tokens[i].text));
  return false;
}

bool IsFieldOfStudy(const Lexicon& lex, const std::string& word) {
  const std::string lower = Lower(word);
  if (!lex.IsCommonWord(lower) || lex.IsProperNoun(word)) return false;
  for (std::string_view ending : {"ics", "logy", "sophy", "nomy", "graphy", "istry"})
    if (lower.size() > ending.size() + 2 && EndsWith(lower, ending)) return true;
  return false;
}

bool IsPrefixedAdjective(const std::string& word) {
  size_t dash = word.find('-');
  if (dash == std::string::npos || dash < 2 || dash > 4 || dash + 1 >= word.size()) return false;
  const std::string prefix = Lower(word.substr(0, dash));
  return (prefix == "pro" || prefix == "anti" || prefix == "non" || prefix == "post" || prefix == "pre" ||
          prefix == "neo" || prefix == "pan") &&
         std::isupper(static_cast<unsigned char>(word[dash + 1]));
}

bool IsNewspaperTitle(const std::string& word) {
  static const std::unordered_set<std::string> papers = {
      "Times",   "Guardian",  "Telegraph", "Independent", "Observer", "Herald",  "Mirror",  "Chronicle",
      "Tribune", "Gazette",   "Economist", "Spectator",   "Scotsman", "Inquirer", "Examiner"};
  return papers.count(word) > 0;
}

bool IsFaithWord(const std::string& word) {
  static const std::unordered_set<std::string> faiths = {"Catholic",    "Protestant",  "Orthodox", "Anglican",
                                                         "Methodist",   "Baptist",     "Lutheran", "Presbyterian",
                                                         "Evangelical", "Pentecostal", "Muslim",   "Jewish"};
  return faiths.count(word) > 0;
}

bool IsPolityWord(const std::string& word) {
  static const std::unordered_set<std::string> polities = {"State",  "Commonwealth", "Province",   "Territory",
                                                           "Canton", "Emirate",      "Principality"};
  return polities.count(word) > 0;
}

bool InstitutionAt(const std::vector<Token>& tokens, size_t i) {
  // Legislatures and parties that news names by one word, which in capitals is no common noun.
  static const std::unordered_set<std::string> institutions = {
      "Congress", "Senate", "Parliament", "Cabinet", "Labour", "Politburo", "Knesset", "Duma", "Bundestag",
      "Bundesrat", "Storting", "Riksdag", "Folketing", "Oireachtas", "Sejm", "Majlis", "Eduskunta"};
  const std::string& t = tokens[i].text;
  bool crown = t == "Crown" && i > 0 && tokens[i - 1].lower == "the";  // the prosecution: "argued by the Crown"
  if (!crown && !institutions.count(t)) return false;
  bool alone_before = i == 0 || !Capitalised(tokens[i - 1].text) || SentenceInitial(tokens, i) ||
                      tokens[i - 1].lower == "the";  // not "U.S. Congress", "Labour Party"
  bool alone_after = i + 1 == tokens.size() ||
                     !(Capitalised(tokens[i + 1].text) || tokens[i + 1].text == "of" || tokens[i + 1].text == "for" ||
                       tokens[i + 1].text == "-");
  return alone_before && alone_after;
}

bool IsPlacePreposition(const std::string& t) {
  return t == "in" || t == "at" || t == "from" || t == "near" || t == "outside" || t == "to" || t == "across";
}

bool SentenceInitial(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return true;
  const std::string& t = tokens[i - 1].text;
  // "... opinion.\" [16] While ...": after a reference mark, a sentence starts.
  if (t == "]" && i >= 3 && tokens[i - 3].text == "[") return true;
  return t == "\"" || t == "'" || t == "*" || t == "-" || t == "(" || t == "[" || t == ":";
}

bool IsAwardFollower(const std::string& t) {
  return t == "award" || t == "medal" || t == "prize" || t.rfind("award-", 0) == 0 || t.rfind("prize-", 0) == 0;
}

bool IsLandformWord(const std::string& t) {
  static const std::unordered_set<std::string> words = {
      "Sea",      "Ocean",    "Shelf",   "Glacier",  "Desert",    "Peninsula", "Strait",      "Straits",
      "Canal",    "Coast",    "Gulf",    "Channel",  "Mountains", "Range",     "Plateau",     "Basin",
      "Delta",    "Cape",     "Reef",    "Lagoon",   "Fjord",     "Volcano",   "Forest",      "Quarter",
      "Territory", "Territories", "Province", "Prefecture", "Archipelago", "Highlands", "Memorial", "Falls"};
  return words.count(t) > 0;
}

bool IsEventHead(const std::string& t) {
  static const std::unordered_set<std::string> words = {"Battle", "Siege", "Sack", "Invasion", "Massacre",
                                                        "Uprising", "Revolt", "Liberation", "Relief"};
  return words.count(t) > 0;
}

bool IsPostNominalAfterName(const std::vector<Token>& tokens, size_t i) {
  return i > 0 && Lexicon::Get().IsPostNominal(tokens[i].text) &&
         (Capitalised(tokens[i - 1].text) || tokens[i - 1].text == "," || Lexicon::Get().IsPostNominal(tokens[i - 1].text));
}

bool KindOfPeopleHere(const Token& token) {
  const Lexicon& lex = Lexicon::Get();
  return lex.IsKindOfPeople(token.text) && !(token.name() == "B-PER" && lex.IsGivenName(token.text));
}

bool IsEventWord(const std::string& t) {
  static const std::unordered_set<std::string> words = {
      "Festival", "Championship", "Championships", "Olympics", "Games",   "Tournament",
      "Summit",   "Expo",         "Fair",          "Marathon", "Regatta", "Biennale", "Draft", "Game"};  // not "Episcopal Conference"
  return words.count(t) > 0;
}

bool ShortFormShaped(const std::string& word) {
  size_t capitals = 0;
  for (char c : word) {
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '.') return false;
    capitals += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return capitals >= 2 && word.size() <= 8;
}

bool NamesCountry(const std::string& name) { return name.size() > 3 && !Lexicon::Get().CountryCode(name).empty(); }

}  // namespace kg::compiler
