#include "engine/compiler/mentions/tagged_names.h"

#include <cctype>
#include <unordered_set>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/lexicon/wordnet_names.h"
#include "engine/compiler/mentions/name_words.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

// The tagger's name over tokens [first, last], or nothing when it is no name: no capital
// anywhere ("wasn"), a word that names nothing ("OK"), or a lone plural taken for a person or a
// place, which is a group of people ("Londoners"); teams ("the Pirates") stay.
std::optional<NameSpan> TaggedSpan(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last) {
  const Lexicon& lex = Lexicon::Get();
  EntityType type = TypeOfTag(tokens[first].name());
  while (first <= last && (tokens[first].lower == "the" || lex.IsPersonTitle(tokens[first].text))) ++first;
  while (last > first && (IsConnector(tokens[last].text) || !std::isalnum(static_cast<unsigned char>(tokens[last].text[0]))))
    --last;  // "Frontpage of": a name does not end in "of"
  while (last > first + 1 && lex.IsPostNominal(tokens[last].text)) --last;  // "Zaha Hadid DBE"
  if (first > last) return std::nullopt;
  // "pro-Ostavia", "anti-Marrowby": a name under a prefix in lower case is an adjective.
  const std::string& opening = tokens[first].text;
  if ((std::islower(static_cast<unsigned char>(opening[0])) && opening.find('-') != std::string::npos &&
       !Capitalised(opening)) ||
      (first == last && IsPrefixedAdjective(opening)))
    return std::nullopt;
  bool capital = false;
  for (size_t k = first; k <= last; ++k)
    for (char c : tokens[k].text) capital |= std::isupper(static_cast<unsigned char>(c)) != 0;
  if (!capital ||
      (first == last && (lex.IsNotAName(tokens[first].text) || KindOfPeopleHere(tokens[first]) ||
                         IsPostNominalAfterName(tokens, first))) ||
      (first == last && tokens[first].pos() == "NNPS" && type != EntityType::kOrganization))
    return std::nullopt;
  NameSpan span;
  span.sentence = sentence;
  span.first = first;
  span.last = last;
  for (size_t k = first; k <= last; ++k) span.text += (k > first ? " " : "") + tokens[k].text;
  // A lone word the tagger calls a place or an organisation may still be someone's surname.
  if (first < last || type == EntityType::kPerson) span.type = type;
  else span.fallback = type;
  return span;
}

// The tagger's run over [first, last] as names: two where an "and" joins two names ("the
// Untied Nations and United States"), one where it is inside a body's name ("Fire and Rescue
// Service": an organisation word follows it).
void AddTaggedSpans(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last,
                    std::vector<NameSpan>* out) {
  const Lexicon& lex = Lexicon::Get();
  for (size_t k = first + 1; k < last; ++k) {
    if (tokens[k].text != "and") continue;
    bool body_after = false;
    for (size_t m = k + 1; m <= last; ++m) body_after |= lex.IsOrgWord(tokens[m].text);
    if (body_after) break;
    AddTaggedSpans(tokens, sentence, first, k - 1, out);
    AddTaggedSpans(tokens, sentence, k + 1, last, out);
    return;
  }
  if (auto span = TaggedSpan(tokens, sentence, first, last)) out->push_back(std::move(*span));
}

// A name inside the name [first, last] of another entity, of the type the words say.
NameSpan NestedSpan(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last, EntityType type) {
  NameSpan span = SpanOfTokens(tokens, sentence, first, last);
  span.type = type;
  span.cued = true;
  span.nested = true;
  return span;
}

// "University of Southern Indiana", "Bay of Bengal", "Battle of Chudnov": a name whose head is
// a place's kind, a university or a battle, of capitalised words that are no dictionary words
// (save a compass word first: not "University of Technology"). Where those words begin, or 0.
size_t PlaceAfterOf(const Lexicon& lex, const std::vector<Token>& tokens, size_t first, size_t last) {
  static const std::unordered_set<std::string> heads = {
      "University", "College", "Municipality", "County", "Bay", "Gulf", "Sea", "Isle",
      "Republic", "Kingdom", "Duchy", "Diocese", "Archdiocese", "City", "Town", "Borough", "District",
      "Region", "Port", "Battle", "Siege", "Sack", "Invasion", "Massacre", "Liberation"};
  if (last < first + 2 || !heads.count(tokens[first].text) || tokens[first + 1].text != "of") return 0;
  size_t place = first + 2;
  if (place < last && tokens[place].text == "the") return 0;  // "Republic of the Congo" is the whole name
  // A known place passes though it is a word too: "the Siege of Savannah".
  std::string rest;
  for (size_t k = place; k <= last; ++k) rest += (k > place ? " " : "") + tokens[k].text;
  if (lex.IsCountryOrRegion(rest) || lex.IsCity(rest) || (lex.WordNetKindOf(Lower(rest)) & kWordNetPlace)) return place;
  for (size_t k = place; k <= last; ++k) {
    const std::string& word = tokens[k].text;
    bool compass = k == place && k < last && IsCompass(word);
    if (!Capitalised(word) || IsConnector(word) || lex.IsOrgWord(word) || (lex.IsCommonWord(word) && !compass) ||
        lex.IsFacilityWord(word))
      return 0;
  }
  return place;
}

