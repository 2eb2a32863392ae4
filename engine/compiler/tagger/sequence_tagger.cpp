#include "engine/compiler/tagger/sequence_tagger.h"

#include <limits>


namespace kg::compiler {

namespace {

// "I-PER" may follow only "B-PER" or "I-PER".
bool Allowed(const Perceptron& model, int prev, int cls) {
  const std::string& name = model.classes()[static_cast<size_t>(cls)];
  if (name.size() < 3 || name[0] != 'I') return true;
  if (prev < 0) return false;
  const std::string& before = model.classes()[static_cast<size_t>(prev)];
  return before.size() == name.size() && before.compare(1, std::string::npos, name, 1, std::string::npos) == 0;
}

// The class of the highest score, the first of equals; -1 when n is 0.
int Best(const float* scores, size_t n) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (size_t c = 0; c < n; ++c)
    if (scores[c] > best_score) {
      best = static_cast<int>(c);
      best_score = scores[c];
    }
  return best;
}

// The same among the classes that `ok` allows.
int BestAllowed(const float* scores, size_t n, const uint8_t* ok) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (size_t c = 0; c < n; ++c)
    if (scores[c] > best_score && ok[c]) {
      best = static_cast<int>(c);
      best_score = scores[c];
    }
  return best;
}

template <typename Decide>
std::vector<int> Walk(TagTask task, const Perceptron& model, const std::vector<TaggerWord>& words,
                      const std::vector<std::string>& pos, Decide decide) {
  std::vector<int> tags;
  tags.reserve(words.size());
  std::vector<uint64_t> features;
  std::vector<float> scores;
  for (size_t i = 0; i < words.size(); ++i) {
    if (task == TagTask::kPartOfSpeech) PosFeatures(words, i, tags, &features);
    else NameFeatures(words, pos, i, tags, &features);
    model.Score(features, &scores);
    int best = -1;
    float best_score = -std::numeric_limits<float>::infinity();
    int prev = i > 0 ? tags.back() : -1;
    for (size_t c = 0; c < scores.size(); ++c)
      if (scores[c] > best_score && (task == TagTask::kPartOfSpeech || Allowed(model, prev, static_cast<int>(c)))) {
        best = static_cast<int>(c);
        best_score = scores[c];
      }
    tags.push_back(decide(i, best, features));
  }
  return tags;
}

}  // namespace

namespace {

// allowed[(prev + 1) * n + c]: whether name class c may follow prev (-1 at the start); made
// once per loaded model on each thread.
const std::vector<uint8_t>& AllowedAfter(const Perceptron& model) {
  const size_t n = model.classes().size();
  thread_local uint64_t allowed_model = 0;
  thread_local std::vector<uint8_t> allowed;
  if (allowed_model != model.id() || allowed.size() != (n + 1) * n) {
    allowed.assign((n + 1) * n, 1);
    for (int prev = -1; prev < static_cast<int>(n); ++prev)
      for (size_t c = 0; c < n; ++c) allowed[static_cast<size_t>(prev + 1) * n + c] = Allowed(model, prev, static_cast<int>(c));
    allowed_model = model.id();
  }
  return allowed;
}

}  // namespace

std::vector<int> TagPrepared(TagTask task, const Perceptron& model, PartScorer* scorer, size_t words,
                             const std::vector<int>& pos) {
  const size_t n = model.classes().size();
  std::vector<int> tags;
  tags.reserve(words);
  std::vector<float> scores(n);
  if (task == TagTask::kPartOfSpeech) {
    for (size_t i = 0; i < words; ++i) {
      scorer->PosScores(i, tags, scores.data());
      tags.push_back(Best(scores.data(), n));  // every tag may follow every other
    }
    return tags;
  }
  const std::vector<uint8_t>& allowed = AllowedAfter(model);
  for (size_t i = 0; i < words; ++i) {
    scorer->NameScores(i, pos, tags, scores.data());
    tags.push_back(BestAllowed(scores.data(), n, &allowed[static_cast<size_t>((i > 0 ? tags.back() : -1) + 1) * n]));
  }
  return tags;
}

std::vector<int> TagSentence(TagTask task, const Perceptron& model, const std::vector<TaggerWord>& words,
                             const std::vector<std::string>& pos) {
  if (model.classes().empty()) return std::vector<int>(words.size(), 0);
  return Walk(task, model, words, pos, [](size_t, int guess, const std::vector<uint64_t>&) { return guess; });
}

size_t TrainSentence(TagTask task, Perceptron* model, const std::vector<TaggerWord>& words,
                     const std::vector<std::string>& pos, const std::vector<int>& gold) {
  size_t correct = 0;
  Walk(task, *model, words, pos, [&](size_t i, int guess, const std::vector<uint64_t>& features) {
    model->Update(gold[i], guess, features);
    if (guess == gold[i]) ++correct;
    return guess;
  });
  return correct;
}

}  // namespace kg::compiler
