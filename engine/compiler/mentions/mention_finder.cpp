#include "engine/compiler/mentions/mention_finder.h"
#include "engine/compiler/text/normalize.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/lexicon/wordnet_names.h"
#include "engine/compiler/mentions/name_context.h"
#include "engine/compiler/mentions/name_words.h"
#include "engine/compiler/mentions/tagged_names.h"

namespace kg::compiler {

namespace {

// "de Lafayette" after "Marquis": a particle of nobility and the name it is of.
bool ParticleThenName(const std::vector<Token>& tokens, size_t i) {
  return i + 1 < tokens.size() && (tokens[i].text == "de" || tokens[i].text == "von" || tokens[i].text == "di") &&
         Capitalised(tokens[i + 1].text);
}

// "Image: Jane Doe", "Photo: ...": the word that opens a credit.
bool IsCreditWord(const std::string& t) { return t == "Image" || t == "Images" || t == "Photo" || t == "Video"; }

// Lower-case particles inside people's names: "Jean le Rond", "Caron de Beaumarchais",
// "Ludwig van Beethoven", "Muhammad al-Hajj" (a name joined to it by a hyphen is one token).
bool IsNameParticle(const std::string& t) {
  static const char* words[] = {"le", "la", "de", "du", "da", "di", "van", "von", "der", "den", "del", "bin", "ibn", "dos", "das"};
  return OneOf(t, words);
}

// "J." of "Charles J. Fillmore", "St." of "St. Petersburg": one capital letter, or a
// saint's or a mountain's abbreviation, and its full stop.
bool IsInitial(const std::vector<Token>& tokens, size_t k) {
  const std::string& t = tokens[k].text;
  bool letter = t.size() == 1 && std::isupper(static_cast<unsigned char>(t[0]));
  return k + 1 < tokens.size() && (letter || t == "St" || t == "Mt" || t == "Ft") && tokens[k + 1].text == "." &&
         tokens[k + 1].begin == tokens[k].end;
}

// "high-security": every part is a common word.
bool CommonCompound(const Lexicon& lex, const std::string& word) {
  size_t start = 0;
  while (start <= word.size()) {
    size_t dash = word.find('-', start);
    std::string part = word.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (part.empty() || !lex.IsCommonWord(part)) return false;
    if (dash == std::string::npos) return true;
    start = dash + 1;
  }
  return true;
}

// "Carnegie Hall", "the Museum of Modern Art", "Kennedy Space Center": a name whose head (its
// last word, or the last before "of") is a building or a site, and which is not a person's
// ("Steve Hall"; but "Kennedy Space Center" has more than a given name before its head).
bool NamesFacility(const Lexicon& lex, const std::vector<Token>& tokens, size_t first, size_t last) {
  if (last == first || (last == first + 1 && lex.IsGivenName(tokens[first].text))) return false;
  size_t head = last;
  for (size_t k = first + 1; k < last; ++k) {
    if (tokens[k].text == "for") return false;  // "Center for Advanced Study": an institution
    if (tokens[k].text == "of") {
      head = k - 1;
      break;
    }
  }
  return lex.IsFacilityWord(tokens[head].text);
}

// A known place's name and then capitalised words ending in a plural: a team ("Houston
// Astros", "Indianapolis Indians", "Boston Red Sox"), not people of the place or a district.
bool TeamName(const Lexicon& lex, const std::vector<Token>& tokens, size_t first, size_t last) {
  static const char* landforms[] = {"Springs", "Falls", "Heights", "Hills", "Sands", "Rapids", "Woods", "Lakes",
                                    "Meadows", "Fields", "Flats", "Keys", "Islands", "Isles", "Mountains", "Plains",
                                    "Pines", "Oaks", "Wells", "Cliffs", "Downs", "Dunes"};
  const std::string& closing = tokens[last].text;
  bool plural = closing == "Sox" || (closing.size() >= 4 && closing.back() == 's');
  if (last == first || !plural ||
      lex.IsPlaceWord(closing) || lex.IsOrgWord(closing) || lex.IsFacilityWord(closing) ||
      (lex.WordNetKindOf(Lower(closing)) & kWordNetPlace) || lex.IsGivenName(tokens[first].text) ||
      IsCompass(tokens[first].text) || closing.compare(closing.size() - 3, 3, "ics") == 0 ||  // "Politics"
      std::any_of(std::begin(landforms), std::end(landforms), [&](const char* w) { return closing == w; }))
    return false;
  std::string place;
  for (size_t k = first; k < last && k < first + 4; ++k) {
    if (tokens[k].text == ".") {  // "St. Louis": the period belongs to the word before it
      place += ".";
      continue;
    }
    place += (place.empty() ? "" : " ") + tokens[k].text;
    if (lex.IsCountryOrRegion(place) || lex.IsCity(place) || (lex.WordNetKindOf(Lower(place)) & kWordNetPlace)) {
      for (size_t m = k + 1; m <= last; ++m)
        if (!Capitalised(tokens[m].text) || IsConnector(tokens[m].text)) return false;
      return true;
    }
  }
  return false;
}

// "To Write Love On Her Arms", "The Lady Who Walked": a pronoun, preposition or auxiliary
// written with a capital inside a run is a title's Title Case, not a name's, unless an
// organisation word says it names a body.
bool TitleCasedPhrase(const Lexicon& lex, const std::vector<Token>& tokens, size_t first, size_t last) {
  static const char* closed[] = {"To", "Into", "On", "At", "With", "From", "By", "About", "Is", "Are", "Was",
                                 "Were", "Be", "Do", "Does", "Did", "Don", "You", "Your", "Her", "His", "Him",
                                 "She", "He", "It", "We", "They", "Their", "Who", "What", "When", "Where", "Why",
                                 "How", "Not", "My", "Me", "Our", "Can", "Will"};
  if (last < first + 2) return false;
  bool closed_word = false;
  for (size_t k = first + 1; k <= last; ++k) {
    if (lex.IsOrgWord(tokens[k].text)) return false;  // "the Doctor Who Society"
    for (const char* word : closed) closed_word |= tokens[k].text == word;
  }
  return closed_word;
}

// "Siu-lai", "Jae-in", "Chi-fung": two syllables joined by a hyphen, the second in lower case,
// as Cantonese and Korean given names are romanised.
bool RomanisedGivenName(const std::string& word) {
  size_t hyphen = word.find('-');
  if (hyphen == std::string::npos || hyphen < 2 || hyphen > 5 || word.size() - hyphen - 1 < 2 ||
      word.size() - hyphen - 1 > 5 || !std::isupper(static_cast<unsigned char>(word[0])))
    return false;
  // Not an Arabic article or kin word before a name: "Al-Noor", "Abu-Bakr".
  static const std::unordered_set<std::string> particles = {"Al", "El", "Ad", "Ar", "As", "An", "At", "Az",
                                                            "Ash", "Abu", "Bin", "Ibn", "Ben", "Bou"};
  if (particles.count(word.substr(0, hyphen))) return false;
  for (size_t k = 1; k < word.size(); ++k)  // "Jae-in", "Seo-Jun"
    if (k != hyphen && !std::islower(static_cast<unsigned char>(word[k])) &&
        !(k == hyphen + 1 && std::isupper(static_cast<unsigned char>(word[k]))))
      return false;
  return true;
}

// "Fromer" for "Former": two letters swapped, one dropped or one mistyped in a common word.
bool MisspeltCommonWord(const Lexicon& lex, const std::string& word) {
  std::string lower = Lower(word), variant;
  for (size_t k = 0; k + 1 < lower.size(); ++k) {
    variant = lower;
    std::swap(variant[k], variant[k + 1]);
    if (lex.IsCommonWord(variant)) return true;
  }
  for (size_t k = 0; k < lower.size(); ++k) {
    variant = lower;
    variant.erase(k, 1);
    if (variant.size() > 2 && lex.IsCommonWord(variant)) return true;
    variant = lower;
    for (char c = 'a'; c <= 'z'; ++c) {
      variant[k] = c;
      if (c != lower[k] && lex.IsCommonWord(variant)) return true;
    }
  }
  return false;
}

// MisspeltCommonWord, some thirty dictionary lookups per letter, remembered per word (per
// thread, bounded): an article repeats its names, and a process compiles many articles.
bool LooksMisspelt(const Lexicon& lex, const std::string& word) {
  thread_local std::unordered_map<std::string, bool> known;
  if (auto it = known.find(word); it != known.end()) return it->second;
  if (known.size() >= (1u << 16)) known.clear();
  return known[word] = MisspeltCommonWord(lex, word);
}

bool IsMotionVerb(const std::string& t) {
  static const char* words[] = {"fled", "flee", "flees", "moved", "travelled", "traveled", "flew", "went", "returned",
                                "emigrated", "escaped", "relocated", "sailed", "drove"};
  return OneOf(t, words);
}

// The tokens of a possessive ending at k, written against the word before: 2 for "People"
// "'" "s", 1 for "Workers" "'", else 0.
size_t PossessiveAt(const std::vector<Token>& tokens, size_t k) {
  if (k == 0 || k + 1 >= tokens.size() || tokens[k].text != "'" || tokens[k].begin != tokens[k - 1].end) return 0;
  if (tokens[k + 1].text == "s" && tokens[k + 1].begin == tokens[k].end) return 2;
  return tokens[k - 1].text.back() == 's' && tokens[k + 1].begin > tokens[k].end ? 1 : 0;
}

// "Korean People's Army", "Women's Institute", "Queen's University": a common word's
// possessive inside the name of a body or a place (the words after it end in one of their
// words); a name's possessive ("Obama's White House") ends the name. The possessive's tokens
// after `end` (see PossessiveAt), or 0.
size_t InnerPossessive(const Lexicon& lex, const std::vector<Token>& tokens, size_t end);

// "Association for Computing Machinery", "Foundation for the Visual Arts": what a body is
// for, named after "for" (and "the"). The tokens after `end` that join the name, or 0.
size_t PurposeAfterBody(const Lexicon& lex, const std::vector<Token>& tokens, size_t end);

// "Environment Canada", "Food Standards Australia": what a country's government does, then
// the country, names the agency that does it ("Greater Manchester", "Central Europe" are places).
bool CountrysAgency(const Lexicon& lex, const std::vector<Token>& tokens, size_t first, size_t last) {
  static const char* sizes[] = {"Greater", "Central", "Upper", "Lower", "Inner", "Outer", "Old", "New",
                                "Little", "Great", "Metropolitan", "Mainland", "Rural", "Coastal"};
  size_t country = last;
  while (country > first && !NamesCountry(tokens[country].text)) --country;
  if (country == first || !NamesCountry(tokens[country].text)) return false;
  for (size_t k = first; k < country; ++k) {
    const std::string& word = tokens[k].text;
    if (!lex.IsCommonWord(word) || lex.IsProperNoun(word) || IsCompass(word) || IsConnector(word) ||
        lex.IsFacilityWord(word) ||
        std::any_of(std::begin(sizes), std::end(sizes), [&](const char* w) { return word == w; }))
      return false;
  }
  return true;
}

// "I", "XV", "VIII": a Roman numeral of a regnal number.
bool IsRomanNumeral(const std::string& word) {
  return !word.empty() && word.size() <= 5 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; });
}

