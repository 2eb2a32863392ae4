// Value facts: numbers and names stated about an entity (SPEC.md "value facts").
//   age             "X, 52," / "now 52" / "52-year-old" / "aged 52"   as of the article date;
//                   "84 years old" as of the sentence's date
//   years_sentenced "sentenced to 25 years" / "25-year sentence" / "jailed for 12 years"
//   minimum_term_years "a minimum term of 22 years"
//   years_served    "served 20 years" / "spent 20 years in prison" (not "spent ten years in Spain")
//   nickname        "known as X" / "nicknamed X" / "the tag named X"
//   occupation      "X, then a drug dealer," / "an ex-drug dealer" / "former firefighter"
//   retired         "retired in 2021"
//   published       "W was published in 2016" (on the work)
//   genre           "his novel, W" / "the documentary W" (on the work)
//   years_of_service "after 30 years' service" / "worked at X for 22 years"
//   released        "since his release in 2014" / "released from prison in 2014" / "was
//                   released in 2016" (a person) / "released on licence"
//   children        "a father-of-two" / "mother of three" / "has three children"
//   time_on_the_run "on the run for a year"                       ("1 year")
//   hospital_stay   "in hospital for four days", "spent three weeks in hospital" ("4 days")
//   sick_leave      "off sick for six months" / "after six months off" ("6 months")
//   year_awarded    "in 2019 he was awarded the X award" (on the award)
// A headline, standfirst or lede that names nobody is about the article's main person.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <unordered_set>

#include "engine/compiler/facts/dates.h"
#include "engine/compiler/text/normalize.h"
#include "engine/compiler/facts/fact_extractor.h"
#include "engine/compiler/lexicon/lexicon.h"

namespace kg::compiler {

namespace {

const std::string& None() {
  static const std::string none;
  return none;
}

// A token's lower-case form whose comparisons with literals test the length first (and call
// no strlen): most of the words compared differ in length.
struct Word {
  const std::string* s;
  operator const std::string&() const { return *s; }
  template <size_t N>
  bool operator==(const char (&lit)[N]) const {
    return s->size() == N - 1 && std::memcmp(s->data(), lit, N - 1) == 0;
  }
  template <size_t N>
  bool operator!=(const char (&lit)[N]) const {
    return !(*this == lit);
  }
  size_t size() const { return s->size(); }
  bool empty() const { return s->empty(); }
  size_t rfind(const char* what, size_t pos) const { return s->rfind(what, pos); }
};


struct ValueFacts {
  ArticleAnalysis* article;
  size_t sentence;
  const std::vector<Token>& tokens;
  const std::vector<Slot>& slots;
  const std::vector<DateMention>& dates;  // the sentence's, found once by ExtractFacts
  int main_person;

  Word T(size_t i) const { return {i < tokens.size() ? &tokens[i].lower : &None()}; }

  // The entity a value at token i is about: the nearest person (or given type) before it.
  // A headline or standfirst line that names nobody is about the article's main person.
  int Subject(size_t i, EntityType type = EntityType::kPerson) const {
    int best = -1;
    for (const auto& s : slots)
      if (s.last < i && s.entities.size() == 1 && article->entities[s.entities[0]].type == type) best = s.entities[0];
    if (best < 0 && type == EntityType::kPerson && slots.empty() && (IsLede() || article->sentences[sentence].kind == LineKind::kStandfirst))
      best = main_person;
    return best;
  }

  // The person a descriptor at token i ("52-year-old", "father-of-two") is about: the name
  // right after it ("81-year-old Jo Finch"), the name it is in apposition to ("Mr X, a
  // father-of-two,"), or the main person when it opens a lede that names nobody ("A
  // 37-year-old man has been jailed"). Elsewhere ("stabbed a father-of-two") nobody named.
  int DescribedPerson(size_t i) const {
    auto person = [&](const Slot& s) {
      return s.entities.size() == 1 && article->entities[s.entities[0]].type == EntityType::kPerson;
    };
    for (const auto& s : slots)
      if (s.first == i + 1 && person(s)) return s.entities[0];
    size_t k = i > 0 && (T(i - 1) == "a" || T(i - 1) == "an" || T(i - 1) == "the") ? i - 1 : i;
    if (k >= 2 && T(k - 1) == ",")
      for (const auto& s : slots)
        if (s.last == k - 2 && person(s)) return s.entities[0];
    bool opens = k == 0 && std::none_of(slots.begin(), slots.end(), [&](const Slot& s) { return s.first < i && person(s); });
    if (opens && (IsLede() || article->sentences[sentence].kind == LineKind::kStandfirst)) return main_person;
    return -1;
  }

