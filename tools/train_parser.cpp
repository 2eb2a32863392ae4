// kg-train-parser: trains the dependency parser shipped as engine/compiler/parser/models/
// parser.model from the trees scripts/fetch-training-data.sh prepares.
//
//   kg-train-parser --data DIR --model FILE
//
// DIR holds dep-train.tsv, dep-dev.tsv (EWT dev) and dep-dev-gum.tsv (GUM academic, court and
// voyage dev): one word per line ("word<TAB>PTB tag<TAB>head<TAB>relation"), a blank line after
// each sentence, "# doc ID" before each document. The parser meets the tags of kg's tagger, not
// gold ones, so it is trained on predicted tags: the training documents are split into folds,
// and each fold is tagged by a part-of-speech model trained (as kg-train-tagger does) on the
// other folds; the development sets are tagged by the model of fold 0, which never saw them.
// Accuracy on the development sets (UAS, LAS) is printed. Training is deterministic: the same
// files and options give a byte-identical model.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>

#include "engine/compiler/parser/parser_training.h"
#include "engine/compiler/tagger/sequence_tagger.h"
#include "tools/tsv_corpus.h"

namespace kg::compiler {
namespace {

struct Sentence {
  std::vector<std::string> words, gold_pos, pos, relations;  // pos: as the tagger predicts them
  std::vector<int> heads;                                    // [0] unused, 0 = root
  std::vector<TaggerWord> tagger_words;
  size_t document = 0;
};

// One TSV file: word, PTB tag, head, relation.
std::vector<Sentence> ReadTrees(const std::string& path) {
  std::vector<Sentence> sentences;
  for (TsvSentence& read : ReadTsvCorpus(path, 4)) {
    Sentence s;
    s.words = std::move(read.columns[0]);
    s.gold_pos = std::move(read.columns[1]);
    s.pos = s.gold_pos;
    s.heads.push_back(0);
    for (const std::string& head : read.columns[2]) s.heads.push_back(std::stoi(head));
    s.relations = std::move(read.columns[3]);
    s.tagger_words = std::move(read.tagger_words);
    s.document = read.document;
    sentences.push_back(std::move(s));
  }
  return sentences;
}

// A part-of-speech model trained on `sentences` as kg-train-tagger trains the shipped one, pruned
// and quantised as shipped.
Perceptron TrainTagger(const std::vector<const Sentence*>& sentences, const std::vector<std::string>& tagset,
                       int iterations) {
  Perceptron model(tagset);
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(20261201);
  for (int it = 0; it < iterations; ++it) {
    for (size_t i : order) {
      std::vector<int> gold;
      for (const auto& t : sentences[i]->gold_pos) gold.push_back(std::max(0, model.ClassId(t)));
      TrainSentence(TagTask::kPartOfSpeech, &model, sentences[i]->tagger_words, {}, gold);
    }
    Shuffle(&order, &rng);
  }
  model.Average();
  Perceptron shipped;
  Status s = shipped.Load(model.Serialize(0.05f));
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    std::exit(1);
  }
  return shipped;
}

void Tag(const Perceptron& model, Sentence* s) {
  std::vector<int> tags = TagSentence(TagTask::kPartOfSpeech, model, s->tagger_words, {});
  for (size_t i = 0; i < tags.size(); ++i) s->pos[i] = model.classes()[static_cast<size_t>(tags[i])];
}

// Tags every training sentence with a model that never saw it (jack-knifing), and the
// development sets with the model of fold 0.
void PredictTags(std::vector<Sentence>* train, std::vector<std::vector<Sentence>*> dev, int folds,
                 int iterations) {
  std::set<std::string> tags;
  for (const auto& s : *train) tags.insert(s.gold_pos.begin(), s.gold_pos.end());
  std::vector<std::string> tagset(tags.begin(), tags.end());
  size_t right = 0, total = 0;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<const Sentence*> others;
    for (const auto& s : *train)
      if (static_cast<int>(s.document % static_cast<size_t>(folds)) != fold) others.push_back(&s);
    Perceptron model = TrainTagger(others, tagset, iterations);
    for (auto& s : *train)
      if (static_cast<int>(s.document % static_cast<size_t>(folds)) == fold) Tag(model, &s);
    if (fold == 0)
      for (auto* set : dev)
        for (auto& s : *set) Tag(model, &s);
    std::fprintf(stderr, "  part-of-speech fold %d of %d tagged\n", fold + 1, folds);
  }
  for (const auto& s : *train)
    for (size_t i = 0; i < s.pos.size(); ++i, ++total) right += s.pos[i] == s.gold_pos[i];
  std::fprintf(stderr, "  predicted tags of the training data: %.4f right\n",
               double(right) / double(total ? total : 1));
  right = total = 0;
  for (const auto& s : *dev.front())
    for (size_t i = 0; i < s.pos.size(); ++i, ++total) right += s.pos[i] == s.gold_pos[i];
  std::fprintf(stderr, "  predicted tags of the first development set: %.4f right\n",
               double(right) / double(total ? total : 1));
}

std::vector<ParseWord> Words(const Sentence& s) {
  std::vector<std::string_view> texts(s.words.begin(), s.words.end()), tags(s.pos.begin(), s.pos.end());
  return DependencyParser::Words(texts, tags);
}

bool Punctuation(const std::string& tag) {
  return tag == "," || tag == "." || tag == ":" || tag == "``" || tag == "''" || tag == "-LRB-" ||
         tag == "-RRB-" || tag == "HYPH" || tag == "NFP";
}