// *typed: a cue decided the type; *guessed: no cue did, the type is a default the name tagger
// may overrule.
EntityType Classify(const std::vector<Token>& tokens, size_t first, size_t last, const std::string& title,
                    bool* typed, bool* guessed) {
  const Lexicon& lex = Lexicon::Get();
  *typed = true;
  *guessed = false;
  if (title.empty() && TitleCasedPhrase(lex, tokens, first, last)) return EntityType::kWork;
  // "his book, X" / "the documentary X" / "book X"; "the charity, X" / "the youth project X"
  for (size_t k = first; k > 0 && first - k < 4; --k) {
    const std::string& t = tokens[k - 1].text;
    if (lex.IsWorkNoun(t)) return EntityType::kWork;
    if (lex.IsOrgNoun(t) && title.empty()) return EntityType::kOrganization;
    if (t != "," && t != "his" && t != "her" && t != "their" && t != "the" && t != "The" && t != "new" &&
        t != "latest" && t != "a")
      break;
  }
  std::string name;
  for (size_t k = first; k <= last; ++k) name += (k > first ? " " : "") + tokens[k].text;
  bool country = lex.IsCountryOrRegion(name) || NamesCountry(name) ||
                 (first == last && IsCountryAbbreviation(tokens[first].text));
  if (title.empty() && !country && last + 1 < tokens.size() && lex.IsOrgNoun(tokens[last + 1].text))
    return EntityType::kOrganization;  // "the Save Our Pool campaign", not "the UK business"
  // "wrote The Cold Water": a title right after a verb of authorship.
  size_t before = first > 0 && tokens[first - 1].text == "The" ? first - 1 : first;
  if (before > 0) {
    static const char* verbs[] = {"wrote", "written", "writes", "published", "directed", "released", "filmed"};
    for (const char* v : verbs)
      if (tokens[before - 1].text == v && last > first) return EntityType::kWork;
  }
  if (tokens[last].text == "Awards") return EntityType::kEvent;  // "the Northern Business Awards": a ceremony
  if (last > first && IsEventWord(tokens[last].text)) return EntityType::kEvent;  // "Berlin Film Festival"
  if (last >= first + 2 && IsEventHead(tokens[first].text) && tokens[first + 1].text == "of")
    return EntityType::kEvent;  // "the Battle of Chudnov"
  // "King Louis XV", "Norton I": a regnal number after names no dictionary knows as words ("World
  // War II" is no king).
  if (last > first && last <= first + 2 && IsRomanNumeral(tokens[last].text)) {
    bool names = true;
    for (size_t k = first; k < last; ++k)
      names &= (lex.IsGivenName(tokens[k].text) || !lex.IsCommonWord(tokens[k].text)) && !lex.IsOrgWord(tokens[k].text) &&
               !lex.IsPlaceWord(tokens[k].text) && !AllCaps(tokens[k].text);
    if (names) return EntityType::kPerson;
  }
  // "Agnes of Marrowby", "Edmund of Quenmoor": a given name alone with where its bearer was of.
  if (last >= first + 2 && last <= first + 3 && tokens[first + 1].text == "of" && lex.IsGivenName(tokens[first].text) &&
      !lex.IsCommonWord(tokens[first].text) && !lex.IsCountryOrRegion(tokens[first].text)) {
    bool plain = true;
    for (size_t k = first + 2; k <= last; ++k)
      plain &= Capitalised(tokens[k].text) && !IsConnector(tokens[k].text) && !lex.IsOrgWord(tokens[k].text) &&
               !lex.IsFacilityWord(tokens[k].text);
    if (plain) return EntityType::kPerson;
  }
  if (lex.IsAwardWord(tokens[last].text)) return EntityType::kAward;
  if (title.empty() && before > 0 &&
      (tokens[before - 1].text == "won" || tokens[before - 1].text == "scooped" || tokens[before - 1].text == "awarded"))
    return EntityType::kAward;  // "won Charity of the Year"
  if (title.empty() && before > 0 &&
      (tokens[before - 1].text == "founded" || tokens[before - 1].text == "co-founded" ||
       tokens[before - 1].text == "launched" || tokens[before - 1].text == "established" ||
       (tokens[before - 1].text == "up" && before >= 2 && tokens[before - 2].text == "set")))
    return EntityType::kOrganization;  // "founded The Long Table", "set up Second Step"
  if (last + 1 < tokens.size() && IsAwardFollower(tokens[last + 1].text)) return EntityType::kAward;
  if (first == last && IsCountryAbbreviation(tokens[first].text)) return EntityType::kLocation;
  // "fled to X", "moved to X": a destination.
  if (first >= 2 && tokens[first - 1].text == "to" && IsMotionVerb(tokens[first - 2].text)) return EntityType::kLocation;
  // "in LA": a short capitalised place name after a preposition of place.
  if (first == last && AllCaps(tokens[first].text) && first > 0 && tokens[first - 1].text == "in")
    return EntityType::kLocation;
  // A country before organisation words ("United" would make it a club), a title before a
  // country ("Mr Wakefield" is a person even though Wakefield is a town).
  if (title.empty() && (lex.IsCountryOrRegion(name) || NamesCountry(name))) return EntityType::kLocation;
  if (title.empty() && CountrysAgency(lex, tokens, first, last)) return EntityType::kOrganization;
  if (title.empty() && NamesFacility(lex, tokens, first, last)) return EntityType::kLocation;
  // "the Disney Channel", "the History Channel": a broadcaster, unless a place or its people name
  // the strait ("the English Channel", "the Bristol Channel").
  if (title.empty() && last == first + 1 && tokens[last].text == "Channel" && !DemonymShaped(tokens[first].lower) &&
      !lex.IsInhabitantWord(tokens[first].text) && !lex.IsCountryOrRegion(tokens[first].text) &&
      !lex.IsCity(tokens[first].text) && !(lex.WordNetKindOf(tokens[first].lower) & kWordNetPlace))
    return EntityType::kOrganization;
  if (title.empty() && last > first && IsLandformWord(tokens[last].text)) return EntityType::kLocation;  // "Ross Sea"
  if (last > first && lex.IsPeriodicalWord(tokens[last].text)) return EntityType::kOrganization;  // "LA Weekly"
  if (title.empty() && TeamName(lex, tokens, first, last)) return EntityType::kOrganization;
  for (size_t k = first; k <= last; ++k)
    if (lex.IsOrgWord(tokens[k].text)) return EntityType::kOrganization;
  if (std::optional<EntityType> apposed = last > first ? TypeInApposition(tokens, last) : std::nullopt) return *apposed;
  if (std::optional<EntityType> named = TypeBeforeNamed(tokens, first)) return *named;
  if (last > first && last <= first + 2 && HeadOfBodyBefore(tokens, first)) return EntityType::kPerson;
  for (size_t k = first; k <= last; ++k)
    if (AllCaps(tokens[k].text) && !(first == last && lex.IsCommonWord(tokens[k].text))) {
      *guessed = true;  // an acronym is as often a thing ("CD", "IQ") as an organisation
      return EntityType::kOrganization;
    }
  if (!title.empty()) return EntityType::kPerson;
  if (last + 1 < tokens.size() && lex.IsVenueNoun(tokens[last + 1].text)) return EntityType::kLocation;
  // "Christopher Hill", "Lena Park": a given name that is no dictionary word before one place
  // word that is also a surname; "Primrose Hill" and "Beverly Hills" stay places.
  if (last > first && last <= first + 2 && lex.IsGivenName(tokens[first].text) && !lex.IsCommonWord(tokens[first].text) &&
      !lex.IsCountryOrRegion(tokens[first].text) && lex.IsPlaceWord(tokens[last].text) && tokens[last].text.back() != 's' &&
      (last == first + 1 || !lex.IsCommonWord(tokens[first + 1].text)) &&
      !(first > 0 && (tokens[first - 1].lower == "the" || IsPlacePreposition(tokens[first - 1].text))))
    return EntityType::kPerson;
  // "Lau Siu-lai", "Moon Jae-in", "Park Seo-Jun": a short family name before a romanised
  // two-syllable given name.
  if (last == first + 1 && RomanisedGivenName(tokens[last].text) &&
      (!lex.IsPlaceWord(tokens[first].text) || tokens[first].text.size() <= 4))
    return EntityType::kPerson;
  if (lex.IsPlaceWord(tokens[first].text) || lex.IsPlaceWord(tokens[last].text)) return EntityType::kLocation;
  // "Auguste Chevalier", "Will Middlebrooks": a given name (a dictionary word too, for a
  // surname no dictionary knows), then one or two capitalised words, none of them a dictionary
  // word ("Moss Lane Crew", "Marlow Cross" are left to the tagger).
  // Not where a place goes and the tagger reads one: "in Washington D.C.".
  bool tagged_place_slot = first > 0 && (tokens[first - 1].text == "in" || tokens[first - 1].text == "near") &&
                           TaggedType(tokens, first, last) == EntityType::kLocation;
  if (last > first && last - first <= 2 && lex.IsGivenName(tokens[first].text) && !tagged_place_slot) {
    bool names_only = true;
    for (size_t k = first + 1; k <= last; ++k) names_only &= Capitalised(tokens[k].text) && !lex.IsCommonWord(tokens[k].text);
    if (names_only && (!lex.IsCommonWord(tokens[first].text) || !lex.IsProperNoun(tokens[last].text)))
      return EntityType::kPerson;
  }
  if (first > 0 && IsCompass(tokens[first - 1].text)) return EntityType::kLocation;
  if (last > first && IsCompass(tokens[first].text) && Capitalised(tokens[first].text))
    return EntityType::kLocation;  // "South Yorkshire", "West Midlands"
  if (first >= 2 && tokens[first - 1].text == "," && lex.IsPlaceWord(tokens[first - 2].text))
    return EntityType::kLocation;  // "Castle Street, Hinton": the town after the street
  if (last + 2 < tokens.size() && tokens[last + 1].text == "," && IsCompass(tokens[last + 2].text))
    return EntityType::kLocation;
  // "... worse," Khaled Al-Maeena, editor at large, said; "Ann Vale said": the speaker of a
  // quotation is a person.
  static const char* speech[] = {"said", "says", "told", "added", "explained", "recalled", "wrote"};
  bool said_after = last + 1 < tokens.size() &&
                    std::any_of(std::begin(speech), std::end(speech), [&](const char* w) { return tokens[last + 1].text == w; });
  bool after_quote = first >= 2 && ((tokens[first - 1].text == "\"" && tokens[first - 2].text == ",") ||
                                    (tokens[first - 1].text == "," && tokens[first - 2].text == "\""));
  if (last > first && last <= first + 3 && (said_after || after_quote)) {
    // Unless a word or the tagger says it is a body or a place: "Police said", "Coast Guard said".
    std::string whole;
    bool plain = true;
    for (size_t k = first; k <= last; ++k) {
      whole += (k > first ? " " : "") + tokens[k].text;
      plain &= !lex.IsOrgWord(tokens[k].text) && !lex.IsPlaceWord(tokens[k].text) &&
               tokens[k].name().find("ORG") == std::string::npos;
    }
    plain &= !lex.IsCountryOrRegion(whole) && !lex.IsCountryOrRegion(tokens[first].text);  // "Cornwall Beach Patrol"
    if (plain) return EntityType::kPerson;
  }
  bool after_place_word = first > 0 && IsPlacePreposition(tokens[first - 1].text);
  if (first > 1 && (tokens[first - 1].text == "to" || tokens[first - 1].text == "told") &&
      (tokens[first - 2].lower == "speaking" || tokens[first - 1].text == "told") && first == last)
    return EntityType::kOrganization;  // "told X" / "speaking to X": a news outlet
  if (first > 2 && tokens[first - 1].text == "the" &&
      (tokens[first - 2].text == "told" || (tokens[first - 2].text == "to" && tokens[first - 3].lower == "speaking")))
    return EntityType::kOrganization;  // "told the Evening Star": people do not take "the"
  if (last > first) {
    if (after_place_word && !lex.IsProperNoun(tokens[first].text)) return EntityType::kLocation;
    // People take no "the"; but in "the Tom Cruise video" the "the" is the video's.
    bool person_before_noun = last + 1 < tokens.size() && std::islower(static_cast<unsigned char>(tokens[last + 1].text[0])) &&
                              (tokens[last + 1].pos() == "NN" || tokens[last + 1].pos() == "NNS") &&
                              lex.IsGivenName(tokens[first].text);
    // Places do take one ("the White House", "the Pacific Northwest"): where the tagger reads a
    // place, it is one, unless a place's name opens it or follows "of" (the tagger reads "the
    // Boston Red Sox" as the city, "the Grand Lodge of New York" as the state).
    if (first > 0 && tokens[first - 1].lower == "the" && !person_before_noun) {
      auto known_place = [&](size_t k) {
        return lex.IsCountryOrRegion(tokens[k].text) || lex.IsCity(tokens[k].text) ||
               (lex.WordNetKindOf(tokens[k].lower) & kWordNetPlace) ||
               (k + 1 <= last && lex.IsCountryOrRegion(tokens[k].text + " " + tokens[k + 1].text));
      };
      bool place_named = known_place(first);
      for (size_t k = first + 1; k < last && !place_named; ++k) place_named = tokens[k].text == "of" && known_place(k + 1);
      return TaggedType(tokens, first, last) == EntityType::kLocation && !place_named ? EntityType::kLocation
                                                                                       : EntityType::kOrganization;
    }
    *guessed = true;
    for (size_t k = first; k <= last; ++k)
      if (IsConnector(tokens[k].text)) {  // "Out of the Box" without a cue: a title, not a person
        *typed = false;
        return EntityType::kWork;
      }
    return EntityType::kPerson;
  }
  // "Rebecca said": a given name alone is a person (who, coreference decides), but not where
  // a place goes ("outside Corby", "Ted Ingram of Whitby").
  bool place_slot = first > 0 && (IsPlacePreposition(tokens[first - 1].text) || tokens[first - 1].text == "of");
  if (lex.IsGivenName(tokens[first].text) && !lex.IsCommonWord(tokens[first].text) && !lex.IsCountryOrRegion(name) &&
      !place_slot)
    return EntityType::kPerson;
  *typed = false;  // a bare single name: a surname or given name, a place after "in", or nothing
  *guessed = true;
  return EntityType::kPerson;
}

