// engine/compiler/coref/coreference.h — which names in one article are the same entity.
//
// Full names are entities; "Mr Smith", "Smith", "Leroy" and a misspelt "Smyth" join the
// full name they share a surname or given name with (an edit distance of one for surnames
// of five letters or more); a bare name that matches nothing is dropped rather than
// guessed. Pronouns and "the pair" are resolved when facts need a subject.
#pragma once

#include "engine/compiler/analysis.h"
#include "engine/compiler/mentions/mention_finder.h"

namespace kg::compiler {

// Builds article->entities and article->mentions from the names found.
void ResolveCoreference(const std::vector<NameSpan>& names, ArticleAnalysis* article);

// What a person's title says of their gender ("Mr" male, "Mrs"/"Ms" female), else kUnknown.
Gender TitleGender(const std::string& title);


// The entities a pronoun or plural reference at (sentence, token) refers to: the most
// recent person for he/she/his/her/him, the two most recent for "the pair"/"both"/"they".
// A gendered pronoun skips people known to be otherwise ("she" is never "Mr X"), and
// a singular one skips `exclude` (an object pronoun is not its clause's subject).
std::vector<int> ResolveReference(const ArticleAnalysis& article, size_t sentence, size_t token, bool plural,
                                  Gender gender = Gender::kUnknown, int exclude = -1);

// Levenshtein distance, for misspelt names.
size_t EditDistance(const std::string& a, const std::string& b);

}  // namespace kg::compiler