  // The first body sentence: news ledes describe the story's main person without naming them.
  bool IsLede() const {
    for (size_t k = 0; k < article->sentences.size(); ++k)
      if (article->sentences[k].kind == LineKind::kBody) return k == sentence;
    return false;
  }

  void Add(int subject, const std::string& attribute, Value value, std::string as_of = "") {
    if (subject < 0) return;
    FactCandidate f;
    f.subject = subject;
    f.attribute = attribute;
    f.value = std::move(value);
    f.as_of = std::move(as_of);
    f.sentence = sentence;
    article->facts.push_back(std::move(f));
  }

  // "25-year" -> 25
  static std::optional<int64_t> HyphenYears(const std::string& t) {
    size_t dash = t.find("-year");
    return dash == std::string::npos ? std::nullopt : ParseNumber(t.substr(0, dash));
  }

  void Numbers(size_t i) {
    const std::string& t = T(i);
    auto n = ParseNumber(tokens[i].text);
    bool years_after = T(i + 1) == "years" || T(i + 1) == "year";
    // "sentenced to 25 years", "sentenced him to 25 years", "jailed for 12 years", "a minimum term of 22 years"
    if (n && years_after && i >= 2 && T(i - 1) == "to" && T(i - 2) == "sentenced") Add(Subject(i), "years_sentenced", Value(*n));
    if (n && years_after && i >= 3 && T(i - 1) == "to" && T(i - 3) == "sentenced")  // "sentenced X to 18 years": X's
      for (const auto& s : slots)
        if (s.last == i - 2 && s.entities.size() == 1 && article->entities[s.entities[0]].type == EntityType::kPerson)
          Add(s.entities[0], "years_sentenced", Value(*n));
    if (n && years_after && i >= 2 && T(i - 1) == "for" &&
        (T(i - 2) == "jailed" || T(i - 2) == "imprisoned" || T(i - 2) == "up"))
      Add(Subject(i), "years_sentenced", Value(*n));
    if (n && years_after && i >= 3 && T(i - 1) == "of" && T(i - 2) == "term" && T(i - 3) == "minimum")
      Add(Subject(i), "minimum_term_years", Value(*n));
    if (n && years_after && i >= 1 && (T(i - 1) == "served" || T(i - 1) == "serving"))
      Add(Subject(i), ServiceWithEmployer(i + 2) ? "years_of_service" : "years_served", Value(*n));
    if (n && years_after && i >= 1 && (T(i - 1) == "spent" || T(i - 1) == "spending") && InCustody(i + 2))
      Add(Subject(i), "years_served", Value(*n));  // "spent 20 years in prison", not "ten years in Spain"
    if (n && years_after && i >= 2 && T(i - 1) == "for" && WorkedBefore(i - 1))  // "worked at X for 22 years"
      Add(Subject(i), "years_of_service", Value(*n));
    if (n && years_after)  // "after 30 years' service", "30 years on service"
      for (size_t k = i + 2; k < i + 6 && k < tokens.size(); ++k)
        if (T(k) == "service") Add(Subject(i), "years_of_service", Value(*n));
    if (auto h = HyphenYears(t)) {
      if (T(i + 1) == "sentence") Add(Subject(i), "years_sentenced", Value(*h));
      if (t.find("-old") != std::string::npos) Add(DescribedPerson(i), "age", Value(*h), article->published);
    }
    // "described him as 84 years old" in a sentence dated 2014: 84 as of 2014; "was 25 years
    // old at the time": 25, as of a time the sentence does not date.
    if (n && *n > 0 && *n < 120 && years_after && T(i + 2) == "old") {
      const DateMention* date = NearestDate(dates, i);
      size_t k = i >= 1 && (T(i - 1) == "just" || T(i - 1) == "only") ? i - 1 : i;
      bool then = (T(i + 3) == "at" && T(i + 4) == "the" && T(i + 5) == "time") ||
                  (!date && k >= 1 && (T(k - 1) == "was" || T(k - 1) == "were"));  // "when he was two years old"
      Add(Subject(i), "age", Value(*n), then ? "" : date ? date->iso : article->published);
    }
    if (n && *n > 0 && *n < 120 && i >= 1) {
      bool apposition = T(i - 1) == "," && (T(i + 1) == "," || T(i + 1) == ".") && i >= 2 &&
                        !slots.empty() && Subject(i) >= 0 && SlotEndsAt(i - 2);
      // "aged 89" in "who retired in 2020 aged 89" is as of 2020, and in "joined the band aged 14"
      // as of an undated past; "now 52", "X, 52,", "X, aged 52," and "who has died aged 88" (news
      // of the day) as of the article.
      const DateMention* date = T(i - 1) == "aged" ? NearestDate(dates, i) : nullptr;
      bool undated_event = T(i - 1) == "aged" && T(i - 2) != "," && !date && !RecentBefore(i - 1);
      // "their children, aged four and seven": the children's ages, not a named person's
      bool of_children = false;
      for (size_t k = i; k > 0 && i - k < 4; --k)
        of_children |= T(k - 1) == "children" || T(k - 1) == "sons" || T(k - 1) == "daughters" || T(k - 1) == "kids";
      if ((apposition || T(i - 1) == "now" || T(i - 1) == "aged") && !of_children)
        Add(Subject(i), "age", Value(*n), date ? date->iso : undated_event ? "" : article->published);
      // "X, then 27," is an age at the time the sentence dates, if it dates one.
      const DateMention* then = T(i - 1) == "then" ? NearestDate(dates, i) : nullptr;
      if (then && T(i + 1) != "years") Add(Subject(i), "age", Value(*n), then->iso);
    }
  }

