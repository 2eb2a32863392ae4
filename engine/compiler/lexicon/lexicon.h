// engine/compiler/lexicon/lexicon.h — general-knowledge word lists for finding names.
//
// Titles, organisation, award, place and work words are compiled in (lexicon_data.h);
// countries and regions come from Debian's iso-codes and tzdata's country table (which also
// say which names are one country), large cities from tzdata's zone tables, common words and proper nouns from
// the American and British word lists (wamerican, wbritish), named instances from WordNet. Nothing here names anything from a
// particular article. Loaded once; thread-safe after that.
#pragma once

#include <cstdint>
#include <string>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// What a family or partner word says of the person it names: "husband" -> ("husband", male),
// "girlfriend" -> ("partner", female); every kind of partner is a "partner".
struct KinWord {
  std::string relation;
  Gender gender = Gender::kUnknown;
};

class Lexicon {
 public:
  static const Lexicon& Get();

  bool IsPersonTitle(const std::string& word) const;    // Mr, Mrs, PC, Sgt, Commissioner, Tsar, ...
  bool IsTitleCue(const std::string& word) const;       // the titles the name tagger knows as a cue
  bool IsRoleNoun(const std::string& word) const;       // a title, or Fellow, Member, Founder, ...
  bool IsProperNoun(const std::string& word) const;     // capitalised dictionary entries
  bool IsOrgWord(const std::string& word) const;        // Police, Service, Council, Ltd, Corps, ...
  bool IsOrgWordCue(const std::string& word) const;     // the organisation words the name tagger knows as a cue
  bool IsAwardWord(const std::string& word) const;      // Medal, Award, Prize, ...
  bool IsPlaceWord(const std::string& word) const;      // Street, Road, Bridge, River, ...
  bool IsFacilityWord(const std::string& word) const;   // Museum, Hall, Stadium, Hospital, ...
  bool IsPeriodicalWord(const std::string& word) const; // Magazine, Weekly, Daily, ...
  bool IsCountryOrRegion(const std::string& name) const;  // iso-codes names and capitals list
  bool IsCity(const std::string& name) const;             // tzdata's cities that are no country
  // The ISO 3166 alpha-2 code of a country name ("United Kingdom", "Britain", "UK" -> "GB"), or "".
  std::string CountryCode(const std::string& name) const;
  // "US|coast guard" for "U.S. Coast Guard" and "United States Coast Guard": the country that
  // opens a longer name (its first one to three words), and the rest in lower case; "" when
  // no country opens it.
  std::string InCountryKey(const std::string& name) const;
  bool IsWorkNoun(const std::string& word) const;       // book, novel, film, documentary, ...
  bool IsOccupation(const std::string& word) const;     // dealer, officer, firefighter, ...
  bool IsPersonDescriptor(const std::string& word) const;  // an occupation, or designer, veteran, ...
  bool IsSpeechVerb(const std::string& word) const;        // said, told, explained, ...
  bool IsOrgNoun(const std::string& word) const;        // charity, campaign, company, ...
  bool IsVenueNoun(const std::string& word) const;      // pub, station, hospital, ...
  bool IsPostNominal(const std::string& word) const;    // KC, MBE, MP after a name
  // "California" for "Calif." or "Cal.": the state a news-style abbreviation names, or "".
  std::string StateOfAbbreviation(const std::string& abbreviation) const;
  bool IsNotAName(const std::string& word) const;       // OK, CCTV, DNA, Mum, ...
  // A lower-case dictionary word: "The", "After", "Police" are common words, "Okafor" is not.
  bool IsCommonWord(const std::string& word) const;
  bool IsMonthOrDay(const std::string& word) const;
  const KinWord* Kin(const std::string& lower_word) const;  // nullptr for other words
  // Whether a longer country, region or city name, or WordNet instance, begins with
  // `lower_name` and a space ("united" -> "united kingdom"): looking further is worthwhile.
  bool StartsLongerName(const std::string& lower_name) const;
  // WordNetKind bits of a named instance in WordNet ("isaac newton", "antwerp"), 0 for none.
  uint8_t WordNetKindOf(const std::string& lower_name) const;
  // "Londoners", "Italian": a word for inhabitants (WordNet), which names a group, not an entity.
  bool IsInhabitantWord(const std::string& word) const;
  // A kind of people rather than a name, alone: "Londoners", "Italian", "Christians", "Marxist".
  bool IsKindOfPeople(const std::string& word) const;
  // "Christopher", "Auguste": a given name (the public-domain Moby lists, data/given_names.txt).
  bool IsGivenName(const std::string& word) const;
  // "Larry" and "Lawrence", "Kristen" and "Kristin": forms of one given name (a familiar form,
  // or two given names one letter apart).
  bool SameGivenName(const std::string& a, const std::string& b) const;

 private:
  Lexicon();
  struct Sets;
  struct Tables;
  Sets* sets_;
  Tables* tables_;
};

}  // namespace kg::compiler
