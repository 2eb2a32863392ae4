// Relations stated by sentences: verbs of the vocabulary with their subjects and objects,
// and the phrases that state a relation without one ("his colleague, X", "X, chairman of Y").
#include "engine/compiler/facts/fact_extractor.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "engine/compiler/facts/dates.h"
#include "engine/compiler/facts/title_memberships.h"
#include "engine/compiler/facts/verb_vocabulary.h"
#include "engine/compiler/facts/word_cues.h"
#include "engine/compiler/lexicon/lexicon.h"

namespace kg::compiler {

namespace {

bool TypeIn(const ArticleAnalysis& a, int entity, const std::vector<EntityType>& types) {
  return std::find(types.begin(), types.end(), a.entities[entity].type) != types.end();
}

const std::vector<EntityType> kPersonOnly{EntityType::kPerson};

const VerbSense kFromSense{"FROM", {EntityType::kPerson}, {EntityType::kLocation}, "", false, false};

// The police force the article names (its first organisation called "... Police" or
// "... Constabulary"), or -1: "PC X", "retired from policing" and "joined the force" refer to it.
int ArticlePoliceForce(const ArticleAnalysis& article) {
  for (size_t i = 0; i < article.entities.size(); ++i)
    if (article.entities[i].type == EntityType::kOrganization &&
        (article.entities[i].name.find("Police") != std::string::npos ||
         article.entities[i].name.find("Constabulary") != std::string::npos))
      return static_cast<int>(i);
  return -1;
}

struct SentenceFacts {
  ArticleAnalysis* article;
  size_t sentence;
  const std::vector<Token>& tokens;
  const std::vector<Slot>& slots;
  const std::vector<DateMention>& dates;
  const std::vector<bool> hedged = HedgedTokens(tokens);  // negated or hedged verbs state nothing
  size_t anchor = 0;  // the token of the verb or phrase being read

  void Add(int subject, const std::string& predicate, int object) {
    if (subject < 0 || object < 0 || subject == object) return;
    FactCandidate f;
    f.subject = subject;
    f.predicate = predicate;
    f.object = object;
    f.sentence = sentence;
    // The date nearest the verb in its own clause: "Since 2015 he has ..., and in 2022 he was
    // awarded X"; "In 2022 she won X, and last month Y won Z" gives Z no date.
    const DateMention* date = IsEventPredicate(predicate) ? NearestDateInClause(tokens, dates, anchor) : nullptr;
    if (date) f.qualifiers["date"] = Value(date->iso);
    if (predicate == "SHOT" || predicate == "ARRESTED" || predicate == "MET" || predicate == "KILLED" || predicate == "ATTACKED") {
      for (const auto& s : slots)
        if (s.first > 0 && s.entities.size() == 1 && article->entities[s.entities[0]].type == EntityType::kLocation &&
            (tokens[s.first - 1].text == "in" || tokens[s.first - 1].text == "at")) {
          f.qualifiers["place"] = Value(article->entities[s.entities[0]].name);
          break;
        }
    }
    article->facts.push_back(std::move(f));
  }

  void AddAll(const Slot& subject, const std::string& predicate, const Slot& object) {
    for (int s : subject.entities)
      for (int o : object.entities) Add(s, predicate, o);
  }

  // The nearest reference before `token`; "his" in "His father lived ..." is not one. A
  // parenthetical between dashes is skipped: "James - who had watched X - read the book".
  // With `types`, only a reference to entities of those types counts: in "Y, of Z Street,
  // was arrested by X" the arrested is Y, not the street.
  const Slot* Before(size_t token, size_t max_distance, const std::vector<EntityType>* types = nullptr) const {
    if (token >= 2 && tokens[token - 1].text == "-")
      for (size_t k = token - 2; k > 0; --k)
        if (tokens[k].text == "-") {
          token = k;
          break;
        }
    token = BeforeRelativeClause(token);
    const Slot* best = nullptr;
    for (const auto& s : slots)
      if (s.last < token && token - s.last <= max_distance && !s.possessive &&
          (!types || std::all_of(s.entities.begin(), s.entities.end(), [&](int e) { return TypeIn(*article, e, *types); })))
        best = &s;
    return best;
  }