  // "has"/"have" or "died" among the three words before token k: "has died aged 88", "died aged 88".
  bool RecentBefore(size_t k) const {
    for (size_t m = k; m > 0 && k - m < 3; --m)
      if (T(m - 1) == "has" || T(m - 1) == "have" || T(m - 1) == "died") return true;
    return false;
  }

  // "worked" (or "served") within the six words before token k, in the same clause.
  bool WorkedBefore(size_t k) const {
    for (size_t m = k; m > 0 && k - m < 6; --m) {
      if (T(m - 1) == "," || T(m - 1) == ";") return false;
      if (T(m - 1) == "worked" || T(m - 1) == "working") return true;
    }
    return false;
  }

  // "in prison", "behind bars", "in jail", "inside" within the words from token k.
  bool InCustody(size_t k) const {
    for (size_t m = k; m < k + 4; ++m)
      if (T(m) == "prison" || T(m) == "jail" || T(m) == "gaol" || T(m) == "bars" || T(m) == "custody" ||
          T(m) == "inside" || T(m) == "prisons")
        return true;
    return false;
  }

  // "served 19 years with the brigade", "in the army": a career, not a prison term.
  bool ServiceWithEmployer(size_t k) const {
    if (T(k) == "with" || T(k) == "as") return true;
    if (T(k) != "in") return false;
    std::string what = T(k + 1) == "the" ? T(k + 2) : T(k + 1);
    static const char* careers[] = {"army", "navy", "police", "force", "brigade", "service", "fire", "military",
                                    "forces", "raf", "marines", "nhs"};
    for (const char* c : careers)
      if (what == c) return true;
    for (const auto& s : slots)  // "in the Royal Navy": an organisation
      if (s.first > k && s.first <= k + 2 && article->entities[s.entities[0]].type == EntityType::kOrganization) return true;
    return false;
  }

  bool SlotEndsAt(size_t token) const {
    for (const auto& s : slots)
      if (s.last == token) return true;
    return false;
  }

