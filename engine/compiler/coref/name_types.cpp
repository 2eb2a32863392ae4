#include "engine/compiler/coref/name_types.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/lexicon/wordnet_names.h"
#include "engine/compiler/mentions/name_words.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

bool Voting(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kLocation;
}
bool Votes(const NameSpan& n) { return n.type && Voting(*n.type); }

bool IsFunctionWord(const std::string& w) { return w == "of" || w == "the" || w == "and" || w == "for" || w == "de"; }

// "Massachusetts Institute of Technology" -> "MIT".
std::string Initials(const std::vector<std::string>& words) {
  std::string initials;
  for (const auto& w : words)
    if (!IsFunctionWord(w) && StartsWithCapital(w) && static_cast<unsigned char>(w[0]) < 0x80) initials += w[0];
  return initials;
}

// "LibriVox" -> "LV", "PlayStation" -> "PS": the capitals of a word written in camel case (two
// or three, the first one opening it), or "" for any other word.
std::string CamelCapitals(const std::string& word) {
  std::string capitals;
  for (char c : word)
    if (std::isupper(static_cast<unsigned char>(c))) capitals += c;
  bool camel = capitals.size() >= 2 && capitals.size() <= 3 && capitals.size() * 2 < word.size() &&
               std::isupper(static_cast<unsigned char>(word[0])) && word.rfind("Mc", 0) != 0 && word.rfind("Mac", 0) != 0;
  return camel ? capitals : "";
}

// A name of people: two to four words, none of them an organisation, place or award word.
bool PersonShaped(const Lexicon& lex, const std::vector<std::string>& words) {
  if (words.size() < 2 || words.size() > 4) return false;
  for (const auto& w : words)
    if (!StartsWithCapital(w) || lex.IsOrgWord(w) || lex.IsPlaceWord(w) || lex.IsAwardWord(w) || lex.IsFacilityWord(w))
      return false;
  return true;
}

bool KnownPlace(const Lexicon& lex, const std::string& name) {
  return lex.IsCountryOrRegion(name) || !lex.CountryCode(name).empty() || (lex.WordNetKindOf(Lower(name)) & kWordNetPlace);
}

std::string Join(const std::vector<std::string>& words, size_t n) {
  std::string joined;
  for (size_t k = 0; k < n; ++k) joined += (k ? " " : "") + words[k];
  return joined;
}

}  // namespace

