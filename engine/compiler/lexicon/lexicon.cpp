#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/text/normalize.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "engine/common/embedded_file.h"
#include "engine/compiler/lexicon/lexicon_data.h"
#include "engine/compiler/lexicon/word_table.h"
#include "engine/compiler/lexicon/wordnet_names.h"

// Given names (data/given_names.txt; KG_GIVEN_NAMES is its path, see CMakeLists.txt).
KG_EMBED_FILE(kg_given_names, KG_GIVEN_NAMES);
KG_EMBEDDED_FILE(kg_given_names);

namespace kg::compiler {

namespace {

using WordSet = std::unordered_set<std::string>;

WordSet Words(const char* text, const char* more = "") {
  WordSet set;
  for (const char* words : {text, more}) {
    std::istringstream in(words);
    std::string w;
    while (in >> w) set.insert(w);
  }
  return set;
}


using CodeMap = std::unordered_map<std::string, std::string>;  // lower-case name -> ISO 3166 alpha-2

// Country names from iso-codes ("name", "common_name", "official_name", alpha-3 code), each
// with its alpha-2 code so that different names of one country are one place.
void LoadIsoCountries(WordSet* names, CodeMap* codes) {
  std::ifstream in("/usr/share/iso-codes/json/iso_3166-1.json");
  if (!in) return;
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object() || !json.contains("3166-1") || !json["3166-1"].is_array()) return;
  for (const auto& country : json["3166-1"]) {
    std::string code = country.value("alpha_2", "");
    for (const char* field : {"name", "common_name", "official_name"}) {
      std::string name = Lower(country.value(field, ""));
      if (name.empty()) continue;
      names->insert(name);
      codes->emplace(name, code);
    }
    // The codes themselves ("USA", "US") name the country too, but are not names to look for.
    codes->emplace(Lower(country.value("alpha_3", "")), code);
    codes->emplace(Lower(code), code);
  }
}

// tzdata's country table adds the names people use: "GB<TAB>Britain (UK)" gives "britain" and
// "uk". A name already taken keeps its first country: "Virgin Islands (UK)" does not make
// "UK" the Virgin Islands.
void LoadTimeZoneCountries(WordSet* names, CodeMap* codes) {
  std::ifstream in("/usr/share/zoneinfo/iso3166.tab");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.find('\t') == std::string::npos) continue;
    std::string code = line.substr(0, line.find('\t')), name = line.substr(line.find('\t') + 1);
    std::string short_form;
    size_t open = name.find(" (");
    if (open != std::string::npos && name.back() == ')') {
      short_form = name.substr(open + 2, name.size() - open - 3);
      name = name.substr(0, open);
      // Only an abbreviation is another name: "Korea (South)" does not make "Korea" one country.
      if (!std::all_of(short_form.begin(), short_form.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        continue;
    }
    for (const std::string& n : {name, short_form})
      if (!n.empty()) names->insert(Lower(n)), codes->emplace(Lower(n), code);
  }
}

// Lower-case entries are common words; capitalised ones are proper nouns (mostly names).
// Both spellings: British news writes "neighbour", the American list has "neighbor".
void LoadDictionary(WordSet* common, WordSet* proper) {
  for (const char* file : {"/usr/share/dict/american-english", "/usr/share/dict/british-english"}) {
    std::ifstream in(file);
    std::string w;
    while (std::getline(in, w)) {
      if (w.empty() || w.find('\'') != std::string::npos) continue;
      if (std::islower(static_cast<unsigned char>(w[0]))) common->insert(w);
      else proper->insert(w);
    }
  }
}

// Subdivision names (counties, regions, some cities) from iso-codes' ISO 3166-2 data.
// "Kent", "Bavaria"; "Bristol, City of" is "bristol".
void LoadIsoSubdivisions(WordSet* out) {
  std::ifstream in("/usr/share/iso-codes/json/iso_3166-2.json");
  if (!in) return;
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object() || !json.contains("3166-2") || !json["3166-2"].is_array()) return;
  for (const auto& subdivision : json["3166-2"]) {
    std::string name = subdivision.value("name", "");
    name = name.substr(0, name.find(','));
    if (!name.empty()) out->insert(Lower(name));
  }
}

// City names from tzdata's zone tables ("Africa/Cairo" -> "cairo", "America/New_York" ->
// "new york"): some four hundred of the world's large cities.
void LoadTimeZoneCities(WordSet* out) {
  for (const char* file : {"/usr/share/zoneinfo/zone1970.tab", "/usr/share/zoneinfo/zone.tab"}) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string codes, coordinates, zone;
      if (!(fields >> codes >> coordinates >> zone)) continue;
      std::string city = zone.substr(zone.rfind('/') + 1);
      for (char& c : city)
        if (c == '_') c = ' ';
      out->insert(Lower(city));
    }
  }
}

}  // namespace