  // `subject` overrides the nearest reference before the verb as its subject.
  void Verb(size_t i, const VerbSense& sense, const Slot* subject = nullptr) {
    if (UsedAsNoun(tokens, i)) return;  // "attempted murder", "the attack"
    // Passive: "was shot", "was convicted ... and sentenced", or an agent before any other
    // reference ("sentenced to 16 years by Judge X", the participle phrase "W produced by X").
    bool agent_follows = false;
    for (size_t k = i + 1; k < tokens.size() && k <= i + 6 && !agent_follows; ++k) {
      if (std::any_of(slots.begin(), slots.end(), [&](const Slot& s) { return s.first == k; })) break;
      agent_follows = tokens[k].text == "by";
    }
    bool passive = IsPassiveAuxiliaryBefore(tokens, i) || agent_follows || CoordinatedPassive(tokens, i);
    if (passive && !sense.passive_keeps_subject) {  // "Y was shot by X", "Y, who was shot by X"
      for (const auto& agent : slots) {
        if (agent.first <= i + 1 || agent.first > i + 9) continue;
        size_t before = agent.first - 1;  // "by Judge X", "by the X"
        while (before > i && (Lexicon::Get().IsPersonTitle(tokens[before].text) || tokens[before].lower == "the")) --before;
        if (tokens[before].text != "by") continue;
        const Slot* doer = &agent;
        // "founded by his late father, Arthur X": "his" names the father's child, not the
        // founder; the founder is the name in apposition, if there is one.
        if (agent.possessive) {
          doer = nullptr;
          for (const auto& named : slots)
            if (named.first > agent.last + 1 && named.first <= agent.last + 5 && tokens[named.first - 1].text == ",") {
              doer = &named;
              break;
            }
        }
        const Slot* patient = Before(i, 8, &sense.objects);
        if (doer && patient) FilterAndAdd(*doer, sense, *patient);
        return;
      }
      return;
    }
    // "He decided to write": an infinitive's subject is the one of the verb just before it;
    // in "the year it took to write the book" nobody named is.
    // The nearest reference of the right type: in "Ms X, a former England player, met Y" the
    // subject is X, not England.
    if (!subject) subject = Before(i, i > 0 && tokens[i - 1].text == "to" ? 4 : 12, &sense.subjects);
    if (!subject && i == 0) subject = AfterOpeningPhrase();  // "Speaking to X, he said"
    bool prep_seen = sense.preposition.empty();
    for (const auto& object : slots) {
      size_t reach = sense.object_next ? 1 + (i + 1 < tokens.size() && tokens[i + 1].lower == "the") : 8;
      // "apologised to her face": "her" is who was apologised to
      bool face = object.possessive && object.first + 1 < tokens.size() && tokens[object.first + 1].lower == "face";
      if (object.first <= i || object.first > i + reach || (object.possessive && !face)) continue;
      // "joined from Kilmore Athletic": what comes after "from" is where they left.
      size_t det = object.first >= 2 && tokens[object.first - 1].lower == "the" ? object.first - 1 : object.first;
      if (tokens[det - 1].lower == "from" && sense.preposition != "from") continue;
      if (subject && object.entities == subject->entities) continue;  // "met her former pupil X"
      // "met Jermaine's mother, Beverley": the object is the mother, named after the comma.
      size_t after = object.last + 1;
      if (after + 2 < tokens.size() && tokens[after].text == "'" && tokens[after + 1].lower == "s" &&
          Lexicon::Get().Kin(tokens[after + 2].lower))
        continue;
      for (size_t k = i + 1; k < object.first; ++k)
        if (tokens[k].text == sense.preposition) prep_seen = true;
      if (!prep_seen) continue;
      if (subject && std::all_of(object.entities.begin(), object.entities.end(),
                                 [&](int e) { return TypeIn(*article, e, sense.objects); })) {
        FilterAndAdd(*subject, sense, object);
        return;
      }
    }
    if (subject) ImplicitObject(i, sense, *subject);
    if (subject && subject->plural && sense.symmetric && subject->entities.size() == 2)  // "the pair met"
      Add(subject->entities[0], sense.predicate, subject->entities[1]);
    // "X, a teacher, and Y met": coordinated subjects of a symmetric verb.
    if (subject && !subject->plural && sense.symmetric && subject->first > 0 && tokens[subject->first - 1].lower == "and")
      if (const Slot* first = Before(subject->first - 1, 6, &sense.subjects))
        AddAll(*first, sense.predicate, *subject);
  }