  void Nickname(size_t i) {
    bool known_as = false;  // "known as X", "known on the streets as X"
    for (size_t k = i; k > 0 && i - k < 5 && T(i) == "as"; --k) known_as |= T(k - 1) == "known";
    bool cue = known_as || T(i) == "nicknamed" || T(i) == "dubbed" || T(i) == "nickname" ||
               (T(i) == "named" && T(i - 1) == "tag");
    if (!cue || i + 1 >= tokens.size()) return;
    size_t k = i + 1;
    if (tokens[k].text == "\"" || tokens[k].text == "'") ++k;
    if (k >= tokens.size() || !std::isupper(static_cast<unsigned char>(tokens[k].text[0]))) return;
    std::string name = tokens[k].text;  // "The Engine" inside quotes is one nickname
    bool quoted = tokens[k - 1].text == "\"" || tokens[k - 1].text == "'";
    for (size_t m = k + 1; quoted && m < tokens.size() && m < k + 4 && tokens[m].text != tokens[k - 1].text; ++m)
      name += " " + tokens[m].text;
    Add(Subject(i), "nickname", Value(name));
  }

  // Terrence "Tank" Vellacott: the quoted word inside a name is a nickname.
  void NicknameInName(const Slot& slot) {
    if (slot.entities.size() != 1 || article->entities[slot.entities[0]].type != EntityType::kPerson) return;
    for (size_t k = slot.first + 1; k < slot.last; ++k)
      if (tokens[k].text == "\"" || tokens[k].text == "'") {
        std::string name;
        for (size_t m = k + 1; m < slot.last && tokens[m].text != tokens[k].text; ++m)
          name += (name.empty() ? "" : " ") + tokens[m].text;
        if (!name.empty()) Add(slot.entities[0], "nickname", Value(name));
        return;
      }
  }

  void Occupation(size_t i) {
    const Lexicon& lex = Lexicon::Get();
    if (!lex.IsOccupation(T(i))) return;
    // Walk back over one modifier to the article: "then a drug dealer", "an ex-drug dealer".
    size_t k = i;
    std::string phrase = T(i);
    if (k > 0 && std::islower(static_cast<unsigned char>(tokens[k - 1].text[0])) && T(k - 1) != "a" && T(k - 1) != "an" &&
        T(k - 1) != "the" && T(k - 1) != "former" && T(k - 1) != "then") {
      std::string modifier = T(k - 1);
      for (const char* prefix : {"ex-", "former-"})
        if (modifier.rfind(prefix, 0) == 0) modifier = modifier.substr(std::string(prefix).size());
      phrase = modifier + " " + phrase;
      --k;
    }
    bool cue = k > 0 && (T(k - 1) == "a" || T(k - 1) == "an" || T(k - 1) == "former" || T(k - 1) == "then" ||
                         T(k - 1).rfind("ex-", 0) == 0 || T(k - 1) == "one-time");
    if (!cue && T(k).rfind("ex-", 0) != 0) return;
    // The person it is said of: an apposition or a copula just before ("X, a teacher,", "X
    // was a teacher", "X became a nurse"), not an object ("X shot a police officer") and not
    // what others call them ("people tell him he's a criminal").
    static const std::unordered_set<std::string> linking = {",", "is", "was", "became", "becomes", "now", "then",
                                                             "as", "a", "an", "former", "'s", "s", "'", "one-time"};
    static const std::unordered_set<std::string> calling = {"tell", "told", "tells", "call", "called", "calls",
                                                             "branded", "labelled", "labeled", "accused"};
    int subject = -1;
    for (const auto& s : slots) {
      if (s.last >= k || k - s.last > 5 || s.entities.size() != 1 ||
          article->entities[s.entities[0]].type != EntityType::kPerson)
        continue;
      bool linked = true;
      for (size_t m = s.last + 1; m < k; ++m) linked &= linking.count(T(m)) > 0 || T(m).rfind("ex-", 0) == 0;
      bool called = false;
      for (size_t m = s.first; m > 0 && s.first - m < 4; --m) called |= calling.count(T(m - 1)) > 0;
      subject = linked && !called ? s.entities[0] : -1;
    }
    Add(subject, "occupation", Value(phrase));
  }

