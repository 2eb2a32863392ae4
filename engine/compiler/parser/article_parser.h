// engine/compiler/parser/article_parser.h — the parsing stage: dependency trees of the
// sentences that can state a fact.
//
// Runs after mentions and coreference: parsing costs more per word than tagging, and only a
// sentence with two references to entities ("Ms Ortiz met the mayor"), or one and a number
// ("Ortiz, 54, ..."), can give a fact, so only those are parsed; the others keep an empty parse.
#pragma once

#include "engine/compiler/analysis.h"
#include "engine/compiler/parser/dependency_parser.h"

namespace kg::compiler {

// Whether sentence `s` of a coreference-resolved article can state a fact.
bool CanStateFact(const ArticleAnalysis& article, size_t s);

// Parses one tagged sentence (Sentence::heads and relations; see analysis.h). The parser's
// words are the taggers' (MakeTaggerView), except that a hyphenated token stays one word:
// "Warhol" "'" "s" is "Warhol" "'s", whose "s" token hangs from its "'" token as "goeswith".
void ParseSentence(const DependencyParser& parser, Sentence* sentence);

// ParseSentence with the shipped parser on every sentence for which CanStateFact holds.
void ParseArticle(ArticleAnalysis* article);

}  // namespace kg::compiler
