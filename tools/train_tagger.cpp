// kg-train-tagger: trains the part-of-speech and name taggers shipped in
// engine/compiler/tagger/models/ from the files scripts/fetch-training-data.sh prepares.
//
//   kg-train-tagger --data DIR --models DIR
//
// DIR holds pos-train.tsv, pos-dev.tsv, ner-train.tsv, ner-extra-btc.tsv (the Broad Twitter
// Corpus, more names for the name tagger) and ner-test.tsv: one word per line
// ("word<TAB>PTB tag<TAB>BIO name tag", "_" where a corpus has no such layer), a blank line
// after each sentence, "# doc ID" before each document. Training is deterministic: the same
// files give byte-identical models. The name tagger is trained on the tags of the freshly
// trained part-of-speech model, as it will meet them in use.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

#include <CLI/CLI.hpp>

#include "engine/compiler/tagger/sequence_tagger.h"
#include "tools/tsv_corpus.h"

namespace kg::compiler {
namespace {

struct Sentence {
  std::vector<std::string> words, pos, names;
  std::vector<TaggerWord> features;  // words with cues and document case
  bool has_pos = true, has_names = true;
};

// One TSV file: word, PTB tag, BIO name tag.
std::vector<Sentence> ReadCorpus(const std::string& path) {
  std::vector<Sentence> sentences;
  for (TsvSentence& read : ReadTsvCorpus(path, 3)) {
    Sentence s;
    s.words = std::move(read.columns[0]);
    s.pos = std::move(read.columns[1]);
    s.names = std::move(read.columns[2]);
    s.features = std::move(read.tagger_words);
    for (size_t w = 0; w < s.words.size(); ++w) {
      if (s.pos[w] == "_" || s.pos[w].empty()) s.has_pos = false;
      if (s.names[w] == "_" || s.names[w].empty()) s.has_names = false;
    }
    sentences.push_back(std::move(s));
  }
  return sentences;
}

std::vector<int> ClassIds(const Perceptron& model, const std::vector<std::string>& tags) {
  std::vector<int> ids;
  for (const auto& t : tags) ids.push_back(std::max(0, model.ClassId(t)));
  return ids;
}

Perceptron Train(TagTask task, const std::vector<Sentence>& corpus, std::vector<std::string> classes, int iterations,
                 float min_weight, std::string* bytes) {
  Perceptron model(std::move(classes));
  std::vector<size_t> order;
  for (size_t s = 0; s < corpus.size(); ++s)
    if (task == TagTask::kPartOfSpeech ? corpus[s].has_pos : corpus[s].has_names) order.push_back(s);
  std::mt19937 rng(20261201);
  for (int it = 0; it < iterations; ++it) {
    size_t correct = 0, total = 0;
    for (size_t s : order) {
      const Sentence& sentence = corpus[s];
      const auto& gold = task == TagTask::kPartOfSpeech ? sentence.pos : sentence.names;
      correct += TrainSentence(task, &model, sentence.features, sentence.pos, ClassIds(model, gold));
      total += sentence.words.size();
    }
    std::fprintf(stderr, "  iteration %d: %.4f of %zu decisions right\n", it + 1,
                 total ? static_cast<double>(correct) / static_cast<double>(total) : 0.0, total);
    Shuffle(&order, &rng);
  }
  model.Average();
  *bytes = model.Serialize(min_weight);
  Perceptron shipped;  // what the compiler will load: pruned and quantised
  Status s = shipped.Load(*bytes);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    std::exit(1);
  }
  return shipped;
}

void TagPos(const Perceptron& model, std::vector<Sentence>* corpus) {
  for (auto& s : *corpus) {
    std::vector<int> tags = TagSentence(TagTask::kPartOfSpeech, model, s.features, {});
    for (size_t i = 0; i < tags.size(); ++i) s.pos[i] = model.classes()[static_cast<size_t>(tags[i])];
  }
}

double PosAccuracy(const Perceptron& model, const std::vector<Sentence>& corpus) {
  size_t right = 0, total = 0;
  for (const auto& s : corpus) {
    if (!s.has_pos) continue;
    std::vector<int> tags = TagSentence(TagTask::kPartOfSpeech, model, s.features, {});
    for (size_t i = 0; i < tags.size(); ++i, ++total)
      if (model.classes()[static_cast<size_t>(tags[i])] == s.pos[i]) ++right;
  }
  return total ? static_cast<double>(right) / static_cast<double>(total) : 0.0;
}

// Spans (first, last, type) of a BIO sequence.
std::vector<std::tuple<size_t, size_t, std::string>> Spans(const std::vector<std::string>& tags) {
  std::vector<std::tuple<size_t, size_t, std::string>> spans;
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i].size() < 3) continue;
    std::string type = tags[i].substr(2);
    if (tags[i][0] == 'I' && !spans.empty() && std::get<1>(spans.back()) + 1 == i && std::get<2>(spans.back()) == type)
      std::get<1>(spans.back()) = i;
    else spans.emplace_back(i, i, type);
  }
  return spans;
}