// "the Velmont Falcons", "the Dunmore Red Sox": a team named after a town no list knows,
// its mascot a plural of a dictionary word. Where the town's words begin, or 0 (for none: the
// name opens with no town).
size_t TownOfTeam(const Lexicon& lex, const std::vector<Token>& tokens, size_t first, size_t last, size_t* town_last) {
  const std::string& closing = tokens[last].text;
  size_t mascot = closing == "Sox" ? last - 1 : last;
  std::string singular = closing.size() > 4 && closing.back() == 's' ? Lower(closing.substr(0, closing.size() - 1)) : "";
  static const std::unordered_set<std::string> not_mascots = {
      "Sports", "Games", "Dances", "Songs", "Studies", "Affairs", "Arts", "Sciences", "Letters", "Works",
      "Baths", "Gardens", "Rooms", "Halls", "Arms", "Mills", "Docks", "Apartments", "Suites", "Stores", "Markets"};
  if (mascot <= first || not_mascots.count(closing) ||
      (closing != "Sox" && (singular.empty() || !lex.IsCommonWord(singular) || lex.IsOrgWord(closing) ||
                            lex.Kin(singular) || lex.IsInhabitantWord(closing))))
    return 0;
  size_t town = first + (tokens[first].text.find('-') != std::string::npos ? 1 : 0);  // "Triple-A"
  if (town >= mascot || mascot - town > 2) return 0;
  for (size_t k = town; k < mascot; ++k) {
    const std::string& word = tokens[k].text;
    if (!Capitalised(word) || AllCaps(word) || lex.IsCommonWord(word) || lex.IsGivenName(word) || lex.IsOrgWord(word) ||
        lex.IsPlaceWord(word) || lex.IsInhabitantWord(word) || IsConnector(word) || DemonymShaped(Lower(word)) ||
        word.back() == 's')  // "Slavonic Dances", "Hells Bells"
      return 0;
  }
  *town_last = mascot - 1;
  return town;
}

}  // namespace

EntityType TypeOfTag(const std::string& tag) {
  std::string_view type = std::string_view(tag).substr(2);
  return type == "PER" ? EntityType::kPerson : type == "ORG" ? EntityType::kOrganization : EntityType::kLocation;
}

std::optional<EntityType> TaggedType(const std::vector<Token>& tokens, size_t first, size_t last) {
  int votes[3] = {0, 0, 0};
  size_t tagged = 0;
  for (size_t k = first; k <= last; ++k)
    if (tokens[k].name().size() > 2) {
      ++tagged;
      ++votes[static_cast<int>(TypeOfTag(tokens[k].name()))];
    }
  if (tagged * 2 < last - first + 1) return std::nullopt;
  int best = 0;
  for (int t = 1; t < 3; ++t)
    if (votes[t] > votes[best]) best = t;
  return static_cast<EntityType>(best);
}

void NestedPlaces(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last,
                  std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  if (size_t place = PlaceAfterOf(lex, tokens, first, last)) {
    names->push_back(NestedSpan(tokens, sentence, place, last, EntityType::kLocation));
    last = place - 1;  // the words before it may hold a place too
  }
  size_t town_last = 0;
  if (size_t town = TownOfTeam(lex, tokens, first, last, &town_last)) {
    names->push_back(NestedSpan(tokens, sentence, town, town_last, EntityType::kLocation));
    return;
  }
  // "Harvard University": a school is often named after a person, whom WordNet may also know
  // as a place (John Harvard, and Harvard the university): there that place is no place.
  const std::string& head = tokens[last].text;
  bool school = head == "University" || head == "College" || head == "School" || head == "Academy";
  for (size_t k = first; k <= last; ++k) {
    size_t longest = 0;
    std::string name;
    for (size_t n = 1; n <= 4 && k + n - 1 <= last; ++n) {
      const std::string& word = tokens[k + n - 1].text;
      if (word == "." && n > 1 && n < 4) {  // "St. Louis": the period belongs to the word before it
        name += ".";
        continue;
      }
      if (!Capitalised(word)) break;
      name += (n > 1 ? " " : "") + word;
      if (n == last - first + 1) break;  // the whole name is not nested in itself
      // Region and WordNet place names include words like "West", "Bay" and "Mary": only a
      // country's name, or an uncommon word.
      // Nor a word for a place's people ("Canadian" is a river too).
      bool uncommon = !lex.IsCommonWord(name) && !lex.IsGivenName(name) && !IsCompass(name) && name.size() >= 4 &&
                      !lex.IsInhabitantWord(name);
      // ISO codes are not names, save "US", "UK" and their kind ("TV" is no Tuvalu).
      bool country = (name.size() > 3 || IsCountryAbbreviation(name)) && !lex.CountryCode(name).empty();
      uint32_t wordnet = lex.WordNetKindOf(Lower(name));
      // "Virginia State University": before "State", a state's name is the state's, whoever
      // else it names.
      bool state_school = school && k + n <= last && tokens[k + n].text == "State";
      bool place = country || (state_school && (lex.IsCountryOrRegion(name) || (wordnet & kWordNetPlace))) ||
                   (uncommon && (lex.IsCountryOrRegion(name) || lex.IsCity(name) ||
                                 ((wordnet & kWordNetPlace) && !(school && (wordnet & kWordNetPerson)))));
      if (place) longest = n;
    }
    if (longest == 0) continue;
    // "Taipei City" of "the Taipei City Lantern Festival", but the city of "Salford City Council".
    size_t after = k + longest;
    if (after <= last && tokens[after].text == "City" && !(k == first && after == last) &&
        !(after < last && lex.IsOrgWord(tokens[after + 1].text)))
      ++longest;
    names->push_back(NestedSpan(tokens, sentence, k, k + longest - 1, EntityType::kLocation));
    k += longest - 1;
  }
}

