// engine/compiler/tagger/tag_features.h — what the taggers see of a word and its context.
//
// One function per tagger turns a position of a sentence into hashed features; the training
// tool and the compiler call the same functions, so a model always meets the features it was
// trained on. Word cues come from general word lists (the lexicon: titles, organisation and
// place words, iso-codes countries, tzdata cities, the system dictionaries); how the rest of
// the article writes a word decides sentence-initial and all-capitals words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::compiler {

class Perceptron;

// Cues from the word lists, one bit each.
enum WordCue : uint32_t {
  kCueCountryOrCity = 1u << 0,  // inside a country, region or city name (iso-codes, tzdata)
  kCuePersonTitle = 1u << 1,    // Mr, Judge, Secretary ...
  kCueOrgWord = 1u << 2,        // Council, Ltd, University ...
  kCuePlaceWord = 1u << 3,      // Street, River, Bridge ...
  kCueCommonWord = 1u << 4,     // in the dictionary in lower case
  kCueProperNoun = 1u << 5,     // in the dictionary capitalised
  kCueMonthOrDay = 1u << 6,
  kCueOccupation = 1u << 7,     // dealer, officer, ...
  kCueOrgNoun = 1u << 8,        // charity, company, ...
  kCueAwardWord = 1u << 9,
  kCueWordNetPerson = 1u << 10,  // inside a name WordNet knows as a person, place, organisation
  kCueWordNetPlace = 1u << 11,
  kCueWordNetOrganization = 1u << 12,
  kCueGivenName = 1u << 13,      // Christopher, Auguste, ...
};

// How the article writes a word where its case means something (not at a sentence start, not
// in a headline in capitals or Title Case).
enum class DocumentCase : uint8_t { kUnseen, kCapitalised, kLowerCase, kBoth };

struct TaggerWord {
  std::string text;   // as written (normalised quotes)
  std::string lower;
  std::string shape;  // letters as X/x, digits as d, runs of one kind cut to two: "Xxx-Xx", "dd"
  uint32_t cues = 0;
  DocumentCase document_case = DocumentCase::kUnseen;
  bool initial = false;     // first word of its sentence or quotation
  bool shouting = false;    // in a sentence written in capitals or Title Case
  // Where MakeTaggerWords remembers the word (its per-thread word cache): the slot of `text`,
  // the id of `lower` and the cache's generation then; kNoWord for words made otherwise. Only
  // speeds up PartScorer and DocumentCaseCounter, never changes what they give.
  static constexpr uint32_t kNoWord = 0xFFFFFFFFu;
  uint32_t word_id = kNoWord, lower_id = kNoWord, generation = 0;
};

// The words of one sentence with shapes and word-list cues (not yet the document case).
// `words` by value: a caller done with them moves them in.
std::vector<TaggerWord> MakeTaggerWords(std::vector<std::string> words);

// Starts the thread's word cache afresh when it has grown past its bound. Words made before
// then fall back to lookups by text; TagArticle calls it before an article's first sentence.
void TrimTaggerWordCache();

// Counts, over a whole article, how each word is written, then tells each word of it.
class DocumentCaseCounter {
 public:
  void Count(const std::vector<TaggerWord>& sentence);
  void Apply(std::vector<TaggerWord>* sentence) const;

 private:
  struct Counts {
    int capitalised = 0, lower_case = 0;
  };
  Counts* Find(const TaggerWord& w, bool insert);
  const Counts* Find(const TaggerWord& w) const { return const_cast<DocumentCaseCounter*>(this)->Find(w, false); }
  // By lower_id while all words come from one generation of the word cache (with the lower-case
  // form kept, should words of another generation come), else by lower-case form.
  mutable bool by_text_ = false;
  uint32_t generation_ = 0;
  mutable std::vector<uint32_t> by_id_;  // lower_id -> 1 + its place in counted_, or 0
  mutable std::vector<std::pair<std::string, Counts>> counted_;
  mutable std::unordered_map<std::string, Counts> by_text_map_;
};

// Part of speech (Penn Treebank tags) at position i, given the tags chosen before it.
void PosFeatures(const std::vector<TaggerWord>& words, size_t i, const std::vector<int>& tags,
                 std::vector<uint64_t>* out);

// Named-entity BIO tag at position i, given the sentence's part-of-speech tags and the entity
// tags chosen before it.
void NameFeatures(const std::vector<TaggerWord>& words, const std::vector<std::string>& pos, size_t i,
                  const std::vector<int>& tags, std::vector<uint64_t>* out);

// The scores PosFeatures and NameFeatures give under loaded models (Perceptron::Loaded()),
// bit-identical, summed in parts instead: what depends on one word alone (its own features,
// its features as the neighbour of another) is summed once per distinct word and remembered
// (a bounded per-thread cache shared by the articles a thread compiles), what depends on tags
// or parts of speech once per tag pair; only the rest is looked up per occurrence. One
// sentence at a time: Prepare(), then the scores of each position, left to right.
class PartScorer {
 public:
  PartScorer(const Perceptron& pos_model, const Perceptron& name_model);
  void Prepare(const std::vector<TaggerWord>& words);
  // Scores (one per class of the model) of position i; tags as for PosFeatures.
  void PosScores(size_t i, const std::vector<int>& tags, float* scores);
  // pos: the sentence's part-of-speech tags as class ids of the part-of-speech model.
  void NameScores(size_t i, const std::vector<int>& pos, const std::vector<int>& tags, float* scores);

  struct WordEntry;
  struct ModelMemo;

 private:
  const Perceptron& pos_model_;
  const Perceptron& name_model_;
  const std::vector<TaggerWord>* words_ = nullptr;
  std::vector<WordEntry*> entries_;  // per position, with two before and two after: the boundaries
  std::vector<int32_t> sums_;
  std::vector<uint64_t> features_;
  // Per position, the name model's word-pair features (PrevLowerLower, LowerNextLower): known
  // before any tag, so NameScores fetches their weights a few positions ahead.
  std::vector<uint64_t> pairs_;
};

}  // namespace kg::compiler
