// engine/compiler/text/sentence_splitter.h — tokens and sentences of the story's lines.
#pragma once

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// Tokens of text[begin, end), token text normalised: words (letters, digits, inner hyphens,
// "1,000", "4.5", "AT&T", "O'Brien"), dotted abbreviations with their final dot ("U.S.",
// "a.m.", "Ph.D."), and single punctuation marks. "Warhol's" is "Warhol" "'" "s".
std::vector<Token> Tokenize(const std::string& text, size_t begin, size_t end);

// Splits every title, standfirst, body and caption line into sentences. A full stop ends
// a sentence before a capitalised word, unless it follows an initial or an abbreviation
// written before names and numbers (Mr, Dr, St, Gen, Jan, No, ...). After one that closes
// a name ("Inc.", "Jr.", "U.S.") it ends one only before a word like He, The, But or In.
void SplitSentences(ArticleAnalysis* article);

}  // namespace kg::compiler
