#include "engine/compiler/coref/coreference.h"
#include "engine/compiler/text/normalize.h"
#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/lexicon/wordnet_names.h"
#include "engine/compiler/mentions/name_words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::compiler {

namespace {



bool SimilarSurname(const std::string& a, const std::string& b) {
  if (a == b) return true;
  // "Kwok-kin" and "Kwok-hing" close a Cantonese name as two given names, not one surname misspelt.
  if (a.find('-') != std::string::npos || b.find('-') != std::string::npos) return false;
  if (a.size() < 5 || b.size() < 5 || a[0] != b[0]) return false;
  size_t allowed = std::min(a.size(), b.size()) >= 6 ? 2 : 1;  // Seymour / Seymore
  return EditDistance(Lower(a), Lower(b)) <= allowed;
}

// Calls f with each of the strings made by deleting up to two bytes of `word`, some more than
// once, built in reused buffers: two words within edit distance 2 share one (each
// substitution is a deletion on both sides).
template <typename F>
void ForEachDeletion(const std::string& word, F f) {
  f(word);
  std::string one, two;
  for (size_t i = 0; i < word.size(); ++i) {
    one.assign(word, 0, i);
    one.append(word, i + 1);
    for (size_t j = i; j < one.size(); ++j) {
      two.assign(one, 0, j);
      two.append(one, j + 1);
      f(two);
    }
    f(one);
  }
}

// "Matthew Goode" and "Matthew William Goode", "Otto Jespersen" and "Jens Otto Harry
// Jespersen": the shorter full name keeps some of the longer one's given names, in order,
// and its surname.
bool DropsGivenNames(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  if (shorter.size() < 2 || shorter.size() >= longer.size() || !SimilarSurname(shorter.back(), longer.back())) return false;
  size_t k = 0;
  for (size_t i = 0; i + 1 < longer.size() && k + 1 < shorter.size(); ++i)
    if (longer[i] == shorter[k]) ++k;
  return k + 1 == shorter.size();
}

std::string JoinWords(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string joined;
  for (size_t k = from; k < to; ++k) joined += (k > from ? " " : "") + words[k];
  return joined;
}

// A place for certain: a country, region or city, or WordNet's place that is no one's name
// ("Harvard" is a university's building and John Harvard).
bool NamesPlace(const Lexicon& lex, const std::string& name) {
  uint8_t kind = lex.WordNetKindOf(Lower(name));
  return !lex.CountryCode(name).empty() || lex.IsCountryOrRegion(name) ||
         ((kind & kWordNetPlace) && !(kind & kWordNetPerson));
}

// The shorter names an article gives an organisation once it has named it in full, in lower
// case: without the country or city before it ("Air Force" of "United States Air Force",
// "Red Sox" of "Boston Red Sox"), or without its kind after it ("Harvard" of "Harvard
// University"), unless what is left names a place ("Manchester" of "Manchester United"); or
// by what a body opening it is of or for.
std::vector<std::string> OrgShortForms(const std::vector<std::string>& words) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<std::string> forms;
  for (size_t k = 1; k < words.size() && k <= 3; ++k)
    if (NamesPlace(lex, JoinWords(words, 0, k)) && !NamesPlace(lex, JoinWords(words, k, words.size())) &&
        words[k] != "of" && words[k] != "and")
      forms.push_back(Lower(JoinWords(words, k, words.size())));
  if (words.size() >= 2 && lex.IsOrgWord(words.back()) && !lex.IsOrgWord(words[words.size() - 2]) &&
      words[words.size() - 2] != "of" && !NamesPlace(lex, JoinWords(words, 0, words.size() - 1)))
    forms.push_back(Lower(JoinWords(words, 0, words.size() - 1)));
  // "Scientology" of "Church of Scientology": what a body opening the name is of, unless a
  // place ("Bank of England" is not England).
  if (words.size() >= 3 && lex.IsOrgWord(words[0]) && words[1] == "of") {
    size_t from = words[2] == "the" ? 3 : 2;
    if (from < words.size() && !NamesPlace(lex, JoinWords(words, from, words.size())))
      forms.push_back(Lower(JoinWords(words, from, words.size())));
  }
  // "Supreme Court" of "Supreme Court of Cassation", "Court of Cassation" of "Court of
  // Cassation of Norland", "Hale Foundation" of "Hale Foundation for the Arts": a body of two
  // words or more named before the last "of" or "for".
  for (size_t k = words.size(); k-- > 2;)
    if (words[k] == "of" || words[k] == "for") {
      bool body = false;
      for (size_t m = 0; m < k; ++m) body |= lex.IsOrgWord(words[m]);
      if (body) forms.push_back(Lower(JoinWords(words, 0, k)));
      break;
    }
  return forms;
}