void Evaluate(const DependencyParser& parser, const std::vector<Sentence>& set, const char* name) {
  size_t total = 0, heads = 0, labelled = 0, words = 0, word_heads = 0, word_labelled = 0;
  for (const auto& s : set) {
    DependencyTree tree = parser.Parse(Words(s));
    for (size_t i = 0; i < s.words.size(); ++i) {
      const bool head = tree.heads[i] + 1 == s.heads[i + 1];
      const bool label = head && parser.labels()[static_cast<size_t>(tree.labels[i])] == s.relations[i];
      ++total, heads += head, labelled += label;
      if (Punctuation(s.gold_pos[i])) continue;
      ++words, word_heads += head, word_labelled += label;
    }
  }
  auto share = [](size_t a, size_t b) { return b ? double(a) / double(b) : 0.0; };
  std::fprintf(stderr, "  %-8s UAS %.4f LAS %.4f (%zu words); without punctuation UAS %.4f LAS %.4f\n", name,
               share(heads, total), share(labelled, total), total, share(word_heads, words),
               share(word_labelled, words));
}

int Main(int argc, char** argv) {
  CLI::App app{"Trains kg's dependency parser"};
  std::string data, model_path;
  int folds = 4, pos_iterations = 6, move_iterations = 8, label_iterations = 4;
  // Averaged weights below 1.5 are mostly of features seen a few times: dropping them shrinks
  // the model sixfold for under half a point of UAS (--compare-min-weights), and a smaller
  // table is a faster one.
  float min_weight = 1.5f;
  std::vector<float> compare_min_weights;
  app.add_option("--data", data, "folder with dep-train.tsv, dep-dev.tsv, dep-dev-gum.tsv")->required();
  app.add_option("--model", model_path, "the model file to write")->required();
  app.add_option("--pos-folds", folds, "jack-knife folds for predicted tags (0: train on gold tags)");
  app.add_option("--pos-iterations", pos_iterations);
  app.add_option("--iterations", move_iterations, "passes over the data for the moves");
  app.add_option("--label-iterations", label_iterations);
  app.add_option("--min-weight", min_weight, "averaged weights below this are dropped");
  app.add_option("--compare-min-weights", compare_min_weights,
                 "also print size and accuracy pruned at these");
  CLI11_PARSE(app, argc, argv);

  std::vector<Sentence> train = ReadTrees(data + "/dep-train.tsv"), dev = ReadTrees(data + "/dep-dev.tsv"),
                        dev_gum = ReadTrees(data + "/dep-dev-gum.tsv");
  std::set<std::string> relation_set;
  for (const auto& s : train) relation_set.insert(s.relations.begin(), s.relations.end());
  std::fprintf(stderr, "parser: %zu training sentences, %zu relations\n", train.size(), relation_set.size());
  if (folds > 1) PredictTags(&train, {&dev, &dev_gum}, folds, pos_iterations);

  DependencyParser parser(std::vector<std::string>(relation_set.begin(), relation_set.end()));
  std::vector<std::vector<ParseWord>> words;
  std::vector<std::vector<int>> labels;
  for (const auto& s : train) {
    words.push_back(Words(s));
    labels.emplace_back(1, -1);
    for (const auto& r : s.relations) labels.back().push_back(parser.label_model().ClassId(r));
  }
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(20261202);
  for (int it = 0; it < move_iterations; ++it) {
    TrainingCounts c;
    for (size_t i : order) {
      TrainingCounts one = TrainMoves(&parser.move_model(), words[i], train[i].heads, it > 0, &rng);
      c.right += one.right, c.total += one.total;
    }
    std::fprintf(stderr, "  moves iteration %d: %.4f of %zu decisions right\n", it + 1,
                 double(c.right) / double(c.total), c.total);
    Shuffle(&order, &rng);
  }
  for (int it = 0; it < label_iterations; ++it) {
    TrainingCounts c;
    for (size_t i : order) {
      TrainingCounts one =
          TrainLabels(&parser.label_model(), parser.root_label(), words[i], train[i].heads, labels[i]);
      c.right += one.right, c.total += one.total;
    }
    std::fprintf(stderr, "  labels iteration %d: %.4f of %zu right\n", it + 1,
                 double(c.right) / double(c.total), c.total);
    Shuffle(&order, &rng);
  }
  parser.move_model().Average();
  parser.label_model().Average();
  for (float w : compare_min_weights) {
    std::string pruned = parser.Serialize(w);
    DependencyParser loaded;
    if (!loaded.Load(pruned).ok()) return 1;
    std::fprintf(stderr, "pruned at %.3f: %zu bytes\n", w, pruned.size());
    Evaluate(loaded, dev, "EWT dev");
  }
  std::string bytes = parser.Serialize(min_weight);
  DependencyParser shipped;  // what the compiler will load: pruned and quantised
  Status s = shipped.Load(bytes);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  std::fprintf(stderr, "with %s tags:\n", folds > 1 ? "predicted" : "gold");
  Evaluate(shipped, dev, "EWT dev");
  Evaluate(shipped, dev_gum, "GUM dev");
  std::ofstream out(model_path, std::ios::binary);
  out << bytes;
  if (!out) {
    std::cerr << "cannot write " << model_path << "\n";
    return 2;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", model_path.c_str(), bytes.size());
  return 0;
}

}  // namespace
}  // namespace kg::compiler

int main(int argc, char** argv) { return kg::compiler::Main(argc, argv); }
