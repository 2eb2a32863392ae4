#include "engine/compiler/parser/dependency_parser.h"

#include <cstring>
#include <limits>

namespace kg::compiler {

namespace {

constexpr char kMagic[8] = {'K', 'G', 'D', 'P', '0', '0', '0', '1'};

// The highest-scoring class that `ok` allows, the first of equals.
template <typename Ok>
int Best(const std::vector<float>& scores, Ok ok) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (size_t c = 0; c < scores.size(); ++c)
    if (scores[c] > best_score && ok(static_cast<int>(c))) {
      best = static_cast<int>(c);
      best_score = scores[c];
    }
  return best;
}

}  // namespace

DependencyParser::DependencyParser(std::vector<std::string> relations)
    : moves_({"shift", "reduce", "left", "right"}),
      labels_(std::move(relations)),
      root_(labels_.ClassId("root")) {}

std::vector<ParseWord> DependencyParser::Words(const std::vector<std::string_view>& texts,
                                               const std::vector<std::string_view>& tags) {
  std::vector<ParseWord> words;
  words.reserve(texts.size() + 1);
  words.push_back(RootWord());
  for (size_t i = 0; i < texts.size(); ++i) words.push_back(MakeParseWord(texts[i], tags[i]));
  return words;
}

DependencyTree DependencyParser::Parse(const std::vector<ParseWord>& words) const {
  const int n = static_cast<int>(words.size()) - 1;
  DependencyTree tree;
  if (n <= 0) return tree;
  ArcEagerState state(n);
  std::vector<uint64_t> features;
  std::vector<float> scores;
  while (!state.Done()) {
    const Move forced = state.Forced();
    if (forced != kNoMove) {
      state.Apply(forced);
      continue;
    }
    MoveFeatures(state, words, &features);
    moves_.Score(features, &scores);
    if (scores.size() != kMoves) scores.assign(kMoves, 0.0f);  // no model: shift and right
    state.Apply(static_cast<Move>(Best(scores, [&](int m) { return state.Valid(static_cast<Move>(m)); })));
  }
  std::vector<int> heads = state.Heads();
  tree.labels = Label(words, heads);
  for (int w = 1; w <= n; ++w) tree.heads.push_back(heads[static_cast<size_t>(w)] - 1);
  return tree;
}

std::vector<int> DependencyParser::Label(const std::vector<ParseWord>& words,
                                         const std::vector<int>& heads) const {
  ParseTree tree(heads);
  std::vector<int> labels;
  std::vector<uint64_t> features;
  std::vector<float> scores;
  for (size_t w = 1; w < heads.size(); ++w) {
    if (heads[w] == 0 || labels_.classes().empty()) {
      labels.push_back(std::max(root_, 0));
      continue;
    }
    LabelFeatures(tree, words, static_cast<int>(w), &features);
    labels_.Score(features, &scores);
    labels.push_back(Best(scores, [&](int c) { return c != root_; }));
  }
  return labels;
}

std::string DependencyParser::Serialize(float min_weight) const {
  std::string out(kMagic, sizeof(kMagic));
  for (const Perceptron* model : {&moves_, &labels_}) {
    std::string bytes = model->Serialize(min_weight);
    uint32_t size = static_cast<uint32_t>(bytes.size());
    out.append(reinterpret_cast<const char*>(&size), sizeof(size));
    out += bytes;
  }
  return out;
}

Status DependencyParser::Load(std::string_view bytes) {
  auto corrupt = [] { return Status::Runtime("parser model is corrupt or of another version"); };
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return corrupt();
  bytes.remove_prefix(sizeof(kMagic));
  Perceptron models[2];
  for (Perceptron& model : models) {
    uint32_t size = 0;
    if (bytes.size() < sizeof(size)) return corrupt();
    std::memcpy(&size, bytes.data(), sizeof(size));
    bytes.remove_prefix(sizeof(size));
    if (bytes.size() < size) return corrupt();
    Status s = model.Load(bytes.substr(0, size));
    if (!s.ok()) return s;
    bytes.remove_prefix(size);
  }
  if (!bytes.empty() || models[0].classes().size() != kMoves || models[1].ClassId("root") < 0)
    return corrupt();
  moves_ = std::move(models[0]);
  labels_ = std::move(models[1]);
  root_ = labels_.ClassId("root");
  return Status::Ok();
}

}  // namespace kg::compiler
