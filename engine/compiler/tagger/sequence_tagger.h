// engine/compiler/tagger/sequence_tagger.h — greedy left-to-right tagging with a perceptron.
//
// Each word's tag is chosen from its features and the tags already chosen to its left
// (Collins 2002; the greedy search of Ratnaparkhi 1996 without the beam). Names are tagged
// BIO ("B-PER", "I-PER", "O"): an I- tag may only continue its own type. Training walks the
// same path, updating the model at every decision, so tagging and learning cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include "engine/compiler/tagger/perceptron.h"
#include "engine/compiler/tagger/tag_features.h"

namespace kg::compiler {

enum class TagTask { kPartOfSpeech, kNames };

// The tags (class ids of `model`) of one sentence. For names, `pos` holds its
// part-of-speech tags; for parts of speech it is ignored.
std::vector<int> TagSentence(TagTask task, const Perceptron& model, const std::vector<TaggerWord>& words,
                             const std::vector<std::string>& pos);

// TagSentence with loaded models (Perceptron::Loaded()) and the scores of `scorer`, prepared
// for the sentence (PartScorer::Prepare): the same tags, faster. For names, `pos` holds the
// part-of-speech tags as class ids of the part-of-speech model.
std::vector<int> TagPrepared(TagTask task, const Perceptron& model, PartScorer* scorer, size_t words,
                             const std::vector<int>& pos);

// One training pass over a sentence: tags it as TagSentence does and updates the model after
// every decision that differs from `gold`. Returns the number of correct decisions.
size_t TrainSentence(TagTask task, Perceptron* model, const std::vector<TaggerWord>& words,
                     const std::vector<std::string>& pos, const std::vector<int>& gold);

}  // namespace kg::compiler
