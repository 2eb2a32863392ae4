// kg-show-tags: prints each sentence of an article as the taggers see it, one
// "word/POS/NAME" per token, for looking at what the learned taggers do on a text. With
// --parse, each sentence is also parsed (every one, not only those that can state a fact) and
// printed a token a line: number, word, part of speech, head's number (0 for the root),
// relation.
//
//   kg-show-tags [--parse] FILE...
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "engine/compiler/analysis.h"
#include "engine/compiler/boilerplate/line_classifier.h"
#include "engine/compiler/parser/article_parser.h"
#include "engine/compiler/parser/shipped_parser.h"
#include "engine/compiler/reader/article_reader.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "engine/compiler/text/sentence_splitter.h"

namespace {

void PrintParse(const kg::compiler::Sentence& sentence) {
  for (size_t t = 0; t < sentence.tokens.size(); ++t)
    std::cout << "  " << t + 1 << "\t" << sentence.tokens[t].text << "\t" << sentence.tokens[t].pos() << "\t"
              << sentence.heads[t] + 1 << "\t" << *sentence.relations[t] << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  bool parse = argc > 1 && std::strcmp(argv[1], "--parse") == 0;
  if (argc < 2 + parse) {
    std::cerr << "usage: kg-show-tags [--parse] FILE...\n";
    return 2;
  }
  for (int i = 1 + parse; i < argc; ++i) {
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
      if (!parse) continue;
      kg::compiler::ParseSentence(kg::compiler::ShippedParser(), &article.sentences[k]);
      PrintParse(article.sentences[k]);
    }
  }
  return 0;
}
