// engine/compiler/parser/parser_training.h — one training pass of each of the parser's models.
//
// Used by tools/train_parser.cpp only. The moves are learned with the dynamic oracle
// (ArcEagerState::Cost): at every step the best-scoring of the cheapest moves is the truth;
// when exploring, the parser then follows its own guess (with probability 0.9 when that guess
// was wrong), so it learns from the states its own mistakes lead to (Goldberg & Nivre 2012).
// The relations are learned on the gold trees.
#pragma once

#include <random>
#include <vector>

#include "engine/compiler/parser/dependency_parser.h"

namespace kg::compiler {

struct TrainingCounts {
  size_t right = 0, total = 0;
};

// words from DependencyParser::Words; gold_heads[w] for words 1..n ([0] unused), 0 = root.
TrainingCounts TrainMoves(Perceptron* model, const std::vector<ParseWord>& words,
                          const std::vector<int>& gold_heads, bool explore, std::mt19937* rng);

// gold_labels[w]: classes of the label model, for words 1..n ([0] unused).
TrainingCounts TrainLabels(Perceptron* model, int root_label, const std::vector<ParseWord>& words,
                           const std::vector<int>& gold_heads, const std::vector<int>& gold_labels);

}  // namespace kg::compiler