std::vector<NameSpan> TaggedRuns(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last) {
  std::vector<NameSpan> runs;
  for (size_t i = first; i <= last; ++i) {
    if (tokens[i].name().size() < 3) continue;
    size_t end = i;
    while (end + 1 <= last && tokens[end + 1].name().size() > 2 && tokens[end + 1].name()[0] == 'I') ++end;
    AddTaggedSpans(tokens, sentence, i, end, &runs);
    i = end;
  }
  return runs;
}

void TaggedNamesNotFound(const std::vector<Token>& tokens, size_t sentence, const std::vector<bool>& ruled,
                         std::vector<NameSpan>* names) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].name().size() < 3 || tokens[i].name()[0] != 'B') continue;
    size_t last = i;
    while (last + 1 < tokens.size() && tokens[last + 1].name().size() > 2 && tokens[last + 1].name()[0] == 'I') ++last;
    bool seen = false;
    for (size_t k = i; k <= last; ++k) seen |= ruled[k];
    if (!seen) AddTaggedSpans(tokens, sentence, i, last, names);
    i = last;
  }
}

void NestedEponyms(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last, bool body,
                   std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  auto person_word = [&](const Token& t) {
    uint8_t kind = lex.WordNetKindOf(t.lower);
    return (kind & kWordNetPerson) && !(kind & kWordNetPlace);
  };
  auto plain_word = [&](const Token& t) {  // a word of a name that says nothing of a body or a place
    return Capitalised(t.text) && !AllCaps(t.text) && !IsConnector(t.text) && !lex.IsOrgWord(t.text) &&
           !lex.IsPlaceWord(t.text) && !lex.IsFacilityWord(t.text) && !lex.IsAwardWord(t.text) &&
           !IsEventWord(t.text) && !lex.IsPersonTitle(t.text) && !lex.IsCountryOrRegion(t.text) &&
           lex.CountryCode(t.text).empty();
  };
  size_t end = first;  // one past the person's name
  if (plain_word(tokens[first]) && person_word(tokens[first]) && !body) {
    end = first + 1;  // "Carnegie Hall", "Nobel Peace Prize"
  } else if (lex.IsGivenName(tokens[first].text) && !lex.IsCommonWord(tokens[first].text) && first + 2 <= last &&
             !(lex.WordNetKindOf(tokens[first].lower) & kWordNetPlace) &&  // "Washington Dulles Airport"
             plain_word(tokens[first + 1]) && !lex.IsCommonWord(tokens[first + 1].text)) {
    end = first + 2;  // "Andy Warhol Foundation"; not "Grace Church", "Alexandra Hospital"
  }
  if (end == first || end > last || IsConnector(tokens[end].text)) return;
  names->push_back(NestedSpan(tokens, sentence, first, end - 1, EntityType::kPerson));
}

void NestedAcronyms(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last,
                    std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  // "the FBI Swat Team": a unit of the body is the body's mention, not a name holding it.
  if (last == first || lex.IsOrgWord(tokens[last].text)) return;
  for (size_t k = first; k <= last; ++k) {
    const std::string& word = tokens[k].text;
    if (k > first && tokens[k - 1].text == "of") continue;  // "University of NSW": what it is of
    if (word.size() < 3 || !ShortFormShaped(word) || !lex.CountryCode(word).empty() || lex.IsNotAName(word) ||
        lex.IsPostNominal(word) || lex.IsAwardWord(word))  // "DBE"
      continue;
    bool more_than_kind = false;  // "BBC News", "NASA Administrator": the acronym's own body
    for (size_t m = first; m <= last; ++m)
      more_than_kind |= m != k && !lex.IsOrgWord(tokens[m].text) && !lex.IsPersonTitle(tokens[m].text);
    if (!more_than_kind) return;
    names->push_back(NestedSpan(tokens, sentence, k, k, EntityType::kOrganization));
  }
}

}  // namespace kg::compiler