  // The year of the first date after token i: "retired in 2014 ... returned in 2016" -> 2014.
  std::optional<std::string> YearAfter(size_t i) const {
    for (const auto& d : dates)
      if (d.first > i) return d.iso.substr(0, 4);
    return std::nullopt;
  }

  // "his novel, W" / "the documentary W": the work's genre.
  void Genre(const Slot& slot) {
    if (slot.entities.size() != 1 || article->entities[slot.entities[0]].type != EntityType::kWork) return;
    for (size_t k = slot.first; k > 0 && slot.first - k < 3; --k)
      if (Lexicon::Get().IsWorkNoun(T(k - 1))) {
        std::string genre = T(k - 1);
        if (genre.size() > 1 && genre.back() == 's') genre.pop_back();
        Add(slot.entities[0], "genre", Value(genre));
        return;
      }
  }

  // "a year", "six months", "4 days" at token i: "1 year", "6 months", "4 days".
  std::optional<std::string> Duration(size_t i) const {
    std::optional<int64_t> n = T(i) == "a" || T(i) == "an" ? std::optional<int64_t>(1) : ParseNumber(T(i));
    std::string unit = T(i + 1);
    if (!n || unit.empty()) return std::nullopt;
    if (unit.back() == 's') unit.pop_back();
    if (unit != "day" && unit != "week" && unit != "month" && unit != "year") return std::nullopt;
    return std::to_string(*n) + " " + unit + (*n == 1 ? "" : "s");
  }

  // The duration after "for" at token i, skipping hedges: "for like a year", "for about six weeks".
  std::optional<std::string> DurationAfterFor(size_t i) const {
    if (T(i) != "for") return std::nullopt;
    size_t k = i + 1;
    while (T(k) == "like" || T(k) == "about" || T(k) == "around" || T(k) == "almost" || T(k) == "nearly") ++k;
    return Duration(k);
  }

  // The person the clause around token i is about. In an opening phrase ("Since his release
  // in 2014, Mr X ...", "After six months off, he ...") it is the main clause's subject, the
  // first person after the comma; elsewhere the nearest person before it.
  int ClauseSubject(size_t i) const {
    static constexpr std::string_view openers[] = {"since", "after", "before", "following", "upon", "on", "despite", "during"};
    bool opening = false;
    for (std::string_view o : openers) opening |= std::string_view(T(0).s->data(), T(0).size()) == o;
    size_t comma = i;
    while (comma < tokens.size() && tokens[comma].text != ",") ++comma;
    if (opening && comma < tokens.size())
      for (const auto& s : slots)
        if (s.first > comma && s.entities.size() == 1 && article->entities[s.entities[0]].type == EntityType::kPerson)
          return s.entities[0];
    return Subject(i);
  }

  void Durations(size_t i) {
    // "on the run for a year", "in hospital for four days", "off sick for six months"
    if (T(i) == "for" && i >= 2) {
      auto d = DurationAfterFor(i);
      if (!d) return;
      std::string a = T(i - 3), b = T(i - 2), c = T(i - 1);
      if (a == "on" && b == "the" && c == "run") Add(Subject(i), "time_on_the_run", Value(*d));
      if ((b == "in" && c == "hospital") || c == "hospitalised" || c == "hospitalized")
        Add(Subject(i), "hospital_stay", Value(*d));
      if (c == "off-sick" || (b == "off" && c == "sick") || (b == "sick" && c == "leave"))
        Add(Subject(i), "sick_leave", Value(*d));
      return;
    }
    // "spent three weeks in hospital"
    if (i >= 1 && (T(i - 1) == "spent" || T(i - 1) == "spending") && T(i + 2) == "in" && T(i + 3) == "hospital") {
      if (auto d = Duration(i)) Add(Subject(i), "hospital_stay", Value(*d));
      return;
    }
    // "After six months off, he was back at work"
    if (T(i + 2) == "off" && (T(i - 1) == "after" || T(i - 1) == "took") && (T(i + 3) == "," || T(i + 3) == "work" || T(i + 3) == "sick"))
      if (auto d = Duration(i)) Add(ClauseSubject(i), "sick_leave", Value(*d));
  }


