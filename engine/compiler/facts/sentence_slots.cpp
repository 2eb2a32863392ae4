#include "engine/compiler/facts/sentence_slots.h"

#include <algorithm>
#include <cctype>

#include "engine/compiler/coref/coreference.h"
#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

// "book" and "novel" name the same kind of work; so do "film" and "documentary".
std::string WorkKind(std::string noun) {
  if (noun.size() > 1 && noun.back() == 's') noun.pop_back();
  if (noun == "novel" || noun == "memoir" || noun == "autobiography" || noun == "biography") return "book";
  if (noun == "movie" || noun == "documentary") return "film";
  return noun;
}

// The work a definite description ("the book", "that novel") refers to: the latest work of
// that kind named before it, else the one named after it. -1 if the article names none.
int DefiniteWork(const std::vector<KindedWork>& works, size_t sentence, size_t token, const std::string& noun) {
  std::string kind = WorkKind(noun);
  auto split = std::partition_point(works.begin(), works.end(), [&](const KindedWork& w) {
    return w.sentence < sentence || (w.sentence == sentence && w.token < token);
  });
  for (auto it = split; it != works.begin();)
    if ((--it)->kind == kind) return it->entity;
  // Named only later: when it is the article's one work of that kind ("I read the book" before
  // "His novel, W, ..."), not one of several.
  int later = -1;
  for (auto it = split; it != works.end(); ++it)
    if (it->kind == kind) {
      if (later >= 0 && later != it->entity) return -1;
      later = it->entity;
    }
  return later;
}

// The speaker by the parse: the person who is the subject of a verb of speech, however far
// apart ("'...,' Tom Baker, who coached the team for ten years, said.").
int ParsedSpeaker(const ArticleAnalysis& article, size_t sentence, const std::vector<Slot>& slots) {
  const Sentence& s = article.sentences[sentence];
  for (size_t k = 0; k < s.heads.size(); ++k) {
    if (*s.relations[k] != "nsubj" || s.heads[k] < 0 || !Lexicon::Get().IsSpeechVerb(s.tokens[static_cast<size_t>(s.heads[k])].text)) continue;
    for (const auto& slot : slots)
      if (slot.first <= k && k <= slot.last && slot.entities.size() == 1 &&
          article.entities[slot.entities[0]].type == EntityType::kPerson)
        return slot.entities[0];
  }
  return -1;
}

// The person a quotation in this sentence is attributed to: "'...,' Mr Smith explained."
int Speaker(const ArticleAnalysis& article, size_t sentence, const std::vector<Slot>& slots) {
  int parsed = ParsedSpeaker(article, sentence, slots);
  if (parsed >= 0) return parsed;
  const auto& tokens = article.sentences[sentence].tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!Lexicon::Get().IsSpeechVerb(tokens[i].text)) continue;
    for (const auto& slot : slots) {
      if (slot.entities.size() != 1 || article.entities[slot.entities[0]].type != EntityType::kPerson) continue;
      // "Mr X, 57, said:" - an apposition between name and verb.
      bool apposition = slot.last + 2 < i && i - slot.last <= 5 && tokens[slot.last + 1].text == "," &&
                        tokens[i - 1].text == "," && std::none_of(tokens.begin() + slot.last + 1, tokens.begin() + i,
                                                                  [](const Token& t) { return t.text == "\"" || t.text == "'"; });
      if (slot.last + 1 == i || slot.first == i + 1 || apposition) return slot.entities[0];
    }
  }
  return -1;
}

// The person named last before token i with no clause boundary between, or -1.
int NamedInSameClause(const ArticleAnalysis& article, size_t sentence, const std::vector<Slot>& named, size_t i) {
  const auto& tokens = article.sentences[sentence].tokens;
  const Slot* nearest = nullptr;
  for (const auto& s : named)
    if (s.last < i && s.entities.size() == 1 && article.entities[s.entities[0]].type == EntityType::kPerson) nearest = &s;
  if (!nearest) return -1;
  static constexpr std::string_view boundaries[] = {",", ";", ":", "\"", "'", "and", "but", "that", "who", "when", "after",
                                     "before", "because", "as", "while", "if", "so"};
  for (size_t k = nearest->last + 1; k < i; ++k)
    for (std::string_view b : boundaries)
      if (std::string_view(tokens[k].lower) == b) return -1;
  return nearest->entities[0];
}

}  // namespace

