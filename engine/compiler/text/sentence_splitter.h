// engine/compiler/text/sentence_splitter.h — tokens and sentences of the story's lines.
#pragma once

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// Tokens of text[begin, end): words (letters, digits, inner hyphens and dots of "U.S."),
// and single punctuation marks; token text is normalised.
std::vector<Token> Tokenize(const std::string& text, size_t begin, size_t end);

// Splits every title, standfirst, body and caption line into sentences. A full stop ends
// a sentence unless it follows an abbreviation (Mr, Dr, PC, St, ...) or an initial.
void SplitSentences(ArticleAnalysis* article);

}  // namespace kg::compiler