// "the Society" of "Society of the Cincinnati", "the Court" of "Supreme Court of Cassation":
// the word that says what kind of body it is, a weaker short form than OrgShortForms(): "Congress"
// is the United States Congress that an article names, though it names a National Congress too.
std::vector<std::string> OrgKindWords(const std::vector<std::string>& words) {
  std::vector<std::string> forms;
  for (const std::string& word : words)
    if (Lexicon::Get().IsOrgWord(word)) forms.push_back(Lower(word));
  return forms;
}

// "School", "University": what a place's name is given to when it names a place of learning.
bool IsSchoolWord(const std::string& word) {
  return word == "School" || word == "University" || word == "College" || word == "Academy" || word == "Institute" ||
         word == "Polytechnic" || word == "Seminary" || word == "Conservatory";
}

// "U.S." of "U.S. President Donald Trump", "NASA" of "NASA Administrator Charles Bolden": the
// country or region, or the body's initials, just before a person's title, which the full
// titled form keeps.
std::string PlaceOrBodyBeforeTitle(const std::vector<Token>& tokens, const NameSpan& name) {
  size_t title_words = Words(name.title).size();
  if (name.first < title_words + 1) return "";
  size_t end = name.first - title_words;  // one past the place
  const std::string& before = tokens[end - 1].text;
  if (before.size() >= 3 && ShortFormShaped(before) && Lexicon::Get().CountryCode(before).empty() &&
      (end == 1 || !std::isupper(static_cast<unsigned char>(tokens[end - 2].text[0]))))
    return before;
  std::string place;
  for (size_t k = end; k-- > 0 && end - k <= 3;) {
    if (!std::isupper(static_cast<unsigned char>(tokens[k].text[0]))) break;  // "to Mr X": Tonga's code
    place = tokens[k].text + (place.empty() ? "" : " " + place);
    if (NamesPlace(Lexicon::Get(), place) && (k == 0 || !std::isupper(static_cast<unsigned char>(tokens[k - 1].text[0]))))
      return place;
  }
  return "";
}

struct Builder {
  ArticleAnalysis* article;
  std::map<std::string, int> by_key;  // "type|lower name" -> entity
  std::vector<std::vector<std::string>> name_words;  // entity -> the words of its name
  std::unordered_map<std::string, std::string> last_key;  // lower name -> its last key in by_key's order
  // Full-name people by first word and by the deletions (ForEachDeletion) of their lower-case
  // last word, so that Candidates() looks only at those that may match: linear in the
  // article's length.
  std::unordered_map<std::string, std::vector<int>> by_first, by_surname;
  // Candidates() of each name asked since the last full-name person was added: articles
  // repeat their names.
  mutable std::unordered_map<std::string, std::vector<int>> candidates_of;
  std::unordered_set<std::string> name_word_set;  // every word of every entity's name
  std::array<std::unordered_map<std::string, std::string>, 6> key_of;  // per EntityType: name -> KeyOf()

  // "Ribeira" of "Atlético Ribeira": the word is part of some entity's name.
  bool InSomeName(const std::string& word) const { return name_word_set.count(word) > 0; }

  // The key of a name of a type in by_key.
  static std::string MakeKey(EntityType type, const std::string& name) {
    std::string key = std::to_string(static_cast<int>(type)) + "|" + Lower(name);
    std::string country = type == EntityType::kLocation ? Lexicon::Get().CountryCode(name) : "";
    if (!country.empty()) key = "country|" + country;  // "UK" and "Britain" are one place
    if (type == EntityType::kOrganization)  // "U.S. Congress" and "United States Congress" are one body
      if (std::string in_country = Lexicon::Get().InCountryKey(name); !in_country.empty()) key = "body|" + in_country;
    return key;
  }