struct Lexicon::Sets {
  WordSet title_cues = Words(kPersonTitles), titles = Words(kPersonTitles, kMoreTitles), roles = Words(kRoleNouns), org_cues = Words(kOrgWords),
          org = Words(kOrgWords, kMoreOrgWords),
          award = Words(kAwardWords), facility = Words(kFacilityWords), periodical = Words(kPeriodicalWords),
          place = Words(kPlaceWords), regions = Words(kRegionNames),
          works = Words(kWorkNouns), occupations = Words(kOccupations),
          descriptors = Words(kOccupations, kMoreOccupations), speech_verbs = Words(kSpeechVerbs),
          months = Words(kMonthsAndDays),
          org_nouns = Words(kOrgNouns), venue_nouns = Words(kVenueNouns), post_nominals = Words(kPostNominals),
          not_names = Words(kNotNames),
          dictionary, proper;
  CodeMap country_codes;
  std::unordered_map<std::string, KinWord> kin;
  WordNetNames wordnet_names = LoadWordNetInstances("/usr/share/wordnet/data.noun");
  std::unordered_map<std::string, uint8_t>& wordnet = wordnet_names.kinds;
  WordSet given_names = Words(std::string(kg_given_names_begin, kg_given_names_end).c_str());
  WordSet name_prefixes;  // the beginnings of regions' and wordnet's names, up to a space
  WordSet cities;         // tzdata's cities, also among the regions
};

namespace {

using WordLookup = WordTable<char>;

WordLookup Freeze(const WordSet& set) {
  std::vector<std::pair<std::string, char>> pairs;
  pairs.reserve(set.size());
  for (const auto& w : set) pairs.emplace_back(w, 1);
  return WordLookup::FromPairs(pairs);
}

}  // namespace

// The lists as read-only tables (word_table.h), looked up without copying the word.
struct Lexicon::Tables {
  explicit Tables(const Sets& s)
      : title_cues(Freeze(s.title_cues)), titles(Freeze(s.titles)), roles(Freeze(s.roles)), org_cues(Freeze(s.org_cues)), org(Freeze(s.org)), award(Freeze(s.award)), facility(Freeze(s.facility)), periodical(Freeze(s.periodical)),
        place(Freeze(s.place)), regions(Freeze(s.regions)), works(Freeze(s.works)),
        occupations(Freeze(s.occupations)), descriptors(Freeze(s.descriptors)), speech_verbs(Freeze(s.speech_verbs)), months(Freeze(s.months)), org_nouns(Freeze(s.org_nouns)),
        venue_nouns(Freeze(s.venue_nouns)), post_nominals(Freeze(s.post_nominals)), not_names(Freeze(s.not_names)),
        dictionary(Freeze(s.dictionary)), proper(Freeze(s.proper)), given_names(Freeze(s.given_names)),
        name_prefixes(Freeze(s.name_prefixes)), cities(Freeze(s.cities)), country_codes(WordTable<std::string>::FromPairs(s.country_codes)),
        kin(WordTable<KinWord>::FromPairs(s.kin)), wordnet(WordTable<uint8_t>::FromPairs(s.wordnet)) {}
  WordLookup title_cues, titles, roles, org_cues, org, award, facility, periodical, place, regions, works, occupations, descriptors, speech_verbs, months, org_nouns, venue_nouns,
      post_nominals, not_names, dictionary, proper, given_names, name_prefixes, cities;
  WordTable<std::string> country_codes;
  WordTable<KinWord> kin;
  WordTable<uint8_t> wordnet;
};

namespace {

// WordNet's other names of a country ("America" beside "United States", "Holland" beside
// "Netherlands") name the same place. A name WordNet gives to two countries names neither.
// The synset's first name, its usual one, tells which country it is: not its abbreviations
// ("CA" of California is Canada's code), nor a later name ("Russia" of the Soviet Union).
void AddCountrySynonyms(const std::vector<std::vector<std::string>>& synonym_sets, CodeMap* codes) {
  CodeMap added;
  std::unordered_set<std::string> ambiguous;
  for (const auto& synonyms : synonym_sets) {
    auto usual = codes->find(synonyms[0]);
    if (usual == codes->end() || synonyms[0].size() <= 3) continue;
    const std::string code = usual->second;
    for (const std::string& name : synonyms) {
      if (codes->count(name)) continue;
      auto [it, fresh] = added.emplace(name, code);
      if (!fresh && it->second != code) ambiguous.insert(name);
    }
  }
  for (const auto& [name, code] : added)
    if (!ambiguous.count(name)) codes->emplace(name, code);
}

void AddKin(std::unordered_map<std::string, KinWord>* kin, const char* words, bool partners, Gender gender) {
  std::istringstream in(words);
  for (std::string w; in >> w;) (*kin)[w] = KinWord{partners ? "partner" : w, gender};
}

}  // namespace

