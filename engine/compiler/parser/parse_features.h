// engine/compiler/parser/parse_features.h — what the parser sees of a sentence.
//
// Two linear models (tagger/perceptron.h) share these features: one chooses the next move
// of the transition system (arc_eager.h) from the words and parts of speech around the stack's
// top and the buffer's front (Zhang & Nivre 2011, without labels: the arcs are labelled once the
// tree is whole), the other chooses each arc's relation from its two ends and their dependents
// in the whole tree. The trainer and the compiler call the same functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/compiler/parser/arc_eager.h"

namespace kg::compiler {

// One word as the features see it: hashes of its lower-case form (digits as "0"), of its last
// three letters (which still tell "-ed" from "-ing" when the tagger is wrong) and of its Penn
// Treebank tag. Index 0 of a sentence's words is the root.
struct ParseWord {
  uint64_t word = 0, suffix = 0, tag = 0;
};
ParseWord MakeParseWord(std::string_view text, std::string_view tag);
ParseWord RootWord();

void MoveFeatures(const ArcEagerState& state, const std::vector<ParseWord>& words,
                  std::vector<uint64_t>* out);

// A whole tree: heads[w] for words 1..n (0 = the root), and each word's dependents.
class ParseTree {
 public:
  explicit ParseTree(const std::vector<int>& heads);
  int Head(int word) const { return heads_[static_cast<size_t>(word)]; }
  // Dependents of `word`, left to right.
  const int* ChildrenBegin(int word) const { return children_.data() + begin_[static_cast<size_t>(word)]; }
  const int* ChildrenEnd(int word) const { return children_.data() + begin_[static_cast<size_t>(word) + 1]; }

 private:
  std::vector<int> heads_, begin_, children_;
};

// The relation of the arc from dependent's head to `dependent` (1..n).
void LabelFeatures(const ParseTree& tree, const std::vector<ParseWord>& words, int dependent,
                   std::vector<uint64_t>* out);

}  // namespace kg::compiler
