#include "engine/compiler/facts/fact_extractor.h"
#include "engine/compiler/text/normalize.h"

#include <algorithm>
#include <cctype>

#include "engine/compiler/coref/coreference.h"
#include "engine/compiler/facts/dates.h"
#include "engine/compiler/facts/verb_vocabulary.h"
#include "engine/compiler/mentions/lexicon.h"

namespace kg::compiler {

namespace {


bool Negated(const std::vector<Token>& tokens, size_t verb) {
  static const char* cues[] = {"not", "never", "n't", "didn't", "no", "may", "might", "could", "would", "allegedly",
                               "reportedly", "claims", "claimed", "if", "denied", "denies", "wanted", "hoped",
                               "invited", "asked", "planned", "plans"};
  for (size_t k = verb >= 4 ? verb - 4 : 0; k < verb; ++k)
    for (const char* c : cues)
      if (Lower(tokens[k].text) == c) return true;
  return false;
}

bool TypeIn(const ArticleAnalysis& a, int entity, const std::vector<EntityType>& types) {
  return std::find(types.begin(), types.end(), a.entities[entity].type) != types.end();
}

const VerbSense kFromSense{"FROM", {EntityType::kPerson}, {EntityType::kLocation}, "", false, false};

bool IsEventPredicate(const std::string& p) {
  return p == "SHOT" || p == "ARRESTED" || p == "RESCUED" || p == "MET" || p == "FLED_TO" || p == "AWARDED" || p == "RETIRED_FROM" ||
         p == "FOUNDED" || p == "APOLOGISED_TO" || p == "FORGAVE";
}

struct SentenceFacts {
  ArticleAnalysis* article;
  size_t sentence;
  const std::vector<Token>& tokens;
  const std::vector<Slot>& slots;