  // "X, chairman of the Y Guild" and "the Y Trust's head of fundraising, X": X is a member
  // of the organisation, in that role.
  void RoleAppositions() {
    auto role_words = [&](size_t from, size_t to) {  // [from, to): one to four lower-case words
      if (to <= from || to - from > 4) return false;
      for (size_t k = from; k < to; ++k)
        if (!std::islower(static_cast<unsigned char>(tokens[k].text[0]))) return false;
      return true;
    };
    auto add = [&](const Slot& person, const Slot& org, size_t from, size_t to) {
      while (from < to && (tokens[from].lower == "the" || tokens[from].lower == "a" || tokens[from].lower == "an")) ++from;
      std::string role;
      for (size_t k = from; k < to; ++k) role += (role.empty() ? "" : " ") + tokens[k].text;
      size_t before = article->facts.size();
      FilterAndAdd(person, {"MEMBER_OF", {EntityType::kPerson}, {EntityType::kOrganization}, "", false, false}, org);
      for (size_t f = before; f < article->facts.size(); ++f) article->facts[f].qualifiers["role"] = Value(role);
    };
    for (const auto& person : slots) {
      if (person.possessive) continue;
      // X, chairman of (the) Y
      size_t comma = person.last + 1;
      if (comma + 3 < tokens.size() && tokens[comma].text == ",")
        for (const auto& org : slots) {
          size_t of = org.first >= 2 && tokens[org.first - 1].lower == "the" ? org.first - 2 : org.first - 1;
          if (org.first > comma + 2 && org.first <= comma + 7 && tokens[of].lower == "of" && role_words(comma + 1, of)) {
            add(person, org, comma + 1, of);
            break;
          }
        }
      // Y's head of fundraising, X
      for (const auto& org : slots) {
        size_t s_mark = org.last + 2;
        if (s_mark + 2 >= person.first || tokens[org.last + 1].text != "'" || tokens[s_mark].lower != "s") continue;
        if (tokens[person.first - 1].text == "," && role_words(s_mark + 1, person.first - 1))
          add(person, org, s_mark + 1, person.first - 1);
      }
    }
  }

  // A verb whose object is not after it: "the memoir W, which Y later read"; "read it" (the
  // work named in the last three sentences); "X apologised and she forgave him" / "X
  // apologised and the pair are friends" (to the other person of the next clause).
  void ImplicitObject(size_t i, const VerbSense& sense, const Slot& subject) {
    size_t first = subject.first;  // before the title: "which Ms X read"
    while (first > 0 && Lexicon::Get().IsPersonTitle(tokens[first - 1].text)) --first;
    if (first >= 3 && (tokens[first - 1].lower == "which" || tokens[first - 1].lower == "that")) {
      size_t end = tokens[first - 2].text == "," ? first - 3 : first - 2;
      for (const auto& object : slots)
        if (object.last == end) FilterAndAdd(subject, sense, object);
      return;
    }
    if (sense.objects == std::vector<EntityType>{EntityType::kWork} && i + 1 < tokens.size() && tokens[i + 1].lower == "it") {
      int work = -1;
      for (size_t k = article->mention_begin[sentence >= 3 ? sentence - 3 : 0]; k < article->mention_begin[sentence + 1]; ++k) {
        const Mention& m = article->mentions[k];
        if ((m.sentence < sentence || m.first_token < i) && article->entities[m.entities[0]].type == EntityType::kWork)
          work = m.entities[0];
      }
      if (work >= 0) FilterAndAdd(subject, sense, Slot{i + 1, i + 1, {work}, false});
      return;
    }
    if (sense.predicate != "APOLOGISED_TO" || i + 2 >= tokens.size() || tokens[i + 1].lower != "and") return;
    for (const auto& other : slots) {
      if (other.first < i + 2) continue;
      if (other.first > i + 3) break;
      for (int e : other.entities)
        if (std::find(subject.entities.begin(), subject.entities.end(), e) == subject.entities.end())
          for (int s : subject.entities) Add(s, sense.predicate, e);
      break;
    }
  }

