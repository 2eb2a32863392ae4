// engine/compiler/parser/article_parser.h — the parsing stage: dependency trees of the
// sentences whose facts are read from their structure.
//
// Runs after mentions and coreference: parsing costs about four times what tagging does per
// word, and only a sentence with two references to entities ("Ms Ortiz met the mayor"), or
// one and a number ("Ortiz, 54, ..."), can give a fact. Of those, only the sentences whose
// facts the extractor reads from the parse are parsed: today, who "I" is in a quotation (the
// subject of its verb of speech). The others keep an empty parse; each use of the parse the
// facts gain widens ReadFromParse().
#pragma once

#include "engine/compiler/analysis.h"
#include "engine/compiler/parser/dependency_parser.h"

namespace kg::compiler {

// Whether sentence `s` of a coreference-resolved article can state a fact.
bool CanStateFact(const ArticleAnalysis& article, size_t s);

// Whether fact extraction reads sentence `s` from its parse: it can state a fact, and a verb
// of speech attributes words in the first person in it.
bool ReadFromParse(const ArticleAnalysis& article, size_t s);

// Parses one tagged sentence (Sentence::heads and relations; see analysis.h). The parser's
// words are the taggers' (MakeTaggerView), except that a hyphenated token stays one word:
// "Warhol" "'" "s" is "Warhol" "'s", whose "s" token hangs from its "'" token as "goeswith".
void ParseSentence(const DependencyParser& parser, Sentence* sentence);

// ParseSentence with the shipped parser on every sentence for which ReadFromParse holds.
void ParseArticle(ArticleAnalysis* article);

}  // namespace kg::compiler