// After a given name at `end`: a quoted nickname of one or two capitalised words and the
// surname ("Terrence \"Tank\" Vellacott"); the index of the surname, or 0.
size_t QuotedNicknameAfter(const std::vector<Token>& tokens, size_t end) {
  size_t k = end + 1;
  if (k + 3 >= tokens.size() || (tokens[k].text != "\"" && tokens[k].text != "'")) return 0;
  const std::string& quote = tokens[k].text;
  size_t close = k + 1;
  while (close < tokens.size() && close <= k + 3 && tokens[close].text != quote) {
    if (!Capitalised(tokens[close].text)) return 0;
    ++close;
  }
  if (close == k + 1 || close + 1 >= tokens.size() || tokens[close].text != quote || !Capitalised(tokens[close + 1].text))
    return 0;
  return close + 1;
}

// Words that open sentences but never names: "After Leeds United won", "When Police Scotland".
bool IsFunctionWord(const std::string& lower) {
  static const char* words[] = {"after", "before", "when", "while", "as", "but", "and", "or", "so", "if", "in", "on",
                                "at", "for", "from", "with", "by", "since", "until", "during", "then", "now", "today",
                                "yesterday", "last", "this", "that", "these", "those", "a", "an", "the", "some",
                                "many", "both", "all", "every", "former", "new", "local", "his", "her", "their",
                                "our", "its", "my", "your", "although", "though", "despite", "under", "over"};
  return OneOf(lower, words);
}

// Whether the capitalised words from `k` end in an organisation or place word: then the title
// before them is part of a name ("Queen Alexandra Hospital", "Premier League").
bool NamesAPlaceOrBody(const Lexicon& lex, const std::vector<Token>& tokens, size_t k) {
  for (; k < tokens.size() && Capitalised(tokens[k].text); ++k)
    if (lex.IsOrgWord(tokens[k].text) || lex.IsPlaceWord(tokens[k].text)) return true;
  return false;
}

// "31", "39A", "2": a short number, with a letter after it or not (no year).
bool SiteNumber(const std::string& word) {
  size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  return digits >= 1 && digits <= 3 &&
         (digits == word.size() || (digits + 1 == word.size() && std::isupper(static_cast<unsigned char>(word[digits]))));
}

// A part of a site that takes a number: "Building", "Pad", "Gate"; or a facility.
bool IsSitePart(const Lexicon& lex, const std::string& word) {
  static const char* parts[] = {"Building", "Pad", "Gate", "Terminal", "Hangar", "Platform", "Pier",
                                "Dock", "Berth", "Block", "Wing", "Lab", "Laboratory", "Runway"};
  return OneOf(word, parts) || lex.IsFacilityWord(word);
}

// "DC Sprockets", "PC Games": a title in capitals before one plural of a dictionary word opens
// the name of a body, not a constable's name ("DC Smith", "PC Harrow", "PC Banks": a plural
// that is a surname too).
bool TitleLettersOpenName(const Lexicon& lex, const std::vector<Token>& tokens, size_t title) {
  size_t word = title + 1;
  if (!AllCaps(tokens[title].text) || word >= tokens.size()) return false;
  bool lone = word + 1 == tokens.size() || !Capitalised(tokens[word + 1].text);
  const std::string& w = tokens[word].text;
  return lone && w.size() > 3 && w.back() == 's' && lex.IsCommonWord(w.substr(0, w.size() - 1)) &&
         !lex.IsProperNoun(w) && !lex.IsGivenName(w);
}

size_t InnerPossessive(const Lexicon& lex, const std::vector<Token>& tokens, size_t end) {
  const std::string& owner = tokens[end].text;  // "University's Art Museum" is the museum of a university
  size_t possessive = PossessiveAt(tokens, end + 1), next = end + 1 + possessive;
  return possessive > 0 && next < tokens.size() && lex.IsCommonWord(owner) && !lex.IsOrgWord(owner) &&
         !lex.IsPlaceWord(owner) && !lex.IsFacilityWord(owner) && Capitalised(tokens[next].text) &&
         NamesAPlaceOrBody(lex, tokens, next) ? possessive : 0;
}

size_t PurposeAfterBody(const Lexicon& lex, const std::vector<Token>& tokens, size_t end) {
  const std::string& body = tokens[end].text;
  if (!lex.IsOrgWord(body) && body != "Center" && body != "Centre") return 0;
  if (end + 2 >= tokens.size() || tokens[end + 1].text != "for") return 0;
  size_t next = end + 2 + (tokens[end + 2].text == "the" ? 1 : 0);
  return next < tokens.size() && Capitalised(tokens[next].text) ? next - end : 0;
}

