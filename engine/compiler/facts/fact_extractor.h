// engine/compiler/facts/fact_extractor.h — relations and value facts stated by sentences.
#pragma once

#include "engine/compiler/analysis.h"
#include "engine/compiler/facts/dates.h"
#include "engine/compiler/facts/sentence_slots.h"

namespace kg::compiler {

// Fills article->facts from verb patterns, appositions and fixed phrases (relations) and
// from number and name patterns (value facts). Negated or hedged statements yield nothing.
void ExtractFacts(ArticleAnalysis* article);

// The person the article mentions most: ledes and standfirsts that name nobody are about them.
int MainPerson(const ArticleAnalysis& article);

// Value facts of one sentence (age, years_sentenced, years_served, nickname, occupation,
// retired, published, ...: see value_facts.cpp).
// `dates` are the sentence's (relative ones resolved), found once for both kinds of fact.
void ExtractValueFacts(ArticleAnalysis* article, size_t sentence, const std::vector<Slot>& slots,
                       const std::vector<DateMention>& dates, int main_person);

}  // namespace kg::compiler
