#include "engine/compiler/facts/word_cues.h"

#include <unordered_set>
#include <utility>

#include "engine/compiler/lexicon/word_table.h"

namespace kg::compiler {

std::vector<bool> HedgedTokens(const std::vector<Token>& tokens) {
  // Looked up for every word: a read-only table, no std::hash call per word.
  static const WordTable<char> cues = [] {
    std::vector<std::pair<std::string, char>> words;
    for (const char* w : {"not", "never", "n't", "didn't", "no", "may", "might", "could", "would", "allegedly",
                          "reportedly", "claims", "claimed", "if", "denied", "denies", "wanted", "hoped", "invited",
                          "asked", "planned", "plans", "plan", "planning", "hope", "hopes", "intend", "intends", "aim",
                          "aims", "will", "expected", "due"})
      words.emplace_back(w, 1);
    return WordTable<char>::FromPairs(words);
  }();
  std::vector<bool> hedged(tokens.size(), false);
  for (size_t k = 0; k < tokens.size(); ++k)
    if (cues.Find(tokens[k].lower))
      for (size_t v = k + 1; v < tokens.size() && v <= k + 4; ++v) hedged[v] = true;
  return hedged;
}

bool IsGunfireWord(const std::string& t) {
  return t == "fired" || t == "firing" || t == "shots" || t == "bullet" || t == "bullets" || t == "gunfire" ||
         t == "gunshot" || t == "gunshots";
}

bool IsArrivalBefore(const std::vector<Token>& tokens, size_t place) {
  if (place < 2) return false;
  std::string prep = tokens[place - 1].lower, verb = tokens[place - 2].lower;
  if (prep == "in" && (verb == "up" || verb == "arrived" || verb == "surfaced" || verb == "landed")) return true;
  if (prep != "to") return false;
  for (size_t k = place - 2; k + 4 > place && k > 0; --k) {
    const std::string& t = tokens[k].lower;
    if (t == "went" || t == "travelled" || t == "traveled" || t == "flew" || t == "headed" || t == "moved" ||
        t == "sailed" || t == "way" || t == "escaped")
      return true;
  }
  return false;
}

bool IsPassiveAuxiliaryBefore(const std::vector<Token>& tokens, size_t i) {
  auto auxiliary = [&](size_t k) {
    return tokens[k].lower == "was" || tokens[k].lower == "were" || tokens[k].lower == "been" || tokens[k].lower == "being";
  };
  if (i >= 1 && auxiliary(i - 1)) return true;
  if (i < 2 || !auxiliary(i - 2)) return false;
  const std::string& between = tokens[i - 1].lower;  // an adverb or a reflexive
  return between == "himself" || between == "herself" || between == "themselves" || between == "also" ||
         between == "then" || between == "later" || between == "subsequently" || between == "eventually" ||
         between == "finally" || between == "previously" || between == "first" || between == "never" ||
         (between.size() > 4 && between.compare(between.size() - 2, 2, "ly") == 0);
}

bool IsTransferVerb(const std::string& t) {
  return t == "signed" || t == "signs" || t == "bought" || t == "recruited" || t == "loaned" || t == "sold" ||
         t == "transferred" || t == "poached";
}

bool IsEventPredicate(const std::string& p) {
  return p == "SHOT" || p == "ARRESTED" || p == "RESCUED" || p == "MET" || p == "FLED_TO" || p == "AWARDED" || p == "RETIRED_FROM" ||
         p == "FOUNDED" || p == "APOLOGISED_TO" || p == "FORGAVE" || p == "KILLED" || p == "ATTACKED" || p == "SENTENCED";
}

bool IsRankTitle(const std::string& title) {
  static const char* ranks[] = {"PC", "WPC", "DC", "DS", "DI", "DCI", "Sgt", "Sergeant", "Constable", "Inspector",
                                "Insp", "Det", "Detective", "Supt", "Superintendent", "Commissioner", "Commander"};
  for (const char* r : ranks)
    if (title.size() >= std::string(r).size() &&
        title.compare(title.size() - std::string(r).size(), std::string::npos, r) == 0)
      return true;
  return false;
}

bool UsedAsNoun(const std::vector<Token>& tokens, size_t i) {
  static const std::unordered_set<std::string> nouns = {"murder", "attack", "assault", "arrest", "rescue",
                                                         "shooting", "killing", "stabbing", "meeting", "visit"};
  static const std::unordered_set<std::string> determiners = {"the", "a", "an", "this", "that", "his", "her",
                                                               "their", "its", "attempted", "first", "second"};
  return i > 0 && nouns.count(tokens[i].lower) && determiners.count(tokens[i - 1].lower);
}

bool CoordinatedPassive(const std::vector<Token>& tokens, size_t i) {
  auto participle = [](const std::string& w) {
    return w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 2, 2, "en") == 0);
  };
  if (i < 3 || tokens[i - 1].lower != "and" || !participle(tokens[i].lower)) return false;
  for (size_t k = i - 1; k > 0 && i - k < 10; --k) {
    if (tokens[k - 1].text == "," || tokens[k - 1].text == ";") return false;
    if (IsPassiveAuxiliaryBefore(tokens, k) && participle(tokens[k].lower)) return true;
  }
  return false;
}

}  // namespace kg::compiler