  // MakeKey(), remembered per type and name: an article repeats its names.
  const std::string& KeyOf(EntityType type, const std::string& name) {
    auto [it, fresh] = key_of[static_cast<size_t>(type)].try_emplace(name);
    if (fresh) it->second = MakeKey(type, name);
    return it->second;
  }

  int Add(EntityType type, const std::string& name, const std::string& title) {
    const std::string& key = KeyOf(type, name);
    auto it = by_key.find(key);
    if (it != by_key.end()) return it->second;
    LocalEntity e;
    e.type = type;
    e.name = name;
    e.role = title;
    article->entities.push_back(e);
    name_words.push_back(Words(name));
    name_word_set.insert(name_words.back().begin(), name_words.back().end());
    int id = static_cast<int>(article->entities.size()) - 1;
    by_key[key] = id;
    std::string& last = last_key[Lower(name)];
    last = std::max(last, key);
    const std::vector<std::string>& full = name_words.back();
    if (type == EntityType::kPerson && full.size() >= 2) {
      by_first[full.front()].push_back(id);
      ForEachDeletion(Lower(full.back()), [&](const std::string& d) {
        std::vector<int>& people = by_surname[d];
        if (people.empty() || people.back() != id) people.push_back(id);  // once, however often d comes
      });
      candidates_of.clear();
    }
    return id;
  }

  // The entity whose name a bare name repeats in any case ("Castlebridge"), -1 for none.
  int Named(const std::string& name) const {
    auto it = last_key.find(Lower(name));
    return it == last_key.end() ? -1 : by_key.at(it->second);
  }

  // The full-name people that `name` (one word, or a longer variant) may refer to.
  std::vector<int> Candidates(const std::string& name) const {
    auto [it, fresh] = candidates_of.try_emplace(name);
    if (fresh) it->second = FindCandidates(name);
    return it->second;
  }

  std::vector<int> FindCandidates(const std::string& name) const {
    std::vector<std::string> words = Words(name);
    std::vector<int> maybe, found;
    auto add = [&](const auto& index, const std::string& key) {
      if (auto it = index.find(key); it != index.end()) maybe.insert(maybe.end(), it->second.begin(), it->second.end());
    };
    if (words.empty()) return found;
    add(by_first, words.front());
    if (words.size() == 2) add(by_first, words.back());  // "Higuchi Ichiyo", "Ichiyo Higuchi"
    if (words.size() == 1) {
      if (!by_surname.empty()) ForEachDeletion(Lower(words[0]), [&](const std::string& d) { add(by_surname, d); });
    } else {
      add(by_surname, Lower(words.back()));  // a longer or shorter form of the full name
    }
    std::sort(maybe.begin(), maybe.end());
    maybe.erase(std::unique(maybe.begin(), maybe.end()), maybe.end());
    for (int i : maybe) {
      const std::vector<std::string>& full = name_words[i];
      if (full == words) continue;
      bool match = words.size() == 1 ? (SimilarSurname(words[0], full.back()) || words[0] == full.front())
                                     : (Lexicon::Get().SameGivenName(words.front(), full.front()) &&
                                        SimilarSurname(words.back(), full.back()) &&
                                        words.size() == full.size()) ||
                                           DropsGivenNames(words, full) || DropsGivenNames(full, words) ||
                   (words.size() == 2 && full.size() == 2 && words[0] == full[1] && words[1] == full[0]);
      if (match) found.push_back(i);
    }
    return found;
  }

  // The one candidate, -1 for none, -2 when several remain: an ambiguous name stays apart.
  int MatchPerson(const std::string& name) const { return Only(Candidates(name)); }

  static int Only(const std::vector<int>& candidates) {
    return candidates.empty() ? -1 : candidates.size() == 1 ? candidates[0] : -2;
  }
};

// What one mention says of the person's gender: its title ("Mrs Ansell"), or a kin word just
// before it ("her husband, Geoffrey Ansell", "son Robert").
Gender MentionGender(const ArticleAnalysis& article, const NameSpan& name) {
  std::string title = name.title.substr(name.title.rfind(' ') == std::string::npos ? 0 : name.title.rfind(' ') + 1);
  if (Gender g = TitleGender(title); g != Gender::kUnknown) return g;
  const auto& tokens = article.sentences[name.sentence].tokens;
  size_t k = name.first;
  if (k > 0 && tokens[k - 1].text == ",") --k;
  const KinWord* kin = k > 0 ? Lexicon::Get().Kin(tokens[k - 1].lower) : nullptr;
  return kin ? kin->gender : Gender::kUnknown;
}

