// tools/tsv_corpus.h — reading the training files scripts/prepare_training_data.py writes, for
// the training tools: one word per line in tab-separated columns, a blank line after each
// sentence, "# doc ID" before each document.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "engine/compiler/tagger/tag_features.h"

namespace kg::compiler {

struct TsvSentence {
  std::vector<std::vector<std::string>> columns;  // columns[c][w]: column c of word w, "" where missing
  std::vector<TaggerWord> tagger_words;           // column 0 as the taggers see it, document case told
  size_t document = 0;                            // how many "# doc" lines come before it
};

// The sentences of the file at `path`, `columns` columns each. Each word learns how its
// document writes it (DocumentCaseCounter), as the compiler tells the words of an article.
// Exits with status 2 when the file cannot be read.
std::vector<TsvSentence> ReadTsvCorpus(const std::string& path, size_t columns);

// Fisher-Yates with a fixed-seed mt19937, whose output the standard fixes (std::shuffle's use
// of it is left to the library): the same order on every machine.
void Shuffle(std::vector<size_t>* order, std::mt19937* rng);

}  // namespace kg::compiler