  // "X, who lives in Y with his wife, Z, was awarded ...": where the verb at `token` (after
  // its auxiliaries) closes a relative clause, the subject is before the clause.
  size_t BeforeRelativeClause(size_t token) const {
    size_t k = token;
    while (k > 0 && (tokens[k - 1].lower == "was" || tokens[k - 1].lower == "were" || tokens[k - 1].lower == "is" ||
                     tokens[k - 1].lower == "has" || tokens[k - 1].lower == "had" || tokens[k - 1].lower == "have" ||
                     tokens[k - 1].lower == "been" || tokens[k - 1].lower == "also"))
      --k;
    if (k < 3 || tokens[k - 1].text != ",") return token;
    // ", who ...," / ", which ...," / ", a former member of the gang who ...,"
    for (size_t open = k - 2; open > 0 && k - open < 30; --open)
      if (tokens[open].text == "," && (tokens[open + 1].lower == "who" || tokens[open + 1].lower == "which" ||
                                       tokens[open + 1].lower == "whose" || tokens[open + 1].lower == "a" ||
                                       tokens[open + 1].lower == "an"))
        return open;
    return token;
  }

  // Whose the noun at token i is: "his"/"her" just before it, or "X's".
  const Slot* Owner(size_t i) const {
    if (i == 0) return nullptr;
    static const std::unordered_set<std::string> adjectives = {"late", "younger", "older", "elder", "eldest",
                                                                "youngest", "former", "beloved", "estranged", "twin"};
    if (i >= 2 && adjectives.count(tokens[i - 1].lower)) --i;  // "his late father"
    std::string before = tokens[i - 1].lower;
    if (before == "his" || before == "her" || before == "their") return Possessive(i - 1);
    if (before == "s" && i >= 3 && tokens[i - 2].text == "'") return Before(i - 2, 1);
    return nullptr;
  }

  // The subject of the main clause after an opening phrase: the first slot after its comma.
  const Slot* AfterOpeningPhrase() const {
    size_t comma = 0;
    while (comma < tokens.size() && tokens[comma].text != ",") ++comma;
    for (const auto& s : slots)
      if (s.first > comma) return s.first == comma + 1 ? &s : nullptr;
    return nullptr;
  }

  const Slot* Possessive(size_t token) const {
    for (const auto& s : slots)
      if (s.first == token) return &s;
    return nullptr;
  }

  void FilterAndAdd(const Slot& subject, const VerbSense& sense, const Slot& object) {
    for (int s : subject.entities)
      for (int o : object.entities)
        if (TypeIn(*article, s, sense.subjects) && TypeIn(*article, o, sense.objects)) Add(s, sense.predicate, o);
  }

  // "X fired three shots; one hit Y's back and another struck Z": in a sentence about
  // gunfire, a shot that hits someone is a shooting by whoever fired ("I saw X pull a gun
  // and hit Y in the leg as he fired it" names the shooter as the verb's subject).
  void ShotThatHit(size_t i) {
    size_t fired = tokens.size();
    for (size_t k = 0; k < tokens.size() && fired == tokens.size(); ++k)
      if (IsGunfireWord(tokens[k].lower)) fired = k;
    if (fired == tokens.size()) return;
    static const VerbSense kShot{"SHOT", {EntityType::kPerson}, {EntityType::kPerson}, "", false, false};
    std::string before = i > 0 ? tokens[i - 1].lower : "";
    bool a_shot_hit = before == "one" || before == "another" || before == "second" || before == "third" ||
                      before == "bullet" || before == "shot";
    const Slot* shooter = a_shot_hit ? Before(fired, 12) : nullptr;
    // "X ... fired three shots. One bullet struck Y": whoever fired in the sentence before.
    Slot previous_subject;
    if (a_shot_hit && !shooter && sentence > 0 && article->sentence_subjects.size() >= sentence &&
        article->sentence_subjects[sentence - 1] >= 0) {
      const auto& earlier = article->sentences[sentence - 1].tokens;
      if (std::any_of(earlier.begin(), earlier.end(), [](const Token& t) { return IsGunfireWord(t.lower); })) {
        previous_subject.entities = {article->sentence_subjects[sentence - 1]};
        shooter = &previous_subject;
      }
    }
    if (a_shot_hit && !shooter) return;
    Verb(i, kShot, shooter);
  }

