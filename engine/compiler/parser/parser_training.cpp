#include "engine/compiler/parser/parser_training.h"

#include <limits>

namespace kg::compiler {

namespace {

// The best-scoring valid move, among those of cost `only_cost` when that is not -1.
int BestMove(const ArcEagerState& state, const std::vector<float>& scores, const int* costs, int only_cost) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int m = 0; m < kMoves; ++m) {
    if (!state.Valid(static_cast<Move>(m)) || (only_cost >= 0 && costs[m] != only_cost)) continue;
    if (scores[static_cast<size_t>(m)] > best_score) {
      best = m;
      best_score = scores[static_cast<size_t>(m)];
    }
  }
  return best;
}

}  // namespace

TrainingCounts TrainMoves(Perceptron* model, const std::vector<ParseWord>& words,
                          const std::vector<int>& gold_heads, bool explore, std::mt19937* rng) {
  TrainingCounts counts;
  ArcEagerState state(static_cast<int>(words.size()) - 1);
  std::vector<uint64_t> features;
  std::vector<float> scores;
  while (!state.Done()) {
    const Move forced = state.Forced();
    if (forced != kNoMove) {  // never scored, so never learned
      state.Apply(forced);
      continue;
    }
    MoveFeatures(state, words, &features);
    model->Score(features, &scores);
    int costs[kMoves];
    int cheapest = std::numeric_limits<int>::max();
    for (int m = 0; m < kMoves; ++m) {
      costs[m] = state.Valid(static_cast<Move>(m)) ? state.Cost(static_cast<Move>(m), gold_heads) : -1;
      if (costs[m] >= 0 && costs[m] < cheapest) cheapest = costs[m];
    }
    const int guess = BestMove(state, scores, costs, -1);
    const int truth = costs[guess] == cheapest ? guess : BestMove(state, scores, costs, cheapest);
    model->Update(truth, guess, features);
    ++counts.total;
    if (guess == truth) ++counts.right;
    // Draw only when the guess was wrong; mt19937 output itself is fixed by the standard (its
    // use by std distributions is not).
    const bool follow_guess = guess == truth || (explore && (*rng)() % 10 < 9);
    state.Apply(static_cast<Move>(follow_guess ? guess : truth));
  }
  return counts;
}

TrainingCounts TrainLabels(Perceptron* model, int root_label, const std::vector<ParseWord>& words,
                           const std::vector<int>& gold_heads, const std::vector<int>& gold_labels) {
  TrainingCounts counts;
  ParseTree tree(gold_heads);
  std::vector<uint64_t> features;
  std::vector<float> scores;
  for (size_t w = 1; w < gold_heads.size(); ++w) {
    if (gold_heads[w] == 0 || gold_labels[w] == root_label) continue;
    LabelFeatures(tree, words, static_cast<int>(w), &features);
    model->Score(features, &scores);
    int guess = -1;
    float best = -std::numeric_limits<float>::infinity();
    for (size_t c = 0; c < scores.size(); ++c)
      if (static_cast<int>(c) != root_label && scores[c] > best) {
        guess = static_cast<int>(c);
        best = scores[c];
      }
    model->Update(gold_labels[w], guess, features);
    ++counts.total;
    if (guess == gold_labels[w]) ++counts.right;
  }
  return counts;
}

}  // namespace kg::compiler