std::vector<KindedWork> KindedWorks(const ArticleAnalysis& article) {
  std::vector<KindedWork> works;
  for (const auto& m : article.mentions) {
    if (article.entities[m.entities[0]].type != EntityType::kWork) continue;
    const auto& tokens = article.sentences[m.sentence].tokens;
    for (size_t k = m.first_token; k > 0 && m.first_token - k < 3; --k)
      if (Lexicon::Get().IsWorkNoun(tokens[k - 1].text)) {
        works.push_back({m.sentence, m.first_token, m.entities[0], WorkKind(tokens[k - 1].lower)});
        break;
      }
  }
  return works;
}

std::vector<Slot> SentenceSlots(const ArticleAnalysis& article, const std::vector<KindedWork>& works, size_t sentence) {
  std::vector<Slot> slots;
  for (size_t k = article.mention_begin[sentence]; k < article.mention_begin[sentence + 1]; ++k) {
    const Mention& m = article.mentions[k];
    if (!m.nested) slots.push_back({m.first_token, m.last_token, m.entities, false});
  }
  const std::vector<Slot> named = slots;
  const auto& tokens = article.sentences[sentence].tokens;
  int speaker = Speaker(article, sentence, slots);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view t = tokens[i].lower;  // a view: literals compared length first
    if ((std::string_view(tokens[i].text) == "I" || t == "me") && speaker >= 0) {  // quoted first person: the speaker
      slots.push_back({i, i, {speaker}, false});
      continue;
    }
    // "the book", "that novel": a work the article names.
    if ((t == "the" || t == "that" || t == "this") && i + 1 < tokens.size() && Lexicon::Get().IsWorkNoun(tokens[i + 1].text) &&
        (i + 2 >= tokens.size() || !std::isupper(static_cast<unsigned char>(tokens[i + 2].text[0])))) {
      int work = DefiniteWork(works, sentence, i, tokens[i + 1].lower);
      if (work >= 0) slots.push_back({i + 1, i + 1, {work}, false});
      continue;
    }
    bool single = t == "he" || t == "she" || t == "him" || t == "his" || t == "her";
    // "the pair", "they", "both"; "the two" but not "two crew members".
    bool numeral_two = t == "two" && (i == 0 || tokens[i - 1].lower != "the" ||
                                      (i + 1 < tokens.size() && tokens[i + 1].lower.size() > 2 && tokens[i + 1].lower.back() == 's'));
    bool plural = (t == "pair" || t == "both" || t == "they" || (t == "two" && !numeral_two)) &&
                  (i == 0 || tokens[i - 1].lower != "of");
    if (!single && !plural) continue;
    Gender gender = t == "she" || t == "her" ? Gender::kFemale : single ? Gender::kMale : Gender::kUnknown;
    // "his"/"their" before a word, and "her" before a lower-case word, are determiners.
    bool possessive = (t == "his" || t == "their" || t == "her") && i + 1 < tokens.size() &&
                      std::islower(static_cast<unsigned char>(tokens[i + 1].text[0])) &&
                      (t != "her" || tokens[i + 1].text.size() > 2);
    // An object pronoun is not the person named as its own clause's subject: in "Judge X
    // sentenced him", "him" is someone else.
    int clause_subject = (t == "him" || (t == "her" && !possessive)) ? NamedInSameClause(article, sentence, named, i) : -1;
    auto entities = ResolveReference(article, sentence, i, plural, gender, clause_subject);
    if (!entities.empty()) slots.push_back({i, i, entities, plural, possessive});
  }
  std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.first < b.first; });
  return slots;
}

}  // namespace kg::compiler