  // "X opened fire on Y and her colleague, Z": a shooting of each person named after "on".
  void OpenedFire(size_t i) {
    if (tokens[i].lower != "fire" || i == 0 || tokens[i - 1].lower != "opened" || i + 1 >= tokens.size() ||
        tokens[i + 1].lower != "on")
      return;
    static const VerbSense kShot{"SHOT", {EntityType::kPerson}, {EntityType::kPerson}, "", false, false};
    const Slot* shooter = Before(i - 1, 12, &kShot.subjects);
    if (!shooter) return;
    for (const auto& target : slots) {
      if (target.first <= i + 1 || target.possessive) continue;
      if (target.first > i + 12) break;
      bool same_clause = true;
      for (size_t k = i + 2; k < target.first; ++k) same_clause &= tokens[k].text != ";" && tokens[k].lower != "when";
      if (same_clause) FilterAndAdd(*shooter, kShot, target);
    }
  }

  // "retired from policing", "left the force", "joined the police": the article's force.
  void PoliceService(size_t i, std::string_view t) {  // views: literals compared by length first
    bool retired = t == "retired" || t == "resigned" || t == "left";  // "left the force in 2004"
    if (!retired && t != "joined") return;
    size_t k = i + 1;
    if (retired && k < tokens.size() && tokens[k].text == "from") ++k;
    if (k < tokens.size() && tokens[k].lower == "the") ++k;
    std::string what = k < tokens.size() ? tokens[k].text : "";
    if (what != "policing" && what != "police" && what != "force") return;
    int force = ArticlePoliceForce(*article);
    const Slot* person = Before(i, 12);
    if (force < 0 || !person) return;
    for (int e : person->entities)
      if (article->entities[e].type == EntityType::kPerson) Add(e, retired ? "RETIRED_FROM" : "MEMBER_OF", force);
  }

  // "X fled France ... and went to Spain and later ended up in Lisbon": the country
  // left (FLED_FROM) and every destination of the same flight (FLED_TO).
  void Flight(size_t i, std::string_view t) {
    if (t != "fled" && t != "escaped") return;
    const Slot* person = Before(i, 12);
    if (!person) return;
    static const VerbSense kFledTo{"FLED_TO", {EntityType::kPerson}, {EntityType::kLocation}, "", false, false};
    static const VerbSense kFledFrom{"FLED_FROM", {EntityType::kPerson}, {EntityType::kLocation}, "", false, false};
    for (const auto& place : slots) {
      if (place.first <= i) continue;
      bool left = t == "fled" && (place.first == i + 1 || (place.first == i + 2 && tokens[i + 1].lower == "the"));
      if (left) FilterAndAdd(*person, kFledFrom, place);
      else if (IsArrivalBefore(tokens, place.first)) FilterAndAdd(*person, kFledTo, place);
    }
  }

