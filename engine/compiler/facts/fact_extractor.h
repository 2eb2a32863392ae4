// engine/compiler/facts/fact_extractor.h — relations and value facts stated by sentences.
#pragma once

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// A named or pronoun reference in a sentence, resolved to local entities.
struct Slot {
  size_t first = 0, last = 0;
  std::vector<int> entities;
  bool plural = false;
  bool possessive = false;  // "his" in "his book": names the owner, not an actor
};

// The slots of one sentence, in token order.
std::vector<Slot> SentenceSlots(const ArticleAnalysis& article, size_t sentence);

// Fills article->facts from verb patterns, appositions and fixed phrases (relations) and
// from number and name patterns (value facts). Negated or hedged statements yield nothing.
void ExtractFacts(ArticleAnalysis* article);

// Value facts of one sentence (age, years_sentenced, years_served, nickname, occupation,
// retired, published).
void ExtractValueFacts(ArticleAnalysis* article, size_t sentence, const std::vector<Slot>& slots);

}  // namespace kg::compiler