// "Carla Benedetti, 34, runs the cafe. She said ...": a sentence that opens with "He" or "She"
// after one that names a single person says that person's gender. Used only for people whose
// titles and kin words say nothing, and only when every such sentence agrees.
void GenderFromPronouns(ArticleAnalysis* article) {
  std::vector<std::set<Gender>> votes(article->entities.size());
  for (size_t s = 1; s < article->sentences.size(); ++s) {
    const auto& tokens = article->sentences[s].tokens;
    size_t k = 0;
    while (k < tokens.size() && (tokens[k].text == "\"" || tokens[k].text == "'")) ++k;
    if (k >= tokens.size() || (tokens[k].text != "He" && tokens[k].text != "She")) continue;
    std::set<int> people;
    for (size_t m = article->mention_begin[s - 1]; m < article->mention_begin[s]; ++m)
      for (int e : article->mentions[m].entities)
        if (article->entities[e].type == EntityType::kPerson) people.insert(e);
    if (people.size() == 1) votes[*people.begin()].insert(tokens[k].text == "He" ? Gender::kMale : Gender::kFemale);
  }
  for (size_t e = 0; e < votes.size(); ++e)
    if (article->entities[e].gender == Gender::kUnknown && votes[e].size() == 1)
      article->entities[e].gender = *votes[e].begin();
}

}  // namespace

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