  // "his release in 2014", "released from prison in 2014"
  void Release(size_t i) {
    bool noun = T(i) == "release" && i >= 1 && (T(i - 1) == "his" || T(i - 1) == "her" || T(i - 1) == "their");
    bool verb = T(i) == "released" && ((T(i + 1) == "from" && (T(i + 2) == "prison" || T(i + 2) == "jail" ||
                                                               T(i + 2) == "custody" || T(i + 3) == "prison")) ||
                                       (T(i + 1) == "on" && T(i + 2) == "licence") ||
                                       (i >= 1 && (T(i - 1) == "was" || T(i - 1) == "were") && T(i + 1) == "in"));
    if (!noun && !verb) return;
    if (auto year = YearAfter(i)) Add(ClauseSubject(i), "released", Value(*year));
  }

  // "a father-of-two", "mother of three"
  void Children(size_t i) {
    const std::string& t = T(i);
    std::optional<int64_t> n;
    for (const char* parent : {"father-of-", "mother-of-", "parent-of-"})
      if (t.size() > 10 && t[0] == parent[0] && t.rfind(parent, 0) == 0)
        n = ParseNumber(t.substr(std::string(parent).size()));
    if (!n && (t == "father" || t == "mother") && T(i + 1) == "of") n = ParseNumber(T(i + 2));
    // Not the lede's main person: "A mother-of-two who was stabbed ..." may be the victim.
    if (n && *n > 0 && !(i <= 1 && (IsLede() || article->sentences[sentence].kind == LineKind::kStandfirst)))
      Add(DescribedPerson(i), "children", Value(*n));
    // "X has three children"
    std::optional<int64_t> count = ParseNumber(t);
    if (count && *count > 0 && *count < 20 && i >= 1 && (T(i - 1) == "has" || T(i - 1) == "had") &&
        (T(i + 1) == "children" || T(i + 1) == "kids"))
      Add(Subject(i), "children", Value(*count));
  }

  // "in 2019, he was awarded a X award": the year the award was given.
  void AwardYear(const Slot& slot) {
    if (slot.entities.size() != 1 || article->entities[slot.entities[0]].type != EntityType::kAward) return;
    bool won = false;
    for (size_t k = slot.first; k > 0 && slot.first - k < 5; --k)
      won |= T(k - 1) == "awarded" || T(k - 1) == "won" || T(k - 1) == "received";
    const DateMention* date = NearestDateInClause(tokens, dates, slot.first);
    if (won && date) Add(slot.entities[0], "year_awarded", Value(date->iso.substr(0, 4)));
  }

  void Years(size_t i) {
    if (T(i) != "retired" && !(T(i) == "published" && i >= 1 && T(i - 1) == "was")) return;
    auto year = YearAfter(i);
    if (!year) return;
    if (T(i) == "retired") Add(Subject(i), "retired", Value(*year));
    else Add(Subject(i, EntityType::kWork), "published", Value(*year));
  }
};

}  // namespace

int MainPerson(const ArticleAnalysis& article) {
  std::map<int, int> counts;
  for (const auto& m : article.mentions)
    for (int e : m.entities)
      if (article.entities[e].type == EntityType::kPerson) counts[e]++;
  int best = -1, most = 0;
  for (const auto& [e, n] : counts)
    if (n > most) best = e, most = n;
  return best;
}

void ExtractValueFacts(ArticleAnalysis* article, size_t sentence, const std::vector<Slot>& slots,
                       const std::vector<DateMention>& dates, int main_person) {
  const auto& tokens = article->sentences[sentence].tokens;
  ValueFacts facts{article, sentence, tokens, slots, dates, main_person};
  for (const auto& slot : slots) {
    facts.Genre(slot);
    facts.AwardYear(slot);
    facts.NicknameInName(slot);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    facts.Numbers(i);
    facts.Durations(i);
    facts.Release(i);
    facts.Children(i);
    if (i > 0) facts.Nickname(i);
    facts.Occupation(i);
    facts.Years(i);
  }
}

}  // namespace kg::compiler