  // "friends with Y", "X and Y are friends", "the pair are friends"; "his colleague, Y".
  void Phrases() {
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string& t = tokens[i].lower;
      const std::string_view tv = t;  // compared with literals length first
      anchor = i;
      if (hedged[i]) continue;
      if (tv == "friends" || tv == "friendship") {
        if (i + 1 < tokens.size() && tokens[i + 1].lower == "with") {
          const Slot* s = Before(i, 10);
          for (const auto& o : slots)
            if (s && o.first > i + 1 && o.first <= i + 3) AddAll(*s, "FRIENDS_WITH", o);
          continue;
        }
        std::vector<int> people;
        for (const auto& s : slots)
          if (s.last < i)
            for (int e : s.entities)
              if (article->entities[e].type == EntityType::kPerson) people.push_back(e);
        if (people.size() >= 2) Add(people[people.size() - 2], "FRIENDS_WITH", people.back());
      } else if (Lexicon::Get().IsWorkNoun(t) && i > 0) {  // "his novel, W" / "X's book W"
        const Slot* owner = nullptr;
        std::string before = tokens[i - 1].lower;
        if (before == "his" || before == "her" || before == "their") owner = Possessive(i - 1);
        else if (before == "s" && i >= 3 && tokens[i - 2].text == "'") owner = Before(i - 2, 1);
        for (const auto& w : slots)  // "his book, The Long Watch": the article may sit between
          if (owner && w.first > i && w.first <= i + 2 + (tokens[w.first - 1].lower == "the"))  // the owner may be a possessive
            FilterAndAdd(*owner, {"WROTE", {EntityType::kPerson}, {EntityType::kWork}, "", false, false}, w);
      } else if (const KinWord* kin = Lexicon::Get().Kin(t)) {  // "his daughter, Y", "X's brother Y"
        const Slot* owner = Owner(i);
        size_t named = i + 1 < tokens.size() && tokens[i + 1].text == "," ? i + 2 : i + 1;
        for (const auto& relative : slots)
          if (owner && relative.first == named) {
            bool partner = kin->relation == "partner";
            size_t before = article->facts.size();
            for (int r : relative.entities)
              for (int o : owner->entities)
                if (article->entities[r].type == EntityType::kPerson && article->entities[o].type == EntityType::kPerson)
                  Add(r, partner ? "PARTNER_OF" : "RELATIVE_OF", o);
            for (size_t f = before; f < article->facts.size(); ++f) article->facts[f].qualifiers["relation"] = Value(t);
          }
      } else if (const Slot* owner = tv == "friend" ? Owner(i) : nullptr) {  // "his friend, X"
        size_t named = i + 1 < tokens.size() && tokens[i + 1].text == "," ? i + 2 : i + 1;
        for (const auto& o : slots)
          if (o.first == named) AddAll(*owner, "FRIENDS_WITH", o);
      } else if (tv == "colleague" || tv == "colleagues") {  // "his colleague, lifeguard Jo Hale"
        const Slot* owner = Owner(i);
        if (!owner) owner = Before(i, 6);
        size_t reach = i + 3;  // "his colleague, Detective Sergeant X"
        while (reach < tokens.size() && Lexicon::Get().IsPersonTitle(tokens[reach - 1].text)) ++reach;
        for (const auto& o : slots)
          if (owner && o.first > i && o.first <= reach) AddAll(*owner, "COLLEAGUE_OF", o);
      } else if (tv == "of" && i > 0) {  // "Tom Hale, 39, of Westmere Fire Service" / "Jo Bell, of Elm Road"
        size_t end = tokens[i - 1].text == "," ? i - 1 : i;
        if (end >= 3 && end < i && ParseNumber(tokens[end - 1].text) && tokens[end - 2].text == ",") end -= 2;
        const Slot* person = Before(end, 1, &kFromSense.subjects);
        if (person && person->last + 1 == end && (end < i || person->last + 1 == i))
          for (const auto& o : slots)
            if (o.first == i + 1 && o.entities.size() == 1) {
              EntityType type = article->entities[o.entities[0]].type;
              if (type == EntityType::kOrganization) AddAll(*person, "MEMBER_OF", o);
              if (type == EntityType::kLocation) AddAll(*person, "LIVED_IN", o);
            }
      } else if (tv == "from" && i > 0) {
        // "X from Y", "X, from Y", "X, 44, from Y", "X, a driver from Y"
        size_t end = tokens[i - 1].lower == "originally" ? i - 1 : i;  // "X, originally from Y"
        if (end > 0 && tokens[end - 1].text == ",") --end;  // "Originally from Y, he ...": nothing before
        if (end >= 3 && end < i && ParseNumber(tokens[end - 1].text) && tokens[end - 2].text == ",") end -= 2;
        // "X, a delivery driver from Y"
        for (size_t k = i - 1; k > 1 && i - k <= 4 && std::islower(static_cast<unsigned char>(tokens[k].text[0])); --k)
          if ((tokens[k].lower == "a" || tokens[k].lower == "an") && tokens[k - 1].text == ",") {
            end = k - 1;
            break;
          }
        const Slot* person = Before(end, 1);
        // "signed X from Y", "bought X from Y": Y is where X came from, not X's home town.
        for (size_t k = person ? person->first : 0; person && k > 0 && person->first - k < 4; --k)
          if (IsTransferVerb(tokens[k - 1].lower)) person = nullptr;
        for (const auto& o : slots)
          if (person && o.first == i + 1) FilterAndAdd(*person, kFromSense, o);
      } else if (tv == "grew" && i + 3 < tokens.size() && tokens[i + 1].lower == "up" && tokens[i + 2].lower == "in") {
        const Slot* person = Before(i, 6, &kPersonOnly);  // "X grew up in Y"
        for (const auto& o : slots)
          if (person && o.first == i + 3) FilterAndAdd(*person, {"LIVED_IN", kPersonOnly, {EntityType::kLocation}, "", false, false}, o);
      } else if (tv == "born" && i + 2 < tokens.size() && tokens[i + 1].lower == "in") {  // "Born in Braga, X ..."
        const Slot* person = i == 0 ? AfterOpeningPhrase() : Before(i, 4, &kFromSense.subjects);
        for (const auto& o : slots)
          if (person && o.first == i + 2) FilterAndAdd(*person, kFromSense, o);
      }
    }
    // "X, south Y" and "X, Y" between places.
    for (size_t k = 0; k + 1 < slots.size(); ++k) {
      const Slot &a = slots[k], &b = slots[k + 1];
      if (a.entities.size() != 1 || b.entities.size() != 1) continue;
      if (article->entities[a.entities[0]].type != EntityType::kLocation ||
          article->entities[b.entities[0]].type != EntityType::kLocation)
        continue;
      // "Bradford, Wakefield and Leeds" is a list, not Bradford inside Wakefield.
      bool listed = b.last + 2 < tokens.size() && (tokens[b.last + 1].lower == "and" || tokens[b.last + 1].lower == "or" ||
                                                   (tokens[b.last + 1].text == "," && k + 2 < slots.size() &&
                                                    slots[k + 2].first == b.last + 2));
      bool apposed = !listed && b.first > a.last + 1 && tokens[a.last + 1].text == "," && b.first <= a.last + 3;
      // "the Seaview pub in Hove": the venue noun ends the name but not the mention.
      size_t in = a.last + 1;
      const std::string& name = article->entities[a.entities[0]].name;
      if (in + 1 < b.first && name.size() > tokens[in].text.size() &&
          name.compare(name.size() - tokens[in].text.size(), std::string::npos, tokens[in].text) == 0)
        ++in;
      bool inside = b.first == in + 1 && tokens[in].text == "in";
      if (apposed || inside) Add(a.entities[0], "LOCATED_IN", b.entities[0]);
    }
    RoleAppositions();
    // "the Orbis award-winning documentary W": W won the award, which Orbis gives. "a
    // bravery award from the Coast Trust": the trust gives it.
    for (const auto& award : slots) {
      if (award.entities.size() != 1 || article->entities[award.entities[0]].type != EntityType::kAward) continue;
      for (const auto& body : slots) {
        if (body.entities.size() != 1 || article->entities[body.entities[0]].type != EntityType::kOrganization) continue;
        size_t k = award.last + 1;
        bool from = k < tokens.size() && (tokens[k].text == "from" || tokens[k].text == "by");
        if (from && k + 1 < tokens.size() && tokens[k + 1].lower == "the") ++k;
        if (body.first == award.first || (from && body.first == k + 1))
          Add(award.entities[0], "CONFERRED_BY", body.entities[0]);
      }
      if (award.last + 1 >= tokens.size()) continue;
      const std::string& next = tokens[award.last + 1].text;
      if (next.find("-winning") == std::string::npos) continue;
      for (const auto& work : slots)
        if (work.first > award.last + 1 && work.first <= award.last + 3 && work.entities.size() == 1 &&
            article->entities[work.entities[0]].type == EntityType::kWork)
          Add(work.entities[0], "AWARDED", award.entities[0]);
    }
  }
};

// "PC X" in an article that names a police force: X is a member of it, with that rank.
void RankMemberships(ArticleAnalysis* article) {
  int force = ArticlePoliceForce(*article);
  if (force < 0) return;
  for (const auto& m : article->mentions) {
    const LocalEntity& e = article->entities[m.entities[0]];
    if (e.type != EntityType::kPerson || !IsRankTitle(e.role)) continue;
    const auto& tokens = article->sentences[m.sentence].tokens;
    if (m.first_token == 0 || !IsRankTitle(tokens[m.first_token - 1].text)) continue;
    FactCandidate f;
    f.subject = m.entities[0];
    f.predicate = "MEMBER_OF";
    f.object = force;
    f.sentence = m.sentence;
    size_t k = m.first_token;  // the whole rank: "Chief Constable", "Det Sgt"
    while (k > 0 && Lexicon::Get().IsPersonTitle(tokens[k - 1].text) && tokens[k - 1].lower != "former" &&
           tokens[k - 1].lower != "ex")
      --k;
    std::string rank;
    for (; k < m.first_token; ++k) rank += (rank.empty() ? "" : " ") + tokens[k].text;
    f.qualifiers["role"] = Value(rank);
    article->facts.push_back(std::move(f));
  }
}

}  // namespace

