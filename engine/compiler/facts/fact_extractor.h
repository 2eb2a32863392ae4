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

// Fills article->facts from verb patterns, appositions and fixed phrases (relations) and
// from number and name patterns (value facts). Negated or hedged statements yield nothing.
void ExtractFacts(ArticleAnalysis* article);

// The person the article mentions most: ledes and standfirsts that name nobody are about them.
int MainPerson(const ArticleAnalysis& article);

// Value facts of one sentence (age, years_sentenced, years_served, nickname, occupation,
// retired, published, ...: see value_facts.cpp).
void ExtractValueFacts(ArticleAnalysis* article, size_t sentence, const std::vector<Slot>& slots, int main_person);

}  // namespace kg::compiler
