// engine/compiler/parser/dependency_parser.h — labelled dependency trees, greedily.
//
// A sentence's words and parts of speech go in; each word's head and Universal Dependencies
// relation come out. The tree is built by the arc-eager moves (arc_eager.h), each the best of
// a perceptron's scores (no beam: 2n decisions per sentence), then every arc is labelled by a
// second perceptron that sees the whole tree. Both models are in one file (Serialize/Load).
// A loaded parser is read-only: one instance may parse on any number of threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/compiler/parser/parse_features.h"
#include "engine/compiler/tagger/perceptron.h"
#include "kg/status.h"

namespace kg::compiler {

struct DependencyTree {
  std::vector<int> heads;   // per word: the index of its head, -1 for the root
  std::vector<int> labels;  // per word: a class of DependencyParser::labels()
};

class DependencyParser {
 public:
  DependencyParser() = default;
  // For training: an empty model over these relations (which must include "root").
  explicit DependencyParser(std::vector<std::string> relations);

  const std::vector<std::string>& labels() const { return labels_.classes(); }
  Perceptron& move_model() { return moves_; }
  Perceptron& label_model() { return labels_; }

  // The words of a sentence as the parser's features see them, the root first.
  static std::vector<ParseWord> Words(const std::vector<std::string_view>& texts,
                                      const std::vector<std::string_view>& tags);

  // The tree of words (from Words()); empty for an empty sentence.
  DependencyTree Parse(const std::vector<ParseWord>& words) const;

  // Heads (words 1..n, 0 for the root; [0] unused) to per-word relation classes.
  std::vector<int> Label(const std::vector<ParseWord>& words, const std::vector<int>& heads) const;
  int root_label() const { return root_; }
  uint64_t id() const { return labels_.id(); }  // different for every Load(), 0 before any

  // The model file: "KGDP0001", then the move model and the label model, each as a uint32
  // byte length and Perceptron::Serialize's bytes. Load() leaves the parser as it was on error.
  std::string Serialize(float min_weight) const;
  Status Load(std::string_view bytes);

 private:
  Perceptron moves_, labels_;
  int root_ = -1;
};

}  // namespace kg::compiler