void ResolveCoreference(const std::vector<NameSpan>& names, ArticleAnalysis* article) {
  Builder b{article, {}, {}, {}, {}, {}, {}, {}, {}};
  std::vector<int> entity_of(names.size(), -1);
  // One name, one type: where mentions of a multi-word name were typed differently ("the
  // Southside Futures project" vs "at Southside Futures"), the strongest cue wins: a
  // work, award, event or organisation cue over a place, a place over the person default.
  std::map<std::string, EntityType> type_of;
  auto strength = [](EntityType t) {
    return t == EntityType::kPerson ? 0 : t == EntityType::kLocation ? 1 : 2;
  };
  for (const auto& n : names)
    if (n.type && n.title.empty() && Words(n.text).size() >= 2) {
      auto [it, fresh] = type_of.emplace(Lower(n.text), *n.type);
      if (!fresh && strength(*n.type) > strength(it->second)) it->second = *n.type;
    }
  // "Higuchi Ichiyo" after "Ichiyo Higuchi": a person's two names in the other order (family
  // name first, as East Asian names are written) name the same person, whatever a guess said.
  std::unordered_set<std::string> people_reversed;
  for (const auto& n : names)
    if (n.type == EntityType::kPerson && !n.nested)
      if (std::vector<std::string> words = Words(n.text); words.size() == 2)
        people_reversed.insert(Lower(words[1] + " " + words[0]));
  for (auto& [name, type] : type_of)
    if (type != EntityType::kPerson && people_reversed.count(name)) type = EntityType::kPerson;
  // "Paris, who joined at six" after "Valeska Paris": a place's name alone that is the surname
  // of a person of the article is theirs, unless a preposition of place comes before it; and
  // so is a word the tagger took for a place that is a person's given name, known as one or as
  // no place ("Isabel" after "Isabel Ruiz", though a province has the name).
  std::unordered_set<std::string> surnames, given_names;
  for (const auto& n : names) {
    if (n.type != EntityType::kPerson || n.nested) continue;
    std::vector<std::string> words = Words(n.text);
    if (words.size() < 2) continue;
    surnames.insert(words.back());
    given_names.insert(words.front());
  }
  auto surname_of_someone = [&](const NameSpan& n) {
    if (n.type != EntityType::kLocation || n.first != n.last || n.nested || !Lexicon::Get().CountryCode(n.text).empty())
      return false;
    const auto& tokens = article->sentences[n.sentence].tokens;
    bool place_slot = n.first > 0 && (IsPlacePreposition(tokens[n.first - 1].text) || tokens[n.first - 1].text == "of");
    return !place_slot && (surnames.count(n.text) ||
                           (given_names.count(n.text) && (!NamesPlace(Lexicon::Get(), n.text) || Lexicon::Get().IsGivenName(n.text))));
  };
  // Pass 1: typed names; multi-word person names that are variants of another join it.
  for (size_t i = 0; i < names.size(); ++i) {
    const NameSpan& n = names[i];
    if (!n.type || n.role_only || surname_of_someone(n)) continue;  // a role is resolved in pass 2
    EntityType type = *n.type;
    if (auto it = type_of.find(Lower(n.text)); it != type_of.end() && n.title.empty()) type = it->second;
    bool full_person = type == EntityType::kPerson && Words(n.text).size() >= 2;
    if (!n.other_name_of.empty()) entity_of[i] = b.Add(EntityType::kPerson, n.other_name_of, "");
    else if (type != EntityType::kPerson || full_person)
      entity_of[i] = b.Add(type, n.group_name.empty() ? n.text : n.group_name, n.title);
  }
  // "Met Police" and "Metropolitan Police": organisations by the words after their first.
  auto tail = [](const std::vector<std::string>& words) {
    std::string joined;
    for (size_t k = 1; k < words.size(); ++k) joined += words[k] + " ";
    return joined;
  };
  std::unordered_map<std::string, std::vector<int>> orgs_by_tail;
  for (size_t j = 0; j < article->entities.size(); ++j)
    if (article->entities[j].type == EntityType::kOrganization && b.name_words[j].size() >= 2)
      orgs_by_tail[tail(b.name_words[j])].push_back(static_cast<int>(j));
  for (size_t i = 0; i < names.size(); ++i) {
    if (entity_of[i] < 0 || article->entities[entity_of[i]].type != EntityType::kOrganization) continue;
    std::vector<std::string> words = Words(names[i].text);
    if (words.size() < 2 || words[0].size() < 3) continue;
    auto same_tail = orgs_by_tail.find(tail(words));
    if (same_tail == orgs_by_tail.end()) continue;
    for (int j : same_tail->second) {
      const std::string& first = b.name_words[j][0];
      if (j == entity_of[i] || first.size() <= words[0].size() || first.compare(0, words[0].size(), words[0]) != 0)
        continue;
      entity_of[i] = j;
      break;
    }
  }
  // Short forms of organisations named in full: each names the one organisation it may.
  std::unordered_map<std::string, std::set<int>> org_of_short_form, org_of_kind_word;
  for (size_t j = 0; j < article->entities.size(); ++j)
    if (article->entities[j].type == EntityType::kOrganization) {
      for (const std::string& form : OrgShortForms(b.name_words[j])) org_of_short_form[form].insert(static_cast<int>(j));
      for (const std::string& form : OrgKindWords(b.name_words[j])) org_of_kind_word[form].insert(static_cast<int>(j));
    }
  for (const auto& [form, orgs] : org_of_kind_word)
    org_of_short_form.emplace(form, orgs);  // where no stronger short form has it
  for (size_t i = 0; i < names.size() && !org_of_short_form.empty(); ++i) {
    if (names[i].place_slot) continue;  // "near Marrowby" is not Marrowby School
    auto it = org_of_short_form.find(Lower(names[i].text));
    if (it == org_of_short_form.end() || it->second.size() != 1 || !names[i].title.empty() || names[i].nested) continue;
    bool full_person = entity_of[i] >= 0 && article->entities[entity_of[i]].type == EntityType::kPerson;
    if (full_person) continue;  // "Ada Bristow" is not the Ada Bristow Foundation
    if (!Lexicon::Get().CountryCode(names[i].text).empty() || !b.Candidates(names[i].text).empty()) continue;
    entity_of[i] = *it->second.begin();
  }
  // A place that names a body of the article stands for the body after the prepositions
  // that take one: "taught at Harrow", "returned to Harrow" (Harrow School; the University of
  // Helsinki: "research at Helsinki"), "played for Boston", "with Altoona" (the Boston Red Sox,
  // the Altoona Curve).
  // The place itself is "in Harrow", "born in Boston".
  std::unordered_map<std::string, std::set<int>> school_of_place, body_of_place;
  const Lexicon& lex = Lexicon::Get();
  for (size_t j = 0; j < article->entities.size(); ++j) {
    const std::vector<std::string>& words = b.name_words[j];
    if (article->entities[j].type != EntityType::kOrganization || words.size() < 2) continue;
    if (IsSchoolWord(words.back())) school_of_place[Lower(JoinWords(words, 0, words.size() - 1))].insert(static_cast<int>(j));
    if (words.size() >= 3 && IsSchoolWord(words[0]) && words[1] == "of")
      school_of_place[Lower(JoinWords(words, 2, words.size()))].insert(static_cast<int>(j));
    for (size_t k = 1; k < words.size() && k <= 3; ++k)
      if (NamesPlace(lex, JoinWords(words, 0, k))) body_of_place[Lower(JoinWords(words, 0, k))].insert(static_cast<int>(j));
  }
  for (size_t i = 0; i < names.size() && !(school_of_place.empty() && body_of_place.empty()); ++i) {
    const NameSpan& n = names[i];
    if (!n.title.empty() || n.nested || n.first == 0) continue;
    std::string before = Lower(article->sentences[n.sentence].tokens[n.first - 1].text);
    bool school_slot = before == "at" || before == "to";  // "sent to Harrow", "went to Harvard"
    const auto& places = school_slot ? school_of_place : body_of_place;
    auto it = places.find(Lower(n.text));
    if ((school_slot || before == "for" || before == "with" || before == "against") && it != places.end() &&
        it->second.size() == 1)
      entity_of[i] = *it->second.begin();
  }
  for (size_t i = 0; i < names.size(); ++i) {  // full names spelt two ways
    if (entity_of[i] < 0 || article->entities[entity_of[i]].type != EntityType::kPerson) continue;
    int other = b.MatchPerson(names[i].text);
    if (other >= 0 && other < entity_of[i]) entity_of[i] = other;
  }
  // Pass 2: single names and titled surnames attach to a full name, or stand alone when titled.
  std::vector<size_t> first_named(article->entities.size(), names.size());  // entity -> its first name
  std::vector<std::set<Gender>> genders(article->entities.size());         // what its names so far say
  std::vector<int> named_count(article->entities.size(), 0);               // how often it is named so far
  auto note = [&](size_t i) {  // names[i] is known to name entity_of[i]
    if (entity_of[i] < 0 || static_cast<size_t>(entity_of[i]) >= genders.size()) return;
    first_named[entity_of[i]] = std::min(first_named[entity_of[i]], i);
    genders[entity_of[i]].insert(MentionGender(*article, names[i]));
  };
  for (size_t i = 0; i < names.size(); ++i) note(i);
  auto known_gender = [&](int e) {
    if (static_cast<size_t>(e) >= genders.size()) return Gender::kUnknown;  // added during pass 2
    std::set<Gender> g = genders[e];
    g.erase(Gender::kUnknown);
    return g.size() == 1 ? *g.begin() : Gender::kUnknown;
  };
  // Several people share the name ("Mrs Patel" with an Amira and a Priya Patel): the one
  // introduced before it and known to be of the title's gender ("the girl's mother, Priya
  // Patel"); else of those whose gender does not say otherwise, the one named most so far
  // ("Mr Penhallow" after "his late father, Arthur Penhallow" is still the story's Walter);
  // -2 if that is a tie. Entities added during this pass were not introduced by a full name.
  auto ChooseAmong = [&](std::vector<int> people, Gender said, size_t i) {
    auto keep = [&](auto pred) {
      std::vector<int> kept;
      for (int e : people)
        if (static_cast<size_t>(e) < first_named.size() && first_named[e] < i && pred(e)) kept.push_back(e);
      return kept;
    };
    if (said != Gender::kUnknown) {
      std::vector<int> same = keep([&](int e) { return known_gender(e) == said; });
      if (same.size() == 1) return same[0];
    }
    people = keep([&](int e) { return said == Gender::kUnknown || known_gender(e) != (said == Gender::kMale ? Gender::kFemale : Gender::kMale); });
    int best = Builder::Only(people), most = 0;
    if (best != -2) return best;
    for (int e : people) {
      if (named_count[e] > most) most = named_count[e], best = e;
      else if (named_count[e] == most) best = -2;
    }
    return best;
  };
  // "Tank" after Terrence "Tank" Vellacott: a nickname names the person it was given to.
  std::unordered_map<std::string, std::set<int>> person_of_nickname;
  for (size_t i = 0; i < names.size(); ++i)
    if (entity_of[i] >= 0 && !names[i].nickname.empty() && article->entities[entity_of[i]].type == EntityType::kPerson)
      person_of_nickname[Lower(names[i].nickname)].insert(entity_of[i]);
  // "the Home Secretary" after "Home Secretary Jane Roe": the one person the article gives the title.
  std::unordered_map<std::string, std::set<int>> holders_of_title;
  for (size_t i = 0; i < names.size(); ++i)
    if (entity_of[i] >= 0 && !names[i].title.empty() && article->entities[entity_of[i]].type == EntityType::kPerson)
      holders_of_title[Lower(names[i].title)].insert(entity_of[i]);
  for (size_t i = 0; i < names.size(); ++i) {
    if (entity_of[i] >= 0) {
      ++named_count[entity_of[i]];
      continue;
    }
    const NameSpan& n = names[i];
    if (n.role_only) {
      auto it = holders_of_title.find(Lower(n.text));
      if (it != holders_of_title.end() && it->second.size() == 1) entity_of[i] = *it->second.begin();
      continue;
    }
    if (auto it = person_of_nickname.find(Lower(n.text)); it != person_of_nickname.end() && it->second.size() == 1 &&
                                                           n.title.empty()) {
      entity_of[i] = *it->second.begin();
      ++named_count[entity_of[i]];
      continue;
    }
    std::vector<int> candidates = b.Candidates(n.text);
    int match = Builder::Only(candidates);
    if (match == -2) match = ChooseAmong(candidates, TitleGender(n.title), i);
    if (match >= 0) {
      entity_of[i] = match;
      if (static_cast<size_t>(match) < named_count.size()) ++named_count[match];
      note(i);
    }
    else if (match == -1 && (!n.title.empty() || n.type == EntityType::kPerson))  // "Mr Hale", "his wife, Jean"
      entity_of[i] = b.Add(EntityType::kPerson, n.text, n.title);
    else if (match == -1) {  // a bare name repeating another entity's name ("Castlebridge")
      entity_of[i] = b.Named(n.text);
      if (entity_of[i] < 0 && n.fallback && candidates.empty())  // not the surname of people named later
        entity_of[i] = b.Add(*n.fallback, n.group_name.empty() ? n.text : n.group_name, "");
      if (entity_of[i] < 0 && n.unclaimed_type && candidates.empty() && !b.InSomeName(n.text))
        entity_of[i] = b.Add(*n.unclaimed_type, n.text, "");
    }
  }
  genders.assign(article->entities.size(), {});  // now with every mention
  for (size_t i = 0; i < names.size(); ++i) {
    if (entity_of[i] < 0) continue;
    LocalEntity& e = article->entities[entity_of[i]];
    if (names[i].role_only) {  // an alias, never the name
      e.alias_forms.insert(names[i].text);
      article->mentions.push_back({names[i].sentence, names[i].first, names[i].last, names[i].text, {entity_of[i]}, false, false});
      continue;
    }
    bool polity_of_place = e.type == EntityType::kLocation && !names[i].group_name.empty() &&
                           Words(names[i].group_name).size() < Words(names[i].text).size();
    if (std::string state = Lexicon::Get().StateOfAbbreviation(names[i].text); !state.empty()) {
      e.surfaces[state]++;  // "Mass." names Massachusetts, and is only an alias of it
      e.alias_forms.insert(names[i].text);
    } else if (polity_of_place) {
      e.surfaces[names[i].group_name]++;  // "the State of Ohio" names Ohio, and is an alias of it
      e.alias_forms.insert(names[i].text);
    } else {
      e.surfaces[names[i].text]++;
    }
    if (!names[i].nickname.empty() && e.type == EntityType::kPerson) e.alias_forms.insert(names[i].nickname);
    if (!names[i].written_as.empty()) e.alias_forms.insert(names[i].written_as);
    if (!names[i].title.empty() && e.type == EntityType::kPerson) {
      e.alias_forms.insert(names[i].title + " " + names[i].text);
      std::string place = PlaceOrBodyBeforeTitle(article->sentences[names[i].sentence].tokens, names[i]);
      if (!place.empty()) e.alias_forms.insert(place + " " + names[i].title + " " + names[i].text);
    }
    if (e.role.empty()) e.role = names[i].title;
    if (e.type == EntityType::kPerson) genders[entity_of[i]].insert(MentionGender(*article, names[i]));
    if (Words(names[i].text).size() > Words(e.name).size() && !polity_of_place) e.name = names[i].text;
    article->mentions.push_back(
        {names[i].sentence, names[i].first, names[i].last, names[i].text, {entity_of[i]}, false, names[i].nested});
  }
  for (size_t e = 0; e < article->entities.size(); ++e) article->entities[e].gender = known_gender(e);  // cues agree
  article->mention_begin.assign(article->sentences.size() + 1, article->mentions.size());
  for (size_t m = article->mentions.size(); m-- > 0;) article->mention_begin[article->mentions[m].sentence] = m;
  for (size_t s = article->sentences.size(); s-- > 0;)  // sentences without mentions start where the next one does
    article->mention_begin[s] = std::min(article->mention_begin[s], article->mention_begin[s + 1]);
  GenderFromPronouns(article);
  // The canonical name of a person is its most frequent full form.
  for (auto& e : article->entities) {
    int best = 0;
    for (const auto& [surface, count] : e.surfaces)
      if (Words(surface).size() >= Words(e.name).size() && count > best) best = count, e.name = surface;
  }
}