void NameScores(const Perceptron& model, const std::vector<Sentence>& corpus) {
  std::map<std::string, std::array<size_t, 3>> counts;  // type -> right, predicted, gold
  for (const auto& s : corpus) {
    if (!s.has_names) continue;
    std::vector<std::string> guess;
    for (int t : TagSentence(TagTask::kNames, model, s.features, s.pos)) guess.push_back(model.classes()[static_cast<size_t>(t)]);
    auto g = Spans(s.names), p = Spans(guess);
    for (const auto& span : g) ++counts[std::get<2>(span)][2];
    for (const auto& span : p) {
      ++counts[std::get<2>(span)][1];
      if (std::find(g.begin(), g.end(), span) != g.end()) ++counts[std::get<2>(span)][0];
    }
  }
  std::array<size_t, 3> all{};
  for (const auto& [type, c] : counts) {
    for (int k = 0; k < 3; ++k) all[k] += c[k];
    double p = c[1] ? double(c[0]) / double(c[1]) : 0, r = c[2] ? double(c[0]) / double(c[2]) : 0;
    std::fprintf(stderr, "  %-4s P %.3f R %.3f F1 %.3f (gold %zu)\n", type.c_str(), p, r, p + r > 0 ? 2 * p * r / (p + r) : 0, c[2]);
  }
  double p = all[1] ? double(all[0]) / double(all[1]) : 0, r = all[2] ? double(all[0]) / double(all[2]) : 0;
  std::fprintf(stderr, "  all  P %.3f R %.3f F1 %.3f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
}

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) {
    std::cerr << "cannot write " << path << "\n";
    std::exit(2);
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", path.c_str(), bytes.size());
}

int Main(int argc, char** argv) {
  CLI::App app{"Trains kg's part-of-speech and name taggers"};
  std::string data, models;
  int pos_iterations = 6, name_iterations = 12;
  float pos_min = 0.05f, name_min = 0.05f;
  app.add_option("--data", data, "folder with pos-train.tsv, pos-dev.tsv, ner-train.tsv, ner-extra-btc.tsv, ner-test.tsv")
      ->required();
  app.add_option("--models", models, "folder to write pos.model and names.model")->required();
  app.add_option("--pos-iterations", pos_iterations);
  app.add_option("--name-iterations", name_iterations);
  app.add_option("--pos-min-weight", pos_min, "averaged weights below this are dropped");
  app.add_option("--name-min-weight", name_min);
  CLI11_PARSE(app, argc, argv);

  std::vector<Sentence> pos_train = ReadCorpus(data + "/pos-train.tsv"), pos_dev = ReadCorpus(data + "/pos-dev.tsv");
  std::set<std::string> tagset;
  for (const auto& s : pos_train)
    if (s.has_pos) tagset.insert(s.pos.begin(), s.pos.end());
  std::fprintf(stderr, "part of speech: %zu sentences, %zu tags\n", pos_train.size(), tagset.size());
  std::string pos_bytes;
  Perceptron pos = Train(TagTask::kPartOfSpeech, pos_train, {tagset.begin(), tagset.end()}, pos_iterations, pos_min, &pos_bytes);
  std::fprintf(stderr, "  accuracy on pos-dev: %.4f\n", PosAccuracy(pos, pos_dev));
  Write(models + "/pos.model", pos_bytes);

  std::vector<Sentence> name_train = ReadCorpus(data + "/ner-train.tsv"), name_test = ReadCorpus(data + "/ner-test.tsv");
  for (Sentence& s : ReadCorpus(data + "/ner-extra-btc.tsv")) name_train.push_back(std::move(s));
  TagPos(pos, &name_train);
  TagPos(pos, &name_test);
  std::fprintf(stderr, "names: %zu sentences\n", name_train.size());
  std::string name_bytes;
  Perceptron names = Train(TagTask::kNames, name_train, {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"},
                           name_iterations, name_min, &name_bytes);
  std::fprintf(stderr, "  on ner-test:\n");
  NameScores(names, name_test);
  Write(models + "/names.model", name_bytes);
  return 0;
}

}  // namespace
}  // namespace kg::compiler

int main(int argc, char** argv) { return kg::compiler::Main(argc, argv); }