  void Add(int subject, const std::string& predicate, int object) {
    if (subject < 0 || object < 0 || subject == object) return;
    FactCandidate f;
    f.subject = subject;
    f.predicate = predicate;
    f.object = object;
    f.sentence = sentence;
    auto dates = FindDates(tokens);
    if (IsEventPredicate(predicate) && !dates.empty()) f.qualifiers["date"] = Value(dates[0].iso);
    if (predicate == "SHOT" || predicate == "ARRESTED" || predicate == "MET") {
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

  // The nearest reference before `token`; "his" in "His father lived ..." is not one.
  const Slot* Before(size_t token, size_t max_distance) const {
    const Slot* best = nullptr;
    for (const auto& s : slots)
      if (s.last < token && token - s.last <= max_distance && !s.possessive) best = &s;
    return best;
  }

  void Verb(size_t i, const VerbSense& sense) {
    // "Y was shot by X", and the participle phrase "W produced by X".
    bool passive = (i > 0 && (Lower(tokens[i - 1].text) == "was" || Lower(tokens[i - 1].text) == "were" ||
                              Lower(tokens[i - 1].text) == "been" || Lower(tokens[i - 1].text) == "being")) ||
                   (i + 1 < tokens.size() && tokens[i + 1].text == "by");
    if (passive && !sense.passive_keeps_subject) {  // "Y was shot by X", "Y, who was shot by X"
      for (const auto& agent : slots) {
        if (agent.first <= i + 1 || agent.first > i + 6) continue;
        bool by = tokens[agent.first - 1].text == "by" ||
                  (Lower(tokens[agent.first - 1].text) == "the" && tokens[agent.first - 2].text == "by");
        if (!by) continue;
        const Slot* patient = Before(i, 8);
        if (patient) FilterAndAdd(agent, sense, *patient);
        return;
      }
      return;
    }
    const Slot* subject = Before(i, 12);
    bool prep_seen = sense.preposition.empty();
    for (const auto& object : slots) {
      if (object.first <= i || object.first > i + 8 || object.possessive) continue;
      if (subject && object.entities == subject->entities) continue;  // "met her former pupil X"
      for (size_t k = i + 1; k < object.first; ++k)
        if (tokens[k].text == sense.preposition) prep_seen = true;
      if (!prep_seen) continue;
      if (subject && std::all_of(object.entities.begin(), object.entities.end(),
                                 [&](int e) { return TypeIn(*article, e, sense.objects); })) {
        FilterAndAdd(*subject, sense, object);
        return;
      }
    }
    if (subject && subject->plural && sense.symmetric && subject->entities.size() == 2)  // "the pair met"
      Add(subject->entities[0], sense.predicate, subject->entities[1]);
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

  // "friends with Y", "X and Y are friends", "the pair are friends"; "his colleague, Y".
  void Phrases() {
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string t = Lower(tokens[i].text);
      if (Negated(tokens, i)) continue;
      if (t == "friends" || t == "friendship") {
        if (i + 1 < tokens.size() && Lower(tokens[i + 1].text) == "with") {
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
        std::string before = Lower(tokens[i - 1].text);
        if (before == "his" || before == "her" || before == "their") owner = Possessive(i - 1);
        else if (before == "s" && i >= 3 && tokens[i - 2].text == "'") owner = Before(i - 2, 1);
        for (const auto& w : slots)
          if (owner && w.first > i && w.first <= i + 2)  // the owner may be a possessive
            FilterAndAdd(*owner, {"WROTE", {EntityType::kPerson}, {EntityType::kWork}, "", false, false}, w);
      } else if (t == "colleague" || t == "colleagues") {
        const Slot* owner = Before(i, 6);
        for (const auto& o : slots)
          if (owner && o.first > i && o.first <= i + 3) AddAll(*owner, "COLLEAGUE_OF", o);
      } else if (t == "from" && i > 0) {
        const Slot* person = Before(tokens[i - 1].text == "," ? i - 1 : i, 1);
        for (const auto& o : slots)
          if (person && o.first == i + 1) FilterAndAdd(*person, kFromSense, o);
      }
    }
    // "X, south Y" and "X, Y" between places.
    for (size_t k = 0; k + 1 < slots.size(); ++k) {
      const Slot &a = slots[k], &b = slots[k + 1];
      if (a.entities.size() != 1 || b.entities.size() != 1) continue;
      if (article->entities[a.entities[0]].type != EntityType::kLocation ||
          article->entities[b.entities[0]].type != EntityType::kLocation)
        continue;
      if (b.first > a.last + 1 && tokens[a.last + 1].text == "," && b.first <= a.last + 3)
        Add(a.entities[0], "LOCATED_IN", b.entities[0]);
    }
  }
};

bool IsRank(const std::string& title) {
  static const char* ranks[] = {"PC", "WPC", "DC", "DS", "DI", "DCI", "Sgt", "Sergeant", "Constable", "Inspector",
                                "Insp", "Det", "Detective", "Supt", "Superintendent", "Commissioner", "Commander"};
  for (const char* r : ranks)
    if (title.size() >= std::string(r).size() &&
        title.compare(title.size() - std::string(r).size(), std::string::npos, r) == 0)
      return true;
  return false;
}

// "PC X" in an article that names a police force: X is a member of it, with that rank.
void RankMemberships(ArticleAnalysis* article) {
  int force = -1;
  for (size_t i = 0; i < article->entities.size() && force < 0; ++i)
    if (article->entities[i].type == EntityType::kOrganization &&
        (article->entities[i].name.find("Police") != std::string::npos ||
         article->entities[i].name.find("Constabulary") != std::string::npos))
      force = static_cast<int>(i);
  if (force < 0) return;
  for (const auto& m : article->mentions) {
    const LocalEntity& e = article->entities[m.entities[0]];
    if (e.type != EntityType::kPerson || !IsRank(e.role)) continue;
    const auto& tokens = article->sentences[m.sentence].tokens;
    if (m.first_token == 0 || !IsRank(tokens[m.first_token - 1].text)) continue;
    FactCandidate f;
    f.subject = m.entities[0];
    f.predicate = "MEMBER_OF";
    f.object = force;
    f.sentence = m.sentence;
    f.qualifiers["role"] = Value(tokens[m.first_token - 1].text);
    article->facts.push_back(std::move(f));
  }
}

// The person a quotation in this sentence is attributed to: "'...,' Mr Smith explained."
int Speaker(const ArticleAnalysis& article, size_t sentence, const std::vector<Slot>& slots) {
  static const char* verbs[] = {"said", "says", "explained", "recalled", "told", "added", "continued",
                                "concluded", "admitted", "remembered"};
  const auto& tokens = article.sentences[sentence].tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool speech = false;
    for (const char* v : verbs) speech |= tokens[i].text == v;
    if (!speech) continue;
    for (const auto& slot : slots)
      if (slot.entities.size() == 1 && article.entities[slot.entities[0]].type == EntityType::kPerson &&
          (slot.last + 1 == i || slot.first == i + 1))
        return slot.entities[0];
  }
  return -1;
}

}  // namespace

std::vector<Slot> SentenceSlots(const ArticleAnalysis& article, size_t sentence) {
  std::vector<Slot> slots;
  for (const auto& m : article.mentions)
    if (m.sentence == sentence) slots.push_back({m.first_token, m.last_token, m.entities, false});
  const auto& tokens = article.sentences[sentence].tokens;
  int speaker = Speaker(article, sentence, slots);
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string t = Lower(tokens[i].text);
    if ((tokens[i].text == "I" || t == "me") && speaker >= 0) {  // quoted first person: the speaker
      slots.push_back({i, i, {speaker}, false});
      continue;
    }
    bool single = t == "he" || t == "she" || t == "him" || t == "his" || t == "her";
    bool plural = (t == "pair" || t == "both" || t == "they" || t == "two") && (i == 0 || Lower(tokens[i - 1].text) != "of");
    if (!single && !plural) continue;
    auto entities = ResolveReference(article, sentence, i, plural);
    // "his"/"their" before a word, and "her" before a lower-case word, are determiners.
    bool possessive = (t == "his" || t == "their" || t == "her") && i + 1 < tokens.size() &&
                      std::islower(static_cast<unsigned char>(tokens[i + 1].text[0])) &&
                      (t != "her" || tokens[i + 1].text.size() > 2);
    if (!entities.empty()) slots.push_back({i, i, entities, plural, possessive});
  }
  std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.first < b.first; });
  return slots;
}

void ExtractFacts(ArticleAnalysis* article) {
  for (size_t s = 0; s < article->sentences.size(); ++s) {
    const auto& tokens = article->sentences[s].tokens;
    std::vector<Slot> slots = SentenceSlots(*article, s);
    SentenceFacts facts{article, s, tokens, slots};
    for (size_t i = 0; i < tokens.size(); ++i) {
      // A capitalised verb form inside a sentence is a name ("Met Police"), not a verb.
      if (i > 0 && std::isupper(static_cast<unsigned char>(tokens[i].text[0])) && tokens[i - 1].text != "\"") continue;
      const VerbSense* sense = FindVerb(Lower(tokens[i].text));
      if (sense && !Negated(tokens, i)) facts.Verb(i, *sense);
    }
    facts.Phrases();
    ExtractValueFacts(article, s, slots);
  }
  RankMemberships(article);
}

}  // namespace kg::compiler