Gender TitleGender(const std::string& title) {
  static const char* male[] = {"Mr", "Sir", "Lord", "Mister"};
  static const char* female[] = {"Mrs", "Ms", "Miss", "Lady", "Dame", "Madam"};
  for (const char* t : male)
    if (title == t) return Gender::kMale;
  for (const char* t : female)
    if (title == t) return Gender::kFemale;
  return Gender::kUnknown;
}

std::vector<int> ResolveReference(const ArticleAnalysis& article, size_t sentence, size_t token, bool plural,
                                  Gender gender, int exclude) {
  auto excluded = [&](int e) {
    if (e == exclude) return true;
    Gender known = article.entities[e].gender;
    return gender != Gender::kUnknown && known != Gender::kUnknown && known != gender;
  };
  // Only the mentions of this sentence and the six before it are candidates.
  size_t window_begin = article.mention_begin[sentence >= 6 ? sentence - 6 : 0];
  size_t window_end = article.mention_begin[sentence + 1];
  if (!plural) {
    // The nearest person named before it in the sentence ...
    int nearest = -1;
    for (size_t k = article.mention_begin[sentence]; k < window_end; ++k) {
      const Mention& m = article.mentions[k];
      if (m.first_token >= token) break;
      if (article.entities[m.entities[0]].type == EntityType::kPerson && !excluded(m.entities[0])) nearest = m.entities[0];
    }
    if (nearest >= 0) return {nearest};
    // ... else the subject of the closest earlier sentence: the person its first reference is
    // to ("She joined ... . Her son, X, said" - "Her" is whoever "She" was), else the first
    // person it names.
    for (size_t s = sentence; s-- > 0 && sentence - s <= 6;) {
      int subject = s < article.sentence_subjects.size() ? article.sentence_subjects[s] : -1;
      if (subject >= 0 && !excluded(subject)) return {subject};
      for (size_t k = article.mention_begin[s]; k < article.mention_begin[s + 1]; ++k) {
        int e = article.mentions[k].entities[0];
        if (article.entities[e].type == EntityType::kPerson && !excluded(e)) return {e};
      }
    }
    return {};
  }
  // "the pair", "they": of the people named in this sentence and the six before, the two the
  // article names most (the story's pair, not a publisher or a bystander named in passing);
  // the more recent of equals.
  std::vector<int> recent;  // most recent first
  for (size_t k = window_end; k-- > window_begin;) {
    const Mention& m = article.mentions[k];
    if (m.sentence == sentence && m.first_token >= token) continue;
    for (int e : m.entities)
      if (article.entities[e].type == EntityType::kPerson && std::find(recent.begin(), recent.end(), e) == recent.end())
        recent.push_back(e);
  }
  if (recent.size() < 2) return {};
  auto named = [&](int e) {
    int n = 0;
    for (const auto& [surface, count] : article.entities[e].surfaces) n += count;
    return n;
  };
  std::stable_sort(recent.begin(), recent.end(), [&](int a, int b) { return named(a) > named(b); });
  recent.resize(2);
  return recent;
}

}  // namespace kg::compiler