void ExtractFacts(ArticleAnalysis* article) {
  const std::vector<KindedWork> works = KindedWorks(*article);
  const int main_person = MainPerson(*article);
  std::string last_date;  // the latest date stated so far, for "two years later"
  for (size_t s = 0; s < article->sentences.size(); ++s) {
    const auto& tokens = article->sentences[s].tokens;
    std::vector<Slot> slots = SentenceSlots(*article, works, s);
    article->sentence_subjects.push_back(-1);
    for (const auto& slot : slots)
      if (slot.entities.size() == 1 && article->entities[slot.entities[0]].type == EntityType::kPerson) {
        article->sentence_subjects.back() = slot.entities[0];
        break;
      }
    std::vector<DateMention> dates = FindDates(tokens, last_date, article->published);
    if (!dates.empty() && article->sentences[s].kind == LineKind::kBody) last_date = dates.back().iso;
    SentenceFacts facts{article, s, tokens, slots, dates};
    for (size_t i = 0; i < tokens.size(); ++i) {
      // A capitalised verb form inside a sentence is a name ("Met Police"), not a verb.
      if (i > 0 && std::isupper(static_cast<unsigned char>(tokens[i].text[0])) && tokens[i - 1].text != "\"") continue;
      const std::string& word = tokens[i].lower;
      facts.anchor = i;
      if (facts.hedged[i]) continue;
      for (const VerbSense& sense : FindVerbSenses(word)) facts.Verb(i, sense);
      if ((word == "set" || word == "sets") && i + 1 < tokens.size() && tokens[i + 1].lower == "up")  // "X set up Y"
        facts.Verb(i + 1, {"FOUNDED", {EntityType::kPerson}, {EntityType::kOrganization}, "", false, false},
                   facts.Before(i, 12, &kPersonOnly));
      if (word == "hit" || word == "hits" || word == "struck" || word == "strikes") facts.ShotThatHit(i);
      facts.OpenedFire(i);
      facts.PoliceService(i, word);
      facts.Flight(i, word);
    }
    facts.Phrases();
    ExtractValueFacts(article, s, slots, dates, main_person);
    TitleMemberships(article, s);
  }
  RankMemberships(article);
}

}  // namespace kg::compiler