// "Home" of "Home Secretary", "Shadow", "Deputy": a word that makes a title with the title after
// it, for it names no body or place.
// "High", "Deputy": a word that ranks the title after it ("High Commissioner").
bool IsTitleRank(const std::string& word) {
  static const std::unordered_set<std::string> ranks = {"High",   "Deputy", "Vice",    "Chief",    "Assistant",
                                                        "Senior", "Acting", "Interim", "Associate"};
  return ranks.count(word) > 0;
}

bool TitleQualifier(const Lexicon& lex, const Token& word) {
  return !lex.IsOrgWord(word.text) && !lex.IsPlaceWord(word.text) && !lex.IsCountryOrRegion(word.text) &&
         lex.CountryCode(word.text).empty() && !AllCaps(word.text) &&
         (word.pos() == "NNP" || word.pos() == "NN" || word.pos() == "JJ");  // not "Both"
}

// "Rathbun the Scientology defector": after a lone "the", a name, not an epithet ("Peter the
// Great", "Jack the Ripper"), which is a word in lower case too.
bool NameAfterThe(const Lexicon& lex, const std::vector<Token>& tokens, size_t k) {
  return tokens[k - 1].text == "the" && (lex.IsProperNoun(tokens[k].text) || !lex.IsCommonWord(tokens[k].text));
}

// "the Wikimedia Foundation and Creative Commons": the type of the body or place a run of
// capitals starting at `first` is joined to by "and" or "or", where a cue typed it.
std::optional<EntityType> CoordinatedBodyOrPlace(const std::vector<Token>& tokens, size_t sentence, size_t first,
                                                 const std::vector<NameSpan>& names) {
  if (first < 2 || (tokens[first - 1].text != "and" && tokens[first - 1].text != "or")) return std::nullopt;
  for (size_t k = names.size(); k-- > 0 && names[k].sentence == sentence;) {
    const NameSpan& before = names[k];
    if (before.last + 2 != first || before.nested) continue;
    if (before.cued && (before.type == EntityType::kOrganization || before.type == EntityType::kLocation))
      return before.type;
    return std::nullopt;
  }
  return std::nullopt;
}

// "the Home Secretary": a role standing for the one who holds it.
NameSpan RoleSpan(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last) {
  NameSpan role = SpanOfTokens(tokens, sentence, first, last);
  role.role_only = true;
  return role;
}

// "English", "Portuguese", "Italian", "Arabic": languages and nationalities, not places; a
// word no dictionary knows ("Tabennese") may be a place all the same.
bool LooksLikeDemonym(const Lexicon& lex, const Token& word) {
  bool shaped = DemonymShaped(word.lower) && !EndsWith(word.lower, "ist");
  return shaped && (lex.IsProperNoun(word.text) || lex.IsCommonWord(word.text) || lex.WordNetKindOf(word.lower) != 0);
}

// "Gunman Who Shot Officer Now Her Friend", "HERO LIFEGUARD SAVES FIVE": a headline whose
// common words are capitalised too says nothing about which words are names.
bool TitleCased(const Lexicon& lex, const std::vector<Token>& tokens) {
  size_t common = 0, capitalised = 0;
  for (const auto& t : tokens)
    if (t.text.size() >= 3 && std::isalpha(static_cast<unsigned char>(t.text[0])) && lex.IsCommonWord(t.lower)) {
      ++common;
      capitalised += Capitalised(t.text);
    }
  return common >= 3 && capitalised * 3 >= common * 2;
}

// "Ted Ingram of Whitby": a two-word name without organisation or place words, then "of" and
// one more name, is a person and where they are from ("Royal Society of Chemistry" and "Bank
// of England" stay whole); after a title, "of" always ends the person's name.
// "the United Nations and United States": after "and" at `k`, a country's name that ends the
// run of capitals, which is a name of its own ("Trinidad and Tobago" is one country: Tobago
// alone is none).
bool CountryAfterAnd(const std::vector<Token>& tokens, size_t k) {
  if (k == 0 || k >= tokens.size() || tokens[k - 1].text != "and") return false;
  std::string name;
  for (size_t n = 0; n < 3 && k + n < tokens.size() && Capitalised(tokens[k + n].text); ++n) {
    name += (n > 0 ? " " : "") + tokens[k + n].text;
    bool ends = k + n + 1 >= tokens.size() || !Capitalised(tokens[k + n + 1].text);
    if (ends && NamesCountry(name)) return true;
  }
  return false;
}

bool PersonOfPlace(const Lexicon& lex, const std::vector<Token>& tokens, size_t start, size_t end,
                   const std::string& title) {
  // "Patrick Leopold Gordon of Auchleuchries": three words with a given name first.
  if (end == start + 2 && tokens[end + 1].text == "of" && lex.IsGivenName(tokens[start].text) &&
      !lex.IsCommonWord(tokens[start].text) && !lex.IsOrgWord(tokens[end].text) && !lex.IsPlaceWord(tokens[end].text))
    return true;
  if (end != start + 1 || tokens[end + 1].text != "of") return false;
  if (!title.empty() || RomanisedGivenName(tokens[end].text)) return true;  // "Chief Constable Jo Hale of the ..."
  // "Raymond Wong of the Democratic Party": a given name opens a person's name.
  if (lex.IsGivenName(tokens[start].text) && !lex.IsCommonWord(tokens[start].text) && !lex.IsOrgWord(tokens[end].text))
    return true;
  // "Kwong Chun-yu of the Democratic Party": where no list knows the given name, the tagger may.
  if (tokens[start].name() == "B-PER" && tokens[end].name() == "I-PER" && !lex.IsOrgWord(tokens[end].text)) return true;
  if (end + 3 < tokens.size() && Capitalised(tokens[end + 3].text)) return false;
  for (size_t k = start; k <= end; ++k)
    if (lex.IsOrgWord(tokens[k].text) || lex.IsPlaceWord(tokens[k].text) || lex.IsAwardWord(tokens[k].text) ||
        lex.IsPersonTitle(tokens[k].text) || lex.IsCommonWord(tokens[k].text))
      return false;
  return true;
}

// How often each word is written with a capital inside a sentence (not at its start) in the
// article, for the words it never writes in lower case.
// How an article writes a capitalised word: how often inside sentences (only for words it
// never writes in lower case), and what the name tagger read it as, wherever it stands.
struct CapitalisedWord {
  int inside = 0;
  std::array<int, 3> tagged{};  // votes by EntityType: person, organisation, place
};

std::unordered_map<std::string, CapitalisedWord> CapitalisedWords(const ArticleAnalysis& article) {
  std::unordered_map<std::string, CapitalisedWord> words;
  for (const auto& sentence : article.sentences)
    for (size_t i = 0; i < sentence.tokens.size(); ++i) {
      const Token& t = sentence.tokens[i];
      if (t.text.empty() || !std::isalpha(static_cast<unsigned char>(t.text[0])) || !Capitalised(t.text)) continue;
      CapitalisedWord& word = words[t.text];
      if (!SentenceInitial(sentence.tokens, i)) ++word.inside;
      if (t.name().size() > 2) ++word.tagged[static_cast<size_t>(TypeOfTag(t.name()))];
    }
  // Then the words in lower case, looked up among the few capitalised ones (not all collected).
  std::unordered_map<std::string, std::vector<CapitalisedWord*>> by_lower;
  for (auto& [text, word] : words) by_lower[Lower(text)].push_back(&word);
  for (const auto& sentence : article.sentences)
    for (const Token& t : sentence.tokens) {
      if (t.text.empty() || !std::isalpha(static_cast<unsigned char>(t.text[0])) || Capitalised(t.text)) continue;
      if (auto it = by_lower.find(t.lower); it != by_lower.end())
        for (CapitalisedWord* word : it->second) word->inside = 0;
    }
  return words;
}

// The type the tagger gave a word most often in the article, an organisation where it never
// called it a name.
EntityType MostTagged(const CapitalisedWord& word) {
  size_t best = static_cast<size_t>(EntityType::kOrganization);
  for (size_t t = 0; t < word.tagged.size(); ++t)
    if (word.tagged[t] > word.tagged[best]) best = t;
  return static_cast<EntityType>(best);
}

// See FindNames: "the Gliders", "a Mets fan".
bool TeamPlural(const Lexicon& lex, const std::vector<Token>& tokens, size_t k) {
  static const char* after[] = {"fan", "fans", "team", "supporters", "player", "players", "game", "games"};
  const std::string& t = tokens[k].text;
  if (t.size() < 4 || t.back() != 's' || EndsWith(t, "ss") || AllCaps(t) || lex.IsKindOfPeople(t) ||
      (lex.WordNetKindOf(Lower(t)) & kWordNetPlace) || lex.IsCountryOrRegion(t))
    return false;
  if (k > 0 && tokens[k - 1].text == "the") return true;
  return k + 1 < tokens.size() && std::any_of(std::begin(after), std::end(after), [&](const char* w) { return tokens[k + 1].text == w; });
}

}  // namespace

NameSpan SpanOfTokens(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last) {
  NameSpan span;
  span.sentence = sentence;
  span.first = first;
  span.last = last;
  for (size_t k = first; k <= last; ++k)  // "St. Louis": a period inside a name closes the word before it
    span.text += (k > first && tokens[k].text != "." ? " " : "") + tokens[k].text;
  return span;
}

