#include "tools/tsv_corpus.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>

namespace kg::compiler {

std::vector<TsvSentence> ReadTsvCorpus(const std::string& path, size_t columns) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<TsvSentence> sentences;
  size_t documents = 0, doc_start = 0;
  auto close_document = [&] {
    DocumentCaseCounter counter;
    for (size_t s = doc_start; s < sentences.size(); ++s) counter.Count(sentences[s].tagger_words);
    for (size_t s = doc_start; s < sentences.size(); ++s) counter.Apply(&sentences[s].tagger_words);
    doc_start = sentences.size();
    ++documents;
  };
  TsvSentence current;
  current.columns.resize(columns);
  auto close_sentence = [&] {
    if (current.columns[0].empty()) return;
    current.tagger_words = MakeTaggerWords(current.columns[0]);
    current.document = documents;
    sentences.push_back(std::move(current));
    current = TsvSentence();
    current.columns.resize(columns);
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# doc", 0) == 0) {
      close_sentence();
      close_document();
      continue;
    }
    if (line.empty()) {
      close_sentence();
      continue;
    }
    std::istringstream fields(line);
    for (auto& column : current.columns) {
      std::string field;
      std::getline(fields, field, '\t');
      column.push_back(std::move(field));
    }
  }
  close_sentence();
  close_document();
  return sentences;
}

void Shuffle(std::vector<size_t>* order, std::mt19937* rng) {
  for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
}

}  // namespace kg::compiler