void VoteNameTypes(std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<NameSpan>& n = *names;
  UnionFind groups(n.size());
  std::map<std::string, size_t> first_of;  // lower-case name -> its first mention
  std::vector<std::vector<std::string>> words(n.size());
  std::vector<std::string> lower(n.size());
  std::map<std::string, size_t> first_in_country;  // "US|coast guard" -> the first such name
  std::map<std::string, size_t> plain_of_possessive;  // "new people party" -> "New People's Party"
  for (size_t i = 0; i < n.size(); ++i) {
    words[i] = Words(n[i].text);
    lower[i] = Lower(n[i].text);
    auto [it, fresh] = first_of.emplace(lower[i], i);
    if (!fresh) groups.Join(i, it->second);
    // "New People's Party" and "New People Party": one name, with or without the possessive.
    if (std::string key = lower[i]; key.find("'s ") != std::string::npos) {
      for (size_t p; (p = key.find("'s ")) != std::string::npos;) key.erase(p, 2);
      if (auto plain = first_of.find(key); plain != first_of.end()) groups.Join(i, plain->second);
      else plain_of_possessive.emplace(key, i);
    } else if (auto possessive = plain_of_possessive.find(key); possessive != plain_of_possessive.end()) {
      groups.Join(i, possessive->second);
    }
    // "U.S. Coast Guard" and "United States Coast Guard": one name, whichever form of the country
    // opens it. The key ignores case, so a name seen before is in its first mention's group.
    if (std::string key = fresh ? lex.InCountryKey(n[i].text) : ""; !key.empty()) {
      auto [same, first_time] = first_in_country.emplace(key, i);
      if (!first_time) groups.Join(i, same->second);
    }
  }
  // Longer names a shorter one belongs to; a short name that fits several stays apart. Each
  // longer name is indexed once under the short names it may own, so this stays linear:
  // "Smith" under a person's first and last word, "Harvard" under "Harvard University" without
  // its closing organisation words, "MIT" under the initials.
  std::unordered_map<std::string, std::vector<size_t>> person_part, org_core, initials, city, compass_country;
  // Names joined to a longer one as its core, initials or city ("WHO" of the World Health
  // Organization): they take the group's type even when they had none of their own.
  std::vector<bool> short_form(n.size(), false);
  for (const auto& [name, j] : first_of) {
    const std::vector<std::string>& full = words[j];
    if (full.size() == 1 && !CamelCapitals(full[0]).empty()) initials[CamelCapitals(full[0])].push_back(j);  // "LV"
    if (full.size() < 2) continue;
    if (PersonShaped(lex, full)) {
      person_part[full.front()].push_back(j);
      if (full.back() != full.front()) person_part[full.back()].push_back(j);
    }
    size_t core = full.size();  // "Harvard" of "Harvard University"
    while (core > 0 && lex.IsOrgWord(full[core - 1])) --core;
    if (core > 0 && core < full.size()) org_core[Join(full, core)].push_back(j);
    initials[Initials(full)].push_back(j);
    // "the North" of "North Macedonia": a country named with a point of the compass.
    if (full.size() == 2 && IsCompass(full[0]) && !lex.CountryCode(Join(full, 2)).empty())
      compass_country[full[0]].push_back(j);
    // "New York" of "New York City": a city and the same city named with "City".
    if (full.back() == "City" && lex.IsCity(Join(full, full.size() - 1)))
      city[Join(full, full.size() - 1)].push_back(j);
  }
  for (size_t i = 0; i < n.size(); ++i)  // "UAAR" after "the Union of ... (UAAR)"
    if (auto it = first_of.find(Lower(n[i].short_form_of)); !n[i].short_form_of.empty() && it != first_of.end()) {
      groups.Join(i, it->second);
      short_form[i] = true;
    }
  // "near Marrowby", "born in Marrowby": a name written where a place goes is the place, not the
  // short form of "Marrowby School" named elsewhere in the article.
  std::unordered_set<std::string> in_place_slot;
  for (size_t i = 0; i < n.size(); ++i)
    if (n[i].place_slot) in_place_slot.insert(lower[i]);
  for (size_t i = 0; i < n.size(); ++i) n[i].place_slot = in_place_slot.count(lower[i]) > 0;  // every mention of it
  auto add = [](const auto& index, const std::string& key, std::vector<size_t>* owners) {
    if (auto it = index.find(key); it != index.end()) owners->insert(owners->end(), it->second.begin(), it->second.end());
  };
  for (size_t i = 0; i < n.size(); ++i) {
    if (words[i].empty() || n[i].role_only || first_of.at(lower[i]) != i) continue;
    const std::string& only = words[i][0];
    std::string letters = only;  // "U.N." -> "UN"
    letters.erase(std::remove(letters.begin(), letters.end(), '.'), letters.end());
    bool acronym = words[i].size() == 1 && letters.size() >= 2 && letters.size() <= 6 &&
                   std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    // A nested name ("Harlow" in "Harlow Gazette") names another entity than the name around
    // it; as initials it may still be a short form of one named elsewhere ("NSW" in "University
    // of NSW" after "New South Wales").
    if (n[i].nested && !acronym) continue;
    std::vector<size_t> owners;
    if (words[i].size() == 1 && !KnownPlace(lex, only) && !n[i].nested)
      add(person_part, only, &owners);  // not "Boston" of the Red Sox
    size_t person_owners_end = owners.size();
    // Not when the rest is a place: "the San Francisco Bulletin" is not San Francisco.
    // Nor when it is a person's full name: the Andy Warhol Foundation is named after Andy Warhol.
    bool full_name = words[i].size() >= 2 && lex.IsGivenName(words[i][0]) && n[i].type == EntityType::kPerson;
    if (!KnownPlace(lex, n[i].text) && !full_name && !n[i].nested && !n[i].place_slot)
      add(org_core, Join(words[i], words[i].size()), &owners);
    if (acronym) add(initials, letters, &owners);
    if (!n[i].nested) add(city, Join(words[i], words[i].size()), &owners);
    if (words[i].size() == 1 && IsCompass(only)) add(compass_country, only, &owners);
    if (std::string state = lex.StateOfAbbreviation(n[i].text); !state.empty())  // "Calif." of "California"
      if (auto full = first_of.find(Lower(state)); full != first_of.end()) owners.push_back(full->second);
    bool by_body_name = owners.size() > person_owners_end;  // as the core, initials or city of a longer name
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    owners.erase(std::remove(owners.begin(), owners.end(), i), owners.end());
    if (owners.size() == 1) {
      groups.Join(i, owners[0]);
      short_form[i] = by_body_name;
    }
  }
  // Votes: a cue counts three times what the tagger's word does.
  std::map<size_t, std::array<int, 3>> votes;
  for (size_t i = 0; i < n.size(); ++i) {
    std::array<int, 3>& v = votes[groups.Find(i)];
    if (Votes(n[i])) v[static_cast<int>(*n[i].type)] += n[i].cued ? 3 : 1;
    else if (!n[i].type && n[i].fallback && Voting(*n[i].fallback))
      v[static_cast<int>(*n[i].fallback)] += 1;
  }
  // The fullest name of each group (most words, then first seen).
  std::map<size_t, size_t> fullest;
  for (size_t i = 0; i < n.size(); ++i) {
    if (!Votes(n[i]) && !(n[i].fallback && Voting(*n[i].fallback))) continue;
    auto [it, fresh] = fullest.emplace(groups.Find(i), i);
    auto size = [&](size_t k) { return lex.StateOfAbbreviation(n[k].text).empty() ? words[k].size() : 0; };  // "Cal."
    if (!fresh && size(i) > size(it->second)) it->second = i;
  }
  for (size_t i = 0; i < n.size(); ++i) {
    const std::array<int, 3>& v = votes[groups.Find(i)];
    int best = 0;
    for (int t = 1; t < 3; ++t)
      if (v[t] > v[best]) best = t;
    if (v[best] == 0) continue;
    EntityType winner = static_cast<EntityType>(best);
    if (Votes(n[i]) && n[i].title.empty()) n[i].type = winner;
    else if (!n[i].type && (n[i].fallback || (short_form[i] && winner != EntityType::kPerson)))
      n[i].fallback = winner;  // otherwise a word with no type of its own gains none
    if (winner != EntityType::kPerson && fullest.count(groups.Find(i)) &&
        (n[i].type == winner || (!n[i].type && n[i].fallback == winner)))
      n[i].group_name = n[fullest[groups.Find(i)]].text;
    if (std::string state = lex.StateOfAbbreviation(n[i].group_name); !state.empty()) n[i].group_name = state;
  }
  // "the State of Ohio", "the Commonwealth of Kentucky": the place itself, under its own name.
  for (size_t i = 0; i < n.size(); ++i) {
    if (words[i].size() < 3 || !IsPolityWord(words[i][0]) || words[i][1] != "of" || n[i].nested) continue;
    std::string place = words[i][2];
    for (size_t k = 3; k < words[i].size(); ++k) place += " " + words[i][k];
    if (!lex.IsCountryOrRegion(place) && lex.CountryCode(place).empty()) continue;
    n[i].type = EntityType::kLocation;
    n[i].group_name = place;
  }
}

}  // namespace kg::compiler