std::vector<NameSpan> FindNames(const ArticleAnalysis& article) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<NameSpan> names;
  std::unordered_map<std::string, CapitalisedWord> capitalised = CapitalisedWords(article);
  std::unordered_set<std::string> teams = CountriesAsTeams(article);
  for (size_t s = 0; s < article.sentences.size(); ++s) {
    const auto& tokens = article.sentences[s].tokens;
    LineKind kind = article.sentences[s].kind;
    if ((kind == LineKind::kTitle || kind == LineKind::kStandfirst) && TitleCased(lex, tokens)) continue;
    std::vector<bool> ruled(tokens.size(), false);  // words inside a run of capitals the rules read
    size_t person_split_off = tokens.size();       // where a person's name split off a run begins
    InvertedPersonNames(tokens, s, &ruled, &names);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (ruled[i] || !Capitalised(tokens[i].text) || IsPrefixedAdjective(tokens[i].text)) continue;
      if (BinomialAt(lex, tokens, i)) {  // an organism, no name: "colonies of Lasius flavus"
        ruled[i] = true;
        continue;
      }
      // "the West", "blamed the North": a point of the compass written as a name after "the"
      // is a region (or, see VoteNameTypes, the one country of the article named after it).
      if (tokens[i].text == "The" && i + 1 < tokens.size() && (CompassRegionAt(tokens, i + 1) || InstitutionAt(tokens, i + 1)))
        ++i;  // "The West has", "The Senate voted"
      bool region = CompassRegionAt(tokens, i);
      if (region || InstitutionAt(tokens, i)) {
        NameSpan lone = SpanOfTokens(tokens, s, i, i);
        lone.type = region ? EntityType::kLocation : EntityType::kOrganization;
        lone.cued = true;
        names.push_back(std::move(lone));
        ruled[i] = true;
        continue;
      }
      std::string title;
      size_t start = i;
      if (tokens[start].text == "The" && start + 2 < tokens.size() && lex.IsPersonTitle(tokens[start + 1].text) &&
          ParticleThenName(tokens, start + 2))
        ++start;  // "The Marquis de Lafayette arrived"
      while (start < tokens.size() && lex.IsPersonTitle(tokens[start].text) && start + 1 < tokens.size() &&
             (Capitalised(tokens[start + 1].text) || tokens[start + 1].text == "." || ParticleThenName(tokens, start + 1)) &&
             !NamesAPlaceOrBody(lex, tokens, start + 1) && !TitleLettersOpenName(lex, tokens, start)) {
        title += (title.empty() ? "" : " ") + tokens[start].text;
        if (ParticleThenName(tokens, start + 1)) title += " " + tokens[++start].text;  // "Marquis de Lafayette"
        start += tokens[start + 1].text == "." ? 2 : 1;
      }
      if (start >= tokens.size() || !Capitalised(tokens[start].text)) {
        i = start;
        continue;
      }
      size_t end = start;
      while (end + 1 < tokens.size()) {
        if (Capitalised(tokens[end + 1].text)) ++end;
        else if (end + 2 < tokens.size() && IsConnector(tokens[end + 1].text) && Capitalised(tokens[end + 2].text) &&
                 tokens[end + 2].text != "I" &&  // "The Home Secretary and I"
                 !CountryAfterAnd(tokens, end + 2) &&
                 !PersonOfPlace(lex, tokens, start, end, title) && !NameAfterThe(lex, tokens, end + 2) &&
                 !TeamName(lex, tokens, start, end))  // "the Boston Red Sox of Major League Baseball"
          end += 2;
        else if (end + 3 < tokens.size() && IsConnector(tokens[end + 1].text) && tokens[end + 1].text != "and" &&
                 IsConnector(tokens[end + 2].text) && Capitalised(tokens[end + 3].text) &&
                 !PersonOfPlace(lex, tokens, start, end, title) && !TeamName(lex, tokens, start, end))
          end += 3;  // "Out of the Box", "Bank of the West"; not "Buddhist and the United Nations"
        else if (size_t possessive = InnerPossessive(lex, tokens, end))
          end += possessive + 1;  // "Korean People's Army", "Workers' League"; not "Obama's White House"
        else if (size_t purpose = PurposeAfterBody(lex, tokens, end))
          end += purpose;  // "Association for Computing Machinery", "Foundation for the Visual Arts"
        else if (IsInitial(tokens, end) && end + 2 < tokens.size() && Capitalised(tokens[end + 2].text))
          end += 2;  // "Charles J. Fillmore", "W. W. Rouse Ball"
        else if (end + 2 < tokens.size() && IsNameParticle(tokens[end + 1].text) && Capitalised(tokens[end + 2].text))
          end += 2;  // "Jean le Rond"
        else if (size_t nick = QuotedNicknameAfter(tokens, end); nick && end == start)
          end = nick;  // Terrence "Tank" Vellacott
        else break;
      }
      // "Building 31", "Launch Pad 39A", "Terminal 2": a number names which one of a site's parts.
      if (end + 1 < tokens.size() && SiteNumber(tokens[end + 1].text) && IsSitePart(lex, tokens[end].text)) ++end;
      // "US$ 3.5 million", "HK$": a country's letters glued to a currency sign name the currency.
      if (end == start && end + 1 < tokens.size() && tokens[end + 1].text == "$" && tokens[end + 1].begin == tokens[end].end) {
        ruled[start] = true;
        i = start;
        continue;
      }
      // A title inside a run starts a new name: "City Police Commissioner Jane Roe". After a
      // title, one word and a title are all one title: "Chief Fire Officer Jane Roe".
      for (size_t k = start + 1; k < end; ++k)
        if (lex.IsPersonTitle(tokens[k].text) && Capitalised(tokens[k + 1].text) && !lex.IsOrgWord(tokens[k + 1].text)) {
          if (!title.empty() && k == start + 1) {
            title += " " + tokens[start].text + " " + tokens[k].text;
            start = k + 1;
            continue;
          }
          // "Prime Minister Rishi Sunak", "Home Secretary X": one or two words that name no
          // body or place make the title with it.
          bool qualifier = title.empty() && k - start <= 2;
          for (size_t m = start; m < k && qualifier; ++m) qualifier = TitleQualifier(lex, tokens[m]);
          if (qualifier) {
            for (size_t m = start; m <= k; ++m) title += (title.empty() ? "" : " ") + tokens[m].text;
            start = k + 1;
            continue;
          }
          end = k - 1;
          break;
        }
      // "the Virginia Governor", "a Museum of Flight CEO": a title with no name after it is
      // not part of the name before it.
      size_t run_end = end;
      while (end > start && lex.IsPersonTitle(tokens[end].text) && tokens[end].text != "General" &&
             tokens[end].text != "Major")
        --end;
      // "the United Nations High Commissioner": a rank before the title is the title's too.
      while (run_end > end && end > start && IsTitleRank(tokens[end].text)) --end;
      // "the Home Secretary", "The Senator said": a title and up to two words qualifying it,
      // with no name, stand for the one who holds it.
      if (run_end > end && title.empty()) {
        size_t role = start + (tokens[start].text == "The" ? 1 : 0);
        bool definite = role > start || (start > 0 && tokens[start - 1].lower == "the");
        bool qualified = role <= end + 1 && end + 1 - role <= 2;
        for (size_t k = role; k <= end && qualified; ++k) qualified = TitleQualifier(lex, tokens[k]);
        if (definite && qualified) {
          names.push_back(RoleSpan(tokens, s, role, run_end));
          for (size_t k = i; k <= run_end; ++k) ruled[k] = true;
          i = run_end;
          continue;
        }
      }
      // "Fellow of the Royal Society", "President of the Linguistic Society": a role in what
      // follows "of", which is the name.
      size_t role = start + (tokens[start].text == "The" ? 1 : 0);  // "The Governor of X ..." opening a sentence
      auto role_noun = [&](const std::string& word) {  // "Commanders of the Korean People's Army" too
        return lex.IsRoleNoun(word) || (word.size() > 3 && word.back() == 's' && lex.IsRoleNoun(word.substr(0, word.size() - 1)));
      };
      if (role + 2 <= end && tokens[role + 1].text == "of" && role_noun(tokens[role].text)) {
        start = role + 2;
        if (start < end && tokens[start].lower == "the") ++start;
        // "Professor of Linguistics", "Master of Music": a field of study, no name.
        if (start == end && tokens[start - 1].text == "of" && lex.IsCommonWord(tokens[start].text) &&
            !lex.IsProperNoun(tokens[start].text) && lex.CountryCode(tokens[start].text).empty()) {
          for (size_t k = i; k <= end; ++k) ruled[k] = true;
          i = end;
          continue;
        }
      }
      // "YouTuber Julien Solomita": a word that is no given name before a given name and a
      // surname describes the person and is not part of the name. "Governor of Washington
      // Chris Gregoire": after a role of, a place's name before a person's is the place.
      bool place_of_role = start >= 2 && tokens[start - 1].text == "of" && lex.IsRoleNoun(tokens[start - 2].text) &&
                           (lex.IsCountryOrRegion(tokens[start].text) || !lex.CountryCode(tokens[start].text).empty());
      // Not where the tagger reads one person's name from that word on ("Hernan Dario Gomez"),
      // unless the word has the shape of a noun for what people do ("Vlogger", "Columnist").
      const std::string& opening = tokens[start].text;
      bool agent_noun = opening.size() >= 6 && (EndsWith(opening, "er") || EndsWith(opening, "or") || EndsWith(opening, "ist"));
      bool tagged_whole = start + 1 < tokens.size() && tokens[start].name() == "B-PER" &&
                          tokens[start + 1].name() == "I-PER" && !agent_noun;
      if (title.empty() && end >= start + 2 && end <= start + 3 &&
          ((!lex.IsGivenName(tokens[start].text) && !tagged_whole) || place_of_role) &&
          !IsConnector(tokens[start].text) && !IsNameParticle(tokens[start].lower) && !IsInitial(tokens, start) &&
          !lex.IsOrgWord(tokens[start].text) && lex.IsGivenName(tokens[start + 1].text) &&
          !lex.IsCommonWord(tokens[start + 1].text)) {
        bool person = true;
        for (size_t k = start + 1; k <= end; ++k)
          person &= Capitalised(tokens[k].text) && !IsConnector(tokens[k].text) && !lex.IsOrgWord(tokens[k].text) &&
                    !lex.IsPlaceWord(tokens[k].text) && !lex.IsFacilityWord(tokens[k].text);
        if (person && place_of_role) {
          NameSpan place;
          place.sentence = s;
          place.first = place.last = start;
          place.text = tokens[start].text;
          place.type = EntityType::kLocation;
          place.cued = true;
          names.push_back(std::move(place));
        }
        if (person) ++start;
      }
      // "Refugee Council Enver Solomon", "Education Minister Stefania Giannini": a given name
      // and a surname closing a longer run are a person of their own.
      // "the United States Hamdullah Mohib", "University of Texas Arlington Amneh Jafari": so too
      // after a country's name, or a run holding an organisation word.
      bool after_body = end >= start + 2 && (AllCaps(tokens[end - 2].text) || lex.IsOrgWord(tokens[end - 2].text));
      std::string before_person;
      for (size_t k = start; k + 2 <= end && k < start + 4; ++k) before_person += (k > start ? " " : "") + tokens[k].text;
      bool place_before = end >= start + 2 && end <= start + 5 &&
                          (lex.IsCountryOrRegion(before_person) || NamesCountry(before_person));
      for (size_t k = start; k + 2 <= end && !after_body; ++k) after_body = lex.IsOrgWord(tokens[k].text) || place_before;
      // After a body, a given name no list knows counts where the tagger reads a person there.
      auto person_tag = [](const Token& t) { return t.name().size() > 2 && t.name().compare(2, 3, "PER") == 0; };
      // Or two words no list knows, where the tagger starts no name or a new one: "Amneh Jafari".
      auto unknown = [&](const Token& t) {
        return !lex.IsCommonWord(t.text) && !lex.IsProperNoun(t.text) && !lex.IsCountryOrRegion(t.text) &&
               !(lex.WordNetKindOf(t.lower) & kWordNetPlace) && !AllCaps(t.text);
      };
      bool tagged_person = false;
      if (after_body) {  // so end >= start + 2
        const Token& given = tokens[end - 1];
        bool new_name = given.name() == "O" || given.name().rfind("B-", 0) == 0;
        tagged_person = (person_tag(tokens[end]) && (person_tag(given) || given.name() == "O")) ||
                        (new_name && unknown(given) && unknown(tokens[end]));
      }
      if (end >= start + 2 && (lex.IsGivenName(tokens[end - 1].text) || tagged_person) &&
          (!lex.IsCommonWord(tokens[end - 1].text) || after_body) &&  // "NASA Bill Ingalls"
          !lex.IsGivenName(tokens[end - 2].text) && Capitalised(tokens[end - 2].text) && !IsConnector(tokens[end - 2].text) &&
          !lex.IsOrgWord(tokens[end].text) && !lex.IsPlaceWord(tokens[end].text) &&
          !lex.IsCity(tokens[end - 2].text + " " + tokens[end - 1].text) &&  // "Grand Lodge of New York F&AM"
          !(person_tag(tokens[end - 2]) && tokens[end - 1].name() == "I-PER")) {  // "Hernan Dario Gomez"
        end -= 2;
        person_split_off = end + 1;
      }
      // Letters after a name are not part of it: "Helena Markwick KC", "Jo Bell MBE"; nor is the
      // word that opens a photo credit ("Ahmed Mohamed Image: ...").
      // Nor is a word that opens the next sentence ("Preston, Victoria, Australia On Saturday,
      // ...": a dateline glued to the story).
      while (end > start && (lex.IsPostNominal(tokens[end].text) ||
                             (end + 1 < tokens.size() && tokens[end + 1].text == ":" && IsCreditWord(tokens[end].text)) ||
                             (IsFunctionWord(tokens[end].lower) && tokens[end].lower != "new")))
        --end;
      // "the Gold Medal of the Royal Society": an award given by an organisation is two names.
      for (size_t k = start + 1; k + 2 <= end; ++k) {
        if (!lex.IsAwardWord(tokens[k].text) || tokens[k + 1].text != "of") continue;
        bool body = false;
        for (size_t m = k + 2; m <= end; ++m) body |= lex.IsOrgWord(tokens[m].text);
        if (body) {
          end = k;
          break;
        }
      }
      // A plural rank after a force is not part of its name: "City Police Constables".
      while (end > start && (tokens[end].text == "Constables" || tokens[end].text == "Officers" ||
                             tokens[end].text == "Officer" || tokens[end].text == "Constable"))
        --end;
      // "X and Y" is one name only for organisations ("Fire and Rescue Service") and places that
      // are called so ("Trinidad and Tobago"), and not when X is a whole name already ("Bolton
      // County and Leeds Rovers").
      std::string whole;
      for (size_t k = start; k <= end; ++k) whole += (k > start ? " " : "") + tokens[k].text;
      bool one_place = lex.IsCountryOrRegion(whole) || NamesCountry(whole);
      for (size_t k = start; k <= end && !one_place; ++k) {
        if (tokens[k].text != "and") continue;
        bool org = false;
        for (size_t m = k; m <= end; ++m) org |= lex.IsOrgWord(tokens[m].text);
        // "Congress of Arts and Sciences", "Centre for Irish and Scottish Studies": the "and"
        // joins what a body opening the name is of or for.
        for (size_t m = start + 1; m < k && !org; ++m)
          org = (tokens[m].text == "of" || tokens[m].text == "for") &&
                (lex.IsOrgWord(tokens[m - 1].text) || tokens[m - 1].text == "Centre" || tokens[m - 1].text == "Center");
        // "the University of California and Columbia University": two organisations.
        bool org_before = false;
        for (size_t m = start; m < k; ++m) org_before |= lex.IsOrgWord(tokens[m].text);
        bool org_after = false;
        for (size_t m = k + 1; m <= end; ++m) org_after |= lex.IsOrgWord(tokens[m].text);
        // "Ola Berg and Kelport Council": a person's name before it is whole.
        bool person_before = k >= start + 2 && k <= start + 3 && !org_before && lex.IsGivenName(tokens[start].text) &&
                             !lex.IsCommonWord(tokens[start].text);
        bool complete = k > start && (lex.IsOrgWord(tokens[k - 1].text) || lex.IsPlaceWord(tokens[k - 1].text) ||
                                      (k - 1 == start && AllCaps(tokens[start].text)) ||  // "DAB and ..."
                                      (org_before && org_after) || person_before);
        if (!org || complete) {
          end = k - 1;
          break;
        }
      }
      size_t first = start;
      // Sentence-initial common words ("After", "As", "The", "Police") are not names.
      // Only the opening word is suspect: in "Author Rhea Vossberg", "Rhea" is a name even
      // though the dictionary knows it as a bird.
      // A lone word ("Smith told ...") is kept for the surname check below, and so is a given
      // name that is also a common word ("Dean Morrow, 27, ...", "Grace Okafor said").
      bool given_name = tokens[first].text.size() >= 3 && !AllCaps(tokens[first].text) && lex.IsProperNoun(tokens[first].text) &&
                        end > start && end - start <= 2 &&
                        !lex.IsOrgWord(tokens[end].text) && !lex.IsPlaceWord(tokens[end].text);
      // "Kestrel Cash Logistics said ...": a company named with a common word keeps it.
      // But "Staff of the X Academy": a common noun before "of" heads a phrase, not a name.
      bool company = end >= start + 2 && lex.IsOrgWord(tokens[end].text) && !IsFunctionWord(tokens[first].lower) &&
                     (tokens[first + 1].text != "of" || lex.IsOrgWord(tokens[first].text));
      if (title.empty() && SentenceInitial(tokens, first) && end > start && !given_name && !company &&
          !IsInitial(tokens, first) && !TypeInApposition(tokens, end) &&  // "Harbour Lights, a charity"
          (lex.IsCommonWord(tokens[first].text) || CommonCompound(lex, tokens[first].text)))
        ++first;
      // "Members of the X Council": what is left of the run does not start with a connector.
      while (first <= end && title.empty() &&
             (tokens[first].text == "The" || tokens[first].text == "I" || (first > start && IsConnector(tokens[first].text))))
        ++first;
      // "told The Voice", "speaking to The Times": an outlet keeps its article.
      // "writes for The Onion", "with The Guardian": a capital "The" inside a sentence opens a
      // title, and one word after it that the tagger reads as a body, or that follows a word
      // of writing for or working with, is an outlet's or a band's name.
      bool inner_the = tokens[start].text == "The" && start > 0 && !SentenceInitial(tokens, start) &&
                       std::islower(static_cast<unsigned char>(tokens[start - 1].text[0]));
      const std::string& before = start > 0 ? tokens[start - 1].text : tokens[start].text;
      bool outlet = first > start && inner_the &&
                    (before == "told" || before == "to" ||
                     (end == start + 1 && !(end + 1 < tokens.size() && Capitalised(tokens[end + 1].text)) &&
                      (before == "for" || before == "with" || before == "by" ||
                                           tokens[end].name().find("ORG") != std::string::npos)));
      // "The Guardian cited ...": a newspaper's one-word title after "The", wherever it stands.
      outlet |= first > start && tokens[start].text == "The" && end == start + 1 && IsNewspaperTitle(tokens[end].text) &&
                !(end + 1 < tokens.size() && Capitalised(tokens[end + 1].text));
      if (outlet && first > end) first = start;
      // "On Monday the Hale Trust ...": a day opening the run, and the "the" after it.
      while (first <= end && lex.IsMonthOrDay(tokens[first].text)) {
        ++first;
        if (first <= end && title.empty() && tokens[first].lower == "the") ++first;
      }
      size_t last = end;
      while (last >= first && last > 0 &&
             (lex.IsMonthOrDay(tokens[last].text) || IsFunctionWord(tokens[last].lower) ||
              (last > first && IsConnector(tokens[last].text))))  // "the Diary of" before "General X"
        --last;
      for (size_t k = i; k <= end; ++k) ruled[k] = true;
      i = end;
      if (first > last || first > end) continue;
      bool only_titles = true;  // "the Prime Minister", "the Chief Constable": a role, not a name
      for (size_t k = first; k <= last; ++k)
        only_titles &= lex.IsPersonTitle(tokens[k].text) || tokens[k].text == "Prime" || IsTitleRank(tokens[k].text);
      if (only_titles) {
        if (first > 0 && tokens[first - 1].lower == "the") names.push_back(RoleSpan(tokens, s, first, last));
        continue;
      }
      // "TV and radio appearances": an acronym coordinated with a common noun is one too.
      if (first == last && AllCaps(tokens[first].text) && last + 2 < tokens.size() &&
          (first == 0 || tokens[first - 1].lower != "the") &&
          (tokens[last + 1].text == "and" || tokens[last + 1].text == "or") &&
          std::islower(static_cast<unsigned char>(tokens[last + 2].text[0])))
        continue;
      // "a devout Anglican", "a Roman Catholic priest": a faith's adjective.
      if (title.empty() && IsFaithWord(tokens[last].text) && last - first <= 1) continue;
      // "a degree in Linguistics", "a lecturer in Sport Psychology": a field of study, no place.
      if (first > 0 && (tokens[first - 1].text == "in" || tokens[first - 1].text == "of") && last - first <= 2 &&
          title.empty() && IsFieldOfStudy(lex, tokens[last].text))
        continue;
      // "Illyrian", "Pachomian": an adjective of a people or a doctrine alone is no name.
      if (first == last && tokens[first].pos() == "JJ" && DemonymShaped(tokens[first].lower)) continue;
      if (first == last && (lex.IsNotAName(tokens[first].text) || KindOfPeopleHere(tokens[first]) ||
                            IsPostNominalAfterName(tokens, first) || IsNameParticle(tokens[first].lower)))
        continue;  // "OK", "CCTV", "DNA"; "Londoners"; ", Jr.", "FRS" after a name; "De" alone
      if (last > first && last - first <= 2 && title.empty() && lex.IsInhabitantWord(tokens[last].text) &&
          !TeamName(lex, tokens, first, last) && (!lex.IsGivenName(tokens[first].text) || IsCompass(tokens[first].text)))
        continue;  // "South Korean", "North American": people of a place, not a name (but "Al Finn" is one)
      // "US" in capitals is the country, not the pronoun; "Turkey" the country, not the bird.
      bool country_code = IsCountryAbbreviation(tokens[first].text) || (first == last && NamesCountry(tokens[first].text));
      bool common = (lex.IsCommonWord(tokens[first].text) || CommonCompound(lex, tokens[first].text) ||
                     tokens[first].text == "I") && !country_code;
      if (first == last && title.empty() && SentenceInitial(tokens, first) &&
          (tokens[first].text == "I" || lex.IsPlaceWord(tokens[first].text) ||
           (lex.IsOrgWord(tokens[first].text) && !AllCaps(tokens[first].text))))
        continue;  // a capitalised place or organisation word opening a sentence: "Harbour crews ..." (not "ITV")
      // A capitalised common word may still be a surname ("Wren", or "Smith told ..." at the
      // start of a sentence): keep it untyped, for coreference to attach to a full name or drop.
      bool told_the = first >= 2 && tokens[first - 1].text == "the" &&
                      (tokens[first - 2].text == "told" || (first >= 3 && tokens[first - 2].text == "to" &&
                                                            tokens[first - 3].lower == "speaking"));
      bool maybe_surname = first == last && title.empty() && common && !outlet && !told_the &&
                           !(first > 0 && IsPlacePreposition(tokens[first - 1].text));
      NameSpan span;
      span.sentence = s;
      span.first = first;
      span.last = last;
      span.title = title;
      span.place_slot = first > 0 && (tokens[first - 1].text == "in" || tokens[first - 1].text == "near" ||
                                      tokens[first - 1].text == "outside");
      for (size_t k = first; k <= last; ++k) {
        if (size_t possessive = k < last && k > first ? PossessiveAt(tokens, k) : 0) {  // "People's", "Workers'"
          span.text += possessive == 2 ? "'s" : "'";
          k += possessive - 1;
          continue;
        }
        if (tokens[k].text == "\"" || tokens[k].text == "'") {  // the nickname is not part of the name
          while (++k < last && tokens[k].text != "\"" && tokens[k].text != "'")
            span.nickname += (span.nickname.empty() ? "" : " ") + tokens[k].text;
          continue;
        }
        if (tokens[k].text == "." && k > first && IsInitial(tokens, k - 1)) span.text += ".";  // "J."
        else span.text += (span.text.empty() ? "" : " ") + tokens[k].text;
      }
      bool typed, guessed = false;
      bool lettered_body = last == first + 1 && lex.IsPersonTitle(tokens[first].text) &&
                           TitleLettersOpenName(lex, tokens, first);  // "DC Sprockets"
      EntityType type = outlet || lettered_body ? EntityType::kOrganization
                                                : Classify(tokens, first, last, title, &typed, &guessed);
      if (outlet || lettered_body) typed = true;
      if (type == EntityType::kLocation && title.empty() && teams.count(span.text)) {
        type = EntityType::kOrganization;  // the national team
        typed = true;
        guessed = false;
      }
      if (first == person_split_off && last == first + 1 && title.empty()) {
        type = EntityType::kPerson;
        typed = true;
        guessed = false;
      }
      // Where no cue decided, the name tagger does. A lone word it calls a place or an
      // organisation may still be a surname: that is for coreference to settle.
      // A lone word that opens the sentence or is a dictionary word ("New recruits", "Black
      // people") is read by the rules alone: the tagger errs most there.
      // After a preposition of place ("outside Harwell", "Ted Ingram of Whitby") the rules'
      // place reading stands.
      bool lone_doubt = first == last && (maybe_surname || common || SentenceInitial(tokens, first) ||
                                          tokens[first].pos() == "NNPS" ||
                                          (first > 0 && IsPlacePreposition(tokens[first - 1].text)) ||
                                          (first > 1 && tokens[first - 1].text == "of" && Capitalised(tokens[first - 2].text)));
      std::optional<EntityType> tagged =
          guessed && title.empty() && !lone_doubt ? TaggedType(tokens, first, last) : std::nullopt;
      if (tagged && (first < last || *tagged == EntityType::kPerson)) {
        type = *tagged;
        typed = true;
        maybe_surname = false;
      }
      bool definite = first > 0 && (tokens[first - 1].text == "The" || tokens[first - 1].text == "the");
      if (type == EntityType::kLocation && definite && last + 1 < tokens.size() && lex.IsVenueNoun(tokens[last + 1].text) &&
          !lex.IsCountryOrRegion(span.text))
        span.text += " " + tokens[last + 1].text;  // "the Atlantic pub", but "the Lisbon club" is in Lisbon
      if (type == EntityType::kAward && last + 1 < tokens.size() && IsAwardFollower(tokens[last + 1].text))
        span.text += " " + tokens[last + 1].text.substr(0, tokens[last + 1].text.find('-'));  // "the Gold award"
      // "south London" names a part of the city; "northern Syria" is Syria described.
      if (type == EntityType::kLocation && first > 0 && IsCompass(tokens[first - 1].text) &&
          !Capitalised(tokens[first - 1].text) && tokens[first - 1].text.find("ern") == std::string::npos &&
          tokens[first - 1].text != "central")
        span.text = tokens[first - 1].text + " " + span.text;
      if (outlet) span.text = "The " + span.text.substr(span.text.rfind("The ", 0) == 0 ? 4 : 0);
      if (typed && !maybe_surname) span.type = type;
      span.cued = span.type && (!guessed || !title.empty());
      // "his daughter, Kayleigh", "wife Jean", "his daughter, Ffion Ordway", "two brothers, Ned
      // and Tom": a name after a kin word is a person.
      size_t cue = first > 0 && tokens[first - 1].text == "," ? first - 1 : first;
      bool plain_words = true;  // no organisation or place word
      for (size_t k = first; k <= last; ++k) plain_words &= !lex.IsOrgWord(tokens[k].text) && !lex.IsPlaceWord(tokens[k].text);
      auto kin_word = [&](const std::string& w) {  // "daughter", "brothers"
        return lex.Kin(w) || (w.size() > 3 && w.back() == 's' && lex.Kin(w.substr(0, w.size() - 1)));
      };
      // "fashion designer Halston", "veteran Cyd Ho": a word in lower case for what someone is or
      // does, right before the name, says it is a person's.
      if (last - first <= 2 && plain_words && title.empty() && first > 0 &&
          std::islower(static_cast<unsigned char>(tokens[first - 1].text[0])) &&
          lex.IsPersonDescriptor(tokens[first - 1].text) && !LooksLikeDemonym(lex, tokens[first]))
        span.type = EntityType::kPerson, span.cued = true;
      if (last - first <= 2 && plain_words && title.empty() && cue > 0 && kin_word(tokens[cue - 1].lower) &&
          !LooksLikeDemonym(lex, tokens[first]))
        span.type = EntityType::kPerson, span.cued = true;
      // "in Seville": a known proper noun after a preposition of place is a place, unless it
      // turns out to be a person's name.
      // A lone word after a preposition of place is a place, unless it is someone's surname:
      // "wrestled the knife from Tollett" names Leanne Tollett.
      bool after_place = first > 0 && IsPlacePreposition(tokens[first - 1].text) && tokens[first - 1].text != "to" &&
                         (!lex.IsProperNoun(tokens[first].text) || tokens[first - 1].text == "in" ||
                          tokens[first - 1].text == "near" || tokens[first - 1].text == "outside");
      if (!span.type && tagged) span.fallback = tagged;
      // "Wikinews spoke with ...": a lone word opening a sentence, in no dictionary and no
      // misspelling of a word, that the tagger calls a name, is one unless it turns out to
      // be someone's surname.
      if (!span.type && !span.fallback && first == last && title.empty() && !common && SentenceInitial(tokens, first)) {
        span.fallback = TaggedType(tokens, first, last);
        // "Wikinews interviewed ...": a word no list knows, the subject of a verb, is a name
        // even where the tagger reads none: of the type it reads elsewhere, else a body.
        // A headline's grammar misleads the part-of-speech tagger ("Wikinews interviews ..."
        // read as a plural noun): there any word in lower case after it will do.
        bool headline_verb = (kind == LineKind::kTitle || kind == LineKind::kStandfirst) && last + 1 < tokens.size() &&
                             std::islower(static_cast<unsigned char>(tokens[last + 1].text[0]));
        if (!span.fallback && !lex.IsProperNoun(tokens[first].text) && last + 1 < tokens.size() &&
            ((tokens[last + 1].pos().rfind("VB", 0) == 0 && tokens[first].pos() == "NNP") || headline_verb))
          if (auto word = capitalised.find(tokens[first].text); word != capitalised.end())
            span.fallback = MostTagged(word->second);
        if (span.fallback && LooksMisspelt(lex, tokens[first].text)) span.fallback.reset();  // checked last: it is slow
      }
      // "Einstein", "Twain": a lone word that WordNet knows only as someone's name is that
      // person, unless the article names someone else of that name in full.
      if (!span.type && !span.fallback && first == last && title.empty() && !common &&
          lex.WordNetKindOf(tokens[first].lower) == kWordNetPerson)
        span.fallback = EntityType::kPerson;
      // A word no list knows, written with a capital inside sentences again and again and never
      // in lower case, is a name even where no cue says of what ("tells Wikinews", "with
      // Wikinews"), unless it turns out to be someone's surname: of the type the tagger read
      // it as most often in the article, else an organisation.
      if (!span.type && !span.fallback && first == last && !common && !lex.IsProperNoun(tokens[first].text))
        if (auto word = capitalised.find(tokens[first].text); word != capitalised.end() && word->second.inside >= 2)
          span.unclaimed_type = MostTagged(word->second);
      // "known as the Gliders", "a Mets fan": a capitalised plural after "the" or before a word
      // for followers, which the article never writes in lower case, names a team or a band,
      // not people of a place ("the Londoners") or a range ("the Andes").
      if (!span.type && first == last && title.empty() && !SentenceInitial(tokens, first) &&
          TeamPlural(lex, tokens, first))
        if (auto word = capitalised.find(tokens[first].text); word != capitalised.end() && word->second.inside >= 1) {
          span.type = EntityType::kOrganization;
          span.cued = true;
        }
      // "search engines including Google": a dictionary word that the article writes with a
      // capital inside sentences and never in lower case is a name where the tagger reads
      // one, unless it turns out to be someone's surname.
      // "the College", "the Army": a body's or a place's own word after "the" is its short form.
      bool short_form = (first > 0 && tokens[first - 1].lower == "the") || lex.IsOrgWord(tokens[first].text) ||
                        lex.IsPlaceWord(tokens[first].text) || lex.IsFacilityWord(tokens[first].text);
      if (!span.type && !span.fallback && first == last && common && title.empty() && !short_form && tokens[first].pos() == "NNP" &&
          !SentenceInitial(tokens, first))
        if (auto word = capitalised.find(tokens[first].text); word != capitalised.end() && word->second.inside >= 1)
          span.fallback = TaggedType(tokens, first, last);
      // "in Seville", "Ted Ingram of Whitby"; but "Master of Science" names a field.
      if (!span.type && first == last && first > 0 && !LooksLikeDemonym(lex, tokens[first]) &&
          (after_place ||
           (tokens[first - 1].text == "of" && first >= 2 && Capitalised(tokens[first - 2].text) && !common)))
        span.fallback = EntityType::kLocation;
      // "came from Antwerp": a lone known name after a preposition of place is what the tagger
      // reads, unless it turns out to be someone's surname ("took the knife from Tollett").
      if (!span.type && !span.fallback && first == last && first > 0 && IsPlacePreposition(tokens[first - 1].text))
        span.fallback = TaggedType(tokens, first, last);
      // "a Brightwire reporter", "QUELL geologists": a lone word no list knows as a place, before
      // a word for what people do, is the body they do it for, unless it is someone's name.
      if (!span.type && !span.fallback && first == last && title.empty() && last + 1 < tokens.size() && !common &&
          !SentenceInitial(tokens, first) && std::islower(static_cast<unsigned char>(tokens[last + 1].text[0])) &&
          (AllCaps(tokens[first].text) || !lex.IsProperNoun(tokens[first].text) ||  // not "a Swiss engineer"
           tokens[first].name().find("ORG") != std::string::npos) &&
          !LooksLikeDemonym(lex, tokens[first]) && !lex.IsInhabitantWord(tokens[first].text) &&
          !lex.IsGivenName(tokens[first].text) && !lex.IsCountryOrRegion(tokens[first].text) &&
          !lex.IsCity(tokens[first].text) && lex.CountryCode(tokens[first].text).empty() &&
          !(lex.WordNetKindOf(tokens[first].lower) & kWordNetPlace)) {
        const std::string& after = tokens[last + 1].lower;
        std::string singular = after.size() > 3 && after.back() == 's' ? after.substr(0, after.size() - 1) : after;
        if (lex.IsOccupation(after) || lex.IsOccupation(singular) || lex.IsPersonDescriptor(singular))
          span.fallback = EntityType::kOrganization;
      }
      // "the BAFTA award": the acronym also names the body that gives the award.
      if (type == EntityType::kAward && first == last && AllCaps(tokens[first].text)) {
        NameSpan body = span;
        body.text = tokens[first].text;
        body.type = EntityType::kOrganization;
        names.push_back(std::move(body));
      }
      // Where no cue typed a run of capitals, the tagger, which reads the words around it,
      // says what it holds: "Spanish" no name, "Fellow of the Royal Society" one, "Britain and
      // France" two. A run without connectors stays whole ("Olive Brannigan" even where the
      // tagger only knows "Brannigan").
      // "the Union of ... (UAAR)", "CEI (Italian Episcopal Conference)": a name and its short
      // form in brackets are names whatever the tagger reads.
      bool in_brackets = first >= 2 && tokens[first - 1].text == "(" && last + 1 < tokens.size() && tokens[last + 1].text == ")";
      bool bracketed = (in_brackets && first == last && ShortFormShaped(tokens[first].text) && Capitalised(tokens[first - 2].text)) ||
                       (in_brackets && last > first && ShortFormShaped(tokens[first - 2].text)) ||
                       (first == last && ShortFormShaped(tokens[first].text) && last + 2 < tokens.size() &&
                        tokens[last + 1].text == "(" && Capitalised(tokens[last + 2].text));
      if (bracketed && last > first && guessed) span.type = EntityType::kOrganization;
      // An acronym of three letters or more that no dictionary knows is a name of its own ("of
      // DAB", "DAB's Ben Chan"), whatever the tagger reads.
      bool acronym = first == last && tokens[first].text.size() >= 3 && AllCaps(tokens[first].text) && !common;
      if (span.type && !span.cued && span.title.empty() && *span.type != EntityType::kWork && !bracketed && !acronym) {
        std::vector<NameSpan> tagged_runs = TaggedRuns(tokens, s, first, last);
        bool connected = false;
        for (size_t k = first; k <= last; ++k)  // not the "the" of "Foundation for the Arts"
          connected |= IsConnector(tokens[k].text) && !(k > first && tokens[k - 1].text == "for");
        std::optional<EntityType> coordinated = CoordinatedBodyOrPlace(tokens, s, first, names);
        if (tagged_runs.empty() && coordinated) {
          span.type = coordinated;  // "the Wikimedia Foundation and Creative Commons"
        } else if (tagged_runs.empty() || (connected && (tagged_runs.size() > 1 || tagged_runs[0].first != first ||
                                                         tagged_runs[0].last != last))) {
          for (auto& run : tagged_runs) names.push_back(std::move(run));
          continue;
        }
      }
      // "the State of Ohio" is Ohio itself (see VoteNameTypes): nothing nested in it.
      bool polity = last >= first + 2 && tokens[first + 1].text == "of" && IsPolityWord(tokens[first].text);
      if (!polity &&
          (span.type == EntityType::kOrganization || span.type == EntityType::kEvent || span.type == EntityType::kAward ||
           (span.type == EntityType::kLocation &&
            (lex.IsPlaceWord(tokens[last].text) || lex.IsFacilityWord(tokens[last].text)) &&  // "Volgograd Arena",
            tokens[last].text != "City") ||                                             // not "Ho Chi Minh City"
           (span.type == EntityType::kLocation && last >= first + 2 && tokens[first + 1].text == "of"))) {  // "Bay of Bengal"
        NestedPlaces(tokens, s, first, last, &names);
        if (!lex.IsPlaceWord(tokens[last].text))  // "Mill Lane"
          NestedEponyms(tokens, s, first, last, span.type == EntityType::kOrganization, &names);
        NestedAcronyms(tokens, s, first, last, &names);
      }
      // "Sen. Jo Marsh (R-Texas)", "(D-Calif.)": a party's initial, then the state the member is from.
      const std::string& word = tokens[first].text;
      if (first == last && first > 0 && tokens[first - 1].text == "(" && word.size() > 3 && word[1] == '-' &&
          (word[0] == 'R' || word[0] == 'D' || word[0] == 'I') && Capitalised(word.substr(2))) {
        bool stop = last + 1 < tokens.size() && tokens[last + 1].text == "." && tokens[last + 1].begin == tokens[last].end;
        std::string state = word.substr(2) + (stop ? "." : "");
        if (lex.IsCountryOrRegion(state) || !lex.StateOfAbbreviation(state).empty()) {
          span.text = state;
          span.type = EntityType::kLocation;
          span.cued = true;
        }
      }
      // "Boston, Mass.", "S. F., Cal.": after a city, a state as news style abbreviates it.
      if (first == last && first >= 2 && tokens[first - 1].text == ",") {
        bool stop = last + 1 < tokens.size() && tokens[last + 1].text == "." && tokens[last + 1].begin == tokens[last].end;
        std::string written = tokens[first].text + (stop ? "." : "");
        if (!lex.StateOfAbbreviation(written).empty()) {
          span.text = written;
          span.type = EntityType::kLocation;
          span.cued = true;
        }
      }
      names.push_back(std::move(span));
    }
    size_t sentence_start = names.size();
    while (sentence_start > 0 && names[sentence_start - 1].sentence == s) --sentence_start;
    TaggedNamesNotFound(tokens, s, ruled, &names);
    CamelCaseNames(tokens, s, sentence_start, &names);
    LowerCaseAwards(tokens, s, &names);
    std::stable_sort(names.begin() + sentence_start, names.end(),
                     [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
    LinkBracketedShortForms(tokens, sentence_start, &names);
    LinkOtherNames(tokens, sentence_start, &names);
    AlignListTypes(tokens, sentence_start, &names);
  }
  return names;
}

}  // namespace kg::compiler