Lexicon::Lexicon() : sets_(new Sets) {
  LoadIsoCountries(&sets_->regions, &sets_->country_codes);
  LoadTimeZoneCountries(&sets_->regions, &sets_->country_codes);
  AddCountrySynonyms(sets_->wordnet_names.place_synonyms, &sets_->country_codes);
  LoadIsoSubdivisions(&sets_->regions);
  LoadTimeZoneCities(&sets_->cities);
  sets_->regions.insert(sets_->cities.begin(), sets_->cities.end());
  LoadDictionary(&sets_->dictionary, &sets_->proper);
  AddKin(&sets_->kin, kMaleKin, false, Gender::kMale);
  AddKin(&sets_->kin, kFemaleKin, false, Gender::kFemale);
  AddKin(&sets_->kin, kOtherKin, false, Gender::kUnknown);
  AddKin(&sets_->kin, kMalePartners, true, Gender::kMale);
  AddKin(&sets_->kin, kFemalePartners, true, Gender::kFemale);
  AddKin(&sets_->kin, kOtherPartners, true, Gender::kUnknown);
  auto add_prefixes = [&](const std::string& name) {
    for (size_t p = name.find(' '); p != std::string::npos; p = name.find(' ', p + 1))
      sets_->name_prefixes.insert(name.substr(0, p));
  };
  for (const auto& name : sets_->regions) add_prefixes(name);
  for (const auto& [name, kind] : sets_->wordnet) add_prefixes(name);
  tables_ = new Tables(*sets_);
}

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon;
  return lexicon;
}

bool Lexicon::IsPersonTitle(const std::string& w) const { return tables_->titles.Find(w) != nullptr; }
bool Lexicon::IsTitleCue(const std::string& w) const { return tables_->title_cues.Find(w) != nullptr; }
bool Lexicon::IsRoleNoun(const std::string& w) const { return IsPersonTitle(w) || tables_->roles.Find(w) != nullptr; }
bool Lexicon::IsProperNoun(const std::string& w) const { return tables_->proper.Find(w) != nullptr; }
bool Lexicon::IsOrgWord(const std::string& w) const { return tables_->org.Find(w) != nullptr; }
bool Lexicon::IsOrgWordCue(const std::string& w) const { return tables_->org_cues.Find(w) != nullptr; }
bool Lexicon::IsAwardWord(const std::string& w) const { return tables_->award.Find(w) != nullptr; }
bool Lexicon::IsPlaceWord(const std::string& w) const { return tables_->place.Find(w) != nullptr; }
bool Lexicon::IsFacilityWord(const std::string& w) const { return tables_->facility.Find(w) != nullptr; }
bool Lexicon::IsPeriodicalWord(const std::string& w) const { return tables_->periodical.Find(w) != nullptr; }
bool Lexicon::IsCountryOrRegion(const std::string& n) const { return tables_->regions.FindLower(n) != nullptr; }
bool Lexicon::IsCity(const std::string& n) const {
  return tables_->cities.FindLower(n) != nullptr && CountryCode(n).empty();
}
std::string Lexicon::CountryCode(const std::string& name) const {
  const std::string* code;
  if (name.find('.') == std::string::npos) {
    code = tables_->country_codes.FindLower(name);
  } else {  // "U.S.", "U. S."
    std::string key = Lower(name);
    key.erase(std::remove_if(key.begin(), key.end(), [](char c) { return c == '.' || c == ' '; }), key.end());
    code = tables_->country_codes.Find(key);
  }
  return code ? *code : "";
}
std::string Lexicon::InCountryKey(const std::string& name) const {
  std::vector<std::string> words = Words(name);
  std::string opening;
  for (size_t k = 1; k < words.size() && k <= 3; ++k) {
    opening += (k > 1 ? " " : "") + words[k - 1];
    std::string code = CountryCode(opening);
    if (code.empty()) continue;
    std::string rest;
    for (size_t m = k; m < words.size(); ++m) rest += (m > k ? " " : "") + Lower(words[m]);
    return code + "|" + rest;
  }
  return "";
}
bool Lexicon::IsWorkNoun(const std::string& w) const { return tables_->works.FindLower(w) != nullptr; }
bool Lexicon::IsOccupation(const std::string& w) const { return tables_->occupations.FindLower(w) != nullptr; }
bool Lexicon::IsPersonDescriptor(const std::string& w) const { return tables_->descriptors.FindLower(w) != nullptr; }
bool Lexicon::IsSpeechVerb(const std::string& w) const { return tables_->speech_verbs.Find(w) != nullptr; }
bool Lexicon::IsMonthOrDay(const std::string& w) const { return tables_->months.Find(w) != nullptr; }
bool Lexicon::IsOrgNoun(const std::string& w) const { return tables_->org_nouns.Find(w) != nullptr; }
bool Lexicon::IsVenueNoun(const std::string& w) const { return tables_->venue_nouns.Find(w) != nullptr; }
bool Lexicon::IsPostNominal(const std::string& w) const { return tables_->post_nominals.Find(w) != nullptr; }
std::string Lexicon::StateOfAbbreviation(const std::string& abbreviation) const {
  static const std::unordered_map<std::string, std::string> states = [] {
    std::unordered_map<std::string, std::string> map;
    std::string_view pairs = kStateAbbreviations;
    while (!pairs.empty()) {
      std::string_view pair = pairs.substr(0, pairs.find('|'));
      pairs.remove_prefix(std::min(pairs.size(), pair.size() + 1));
      size_t equals = pair.find('=');
      map.emplace(pair.substr(0, equals), pair.substr(equals + 1));
    }
    return map;
  }();
  auto it = states.find(abbreviation);
  return it == states.end() ? "" : it->second;
}
bool Lexicon::IsNotAName(const std::string& w) const { return tables_->not_names.Find(w) != nullptr; }
const KinWord* Lexicon::Kin(const std::string& w) const { return tables_->kin.Find(w); }

