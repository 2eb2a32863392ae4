#include "engine/compiler/mentions/lexicon.h"
#include "engine/compiler/text/normalize.h"

#include <cctype>
#include <fstream>
#include <regex>
#include <sstream>
#include <unordered_set>

#include "engine/compiler/mentions/lexicon_data.h"

namespace kg::compiler {

namespace {

using WordSet = std::unordered_set<std::string>;

WordSet Words(const char* text) {
  WordSet set;
  std::istringstream in(text);
  std::string w;
  while (in >> w) set.insert(w);
  return set;
}


// Country names from iso-codes' JSON ("name", "common_name", "official_name" fields).
void LoadIsoCountries(WordSet* out) {
  std::ifstream in("/usr/share/iso-codes/json/iso_3166-1.json");
  if (!in) return;
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string json = buffer.str();
  static const std::regex field(R"re("(?:name|common_name)"\s*:\s*"([^"]+)")re");
  for (std::sregex_iterator it(json.begin(), json.end(), field), end; it != end; ++it) out->insert(Lower((*it)[1].str()));
}

// Lower-case entries are common words; capitalised ones are proper nouns (mostly names).
void LoadDictionary(WordSet* common, WordSet* proper) {
  std::ifstream in("/usr/share/dict/words");
  std::string w;
  while (std::getline(in, w)) {
    if (w.empty() || w.find('\'') != std::string::npos) continue;
    if (std::islower(static_cast<unsigned char>(w[0]))) common->insert(w);
    else proper->insert(w);
  }
}

// Subdivision names (counties, regions, some cities) from iso-codes' ISO 3166-2 data.
void LoadIsoSubdivisions(WordSet* out) {
  std::ifstream in("/usr/share/iso-codes/json/iso_3166-2.json");
  if (!in) return;
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string json = buffer.str();
  static const std::regex field(R"re("name"\s*:\s*"([^",]+)(?:, [^"]*)?")re");
  for (std::sregex_iterator it(json.begin(), json.end(), field), end; it != end; ++it) out->insert(Lower((*it)[1].str()));
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
  WordSet titles = Words(kPersonTitles), org = Words(kOrgWords),
          award = Words(kAwardWords), place = Words(kPlaceWords), regions = Words(kRegionNames),
          works = Words(kWorkNouns), occupations = Words(kOccupations), months = Words(kMonthsAndDays),
          dictionary, proper;
};

Lexicon::Lexicon() : sets_(new Sets) {
  LoadIsoCountries(&sets_->regions);
  LoadIsoSubdivisions(&sets_->regions);
  LoadTimeZoneCities(&sets_->regions);
  LoadDictionary(&sets_->dictionary, &sets_->proper);
}

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon;
  return lexicon;
}

bool Lexicon::IsPersonTitle(const std::string& w) const { return sets_->titles.count(w) > 0; }
bool Lexicon::IsProperNoun(const std::string& w) const { return sets_->proper.count(w) > 0; }
bool Lexicon::IsOrgWord(const std::string& w) const { return sets_->org.count(w) > 0; }
bool Lexicon::IsAwardWord(const std::string& w) const { return sets_->award.count(w) > 0; }
bool Lexicon::IsPlaceWord(const std::string& w) const { return sets_->place.count(w) > 0; }
bool Lexicon::IsCountryOrRegion(const std::string& n) const { return sets_->regions.count(Lower(n)) > 0; }
bool Lexicon::IsWorkNoun(const std::string& w) const { return sets_->works.count(Lower(w)) > 0; }
bool Lexicon::IsOccupation(const std::string& w) const { return sets_->occupations.count(Lower(w)) > 0; }
bool Lexicon::IsMonthOrDay(const std::string& w) const { return sets_->months.count(w) > 0; }

bool Lexicon::IsCommonWord(const std::string& word) const {
  std::string lower = Lower(word);
  if (sets_->dictionary.empty()) return sets_->months.count(word) > 0;
  return sets_->dictionary.count(lower) > 0;
}

}  // namespace kg::compiler
