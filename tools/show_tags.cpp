// kg-show-tags: prints each sentence of an article as the taggers see it, one
// "word/POS/NAME" per token, for looking at what the learned taggers do on a text.
//
//   kg-show-tags FILE...
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "engine/compiler/analysis.h"
#include "engine/compiler/boilerplate/line_classifier.h"
#include "engine/compiler/reader/article_reader.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "engine/compiler/text/sentence_splitter.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: kg-show-tags FILE...\n";
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    kg::compiler::ArticleAnalysis article;
    kg::Status s = kg::compiler::ReadArticle(argv[i], text, &article);
    if (!s.ok()) {
      std::cerr << argv[i] << ": " << s.ToString() << "\n";
      return 1;
    }
    kg::compiler::ReadMetadata(&article);
    kg::compiler::ClassifyLines(&article);
    kg::compiler::SplitSentences(&article);
    kg::compiler::TagArticle(&article);
    for (size_t k = 0; k < article.sentences.size(); ++k) {
      std::cout << k << ":";
      for (const auto& token : article.sentences[k].tokens)
        std::cout << " " << token.text << "/" << token.pos() << (token.name() == "O" ? "" : "/" + token.name());
      std::cout << "\n";
    }
  }
  return 0;
}