uint8_t Lexicon::WordNetKindOf(const std::string& lower_name) const {
  const uint8_t* kind = tables_->wordnet.Find(lower_name);
  return kind ? *kind : 0;
}

bool Lexicon::StartsLongerName(const std::string& lower_name) const {
  return tables_->name_prefixes.Find(lower_name) != nullptr;
}

bool Lexicon::IsGivenName(const std::string& w) const { return tables_->given_names.Find(w) != nullptr; }

namespace {

// Whether a and b differ by one letter changed, added or dropped.
bool OneEditApart(const std::string& a, const std::string& b) {
  const std::string& longer = a.size() >= b.size() ? a : b;
  const std::string& shorter = a.size() >= b.size() ? b : a;
  if (longer.size() - shorter.size() > 1) return false;
  size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  size_t skip = longer.size() == shorter.size() ? 1 : 0;  // a change, or a letter added
  return shorter.compare(i + skip, std::string::npos, longer, i + 1, std::string::npos) == 0;
}

}  // namespace

bool Lexicon::SameGivenName(const std::string& a, const std::string& b) const {
  if (a == b) return true;
  static const std::multimap<std::string, std::string> formal_of = [] {
    std::multimap<std::string, std::string> pairs;
    std::istringstream in(kGivenNameForms);
    for (std::string pair; in >> pair;) pairs.emplace(pair.substr(0, pair.find(':')), pair.substr(pair.find(':') + 1));
    return pairs;
  }();
  // Whether `name` is b or one of b's formal names.
  auto names_b = [&](const std::string& name) {
    if (name == b) return true;
    for (auto [it, end] = formal_of.equal_range(b); it != end; ++it)
      if (it->second == name) return true;
    return false;
  };
  if (names_b(a)) return true;
  for (auto [it, end] = formal_of.equal_range(a); it != end; ++it)
    if (names_b(it->second)) return true;
  return a.size() >= 5 && b.size() >= 5 && a[0] == b[0] && IsGivenName(a) && IsGivenName(b) && OneEditApart(a, b);
}

namespace {

// Whether WordNet gives `word`, or its singular ("Londoners"), one of the `kinds` bits.
bool WordOrSingularIs(const WordTable<uint8_t>& wordnet, const std::string& word, uint8_t kinds) {
  const uint8_t* kind = wordnet.FindLower(word);
  if (kind && (*kind & kinds)) return true;
  if (word.size() <= 3 || (word.back() != 's' && word.back() != 'S')) return false;
  kind = wordnet.FindLower(std::string_view(word).substr(0, word.size() - 1));
  return kind && (*kind & kinds);
}

}  // namespace

bool Lexicon::IsInhabitantWord(const std::string& word) const {
  return WordOrSingularIs(tables_->wordnet, word, kWordNetInhabitant);
}

bool Lexicon::IsKindOfPeople(const std::string& word) const {
  return WordOrSingularIs(tables_->wordnet, word, kWordNetInhabitant | kWordNetFollower);
}

bool Lexicon::IsCommonWord(const std::string& word) const {
  if (tables_->dictionary.empty()) return tables_->months.Find(word) != nullptr;
  return tables_->dictionary.FindLower(word) != nullptr;
}

}  // namespace kg::compiler
