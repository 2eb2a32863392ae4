// engine/compiler/tagger/article_tagger.h — the tagging stage: parts of speech and names.
#pragma once

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// The words of a sentence as the taggers were trained to see them (Universal Dependencies
// tokenisation: "Warhol" "'s"), each with the index of the sentence token it starts at.
struct TaggerView {
  std::vector<std::string> words;
  std::vector<size_t> first_token;  // words[k] begins at sentence token first_token[k]
};
TaggerView MakeTaggerView(const std::vector<Token>& tokens);

// Sets Token::pos and Token::name on every sentence of the article. The whole article is read
// first, so that how a word is written elsewhere decides its sentence-initial and
// capitals-only occurrences.
void TagArticle(ArticleAnalysis* article);

}  // namespace kg::compiler
