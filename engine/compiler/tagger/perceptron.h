// engine/compiler/tagger/perceptron.h — the linear model behind both taggers.
//
// A multiclass averaged perceptron over hashed features (Collins 2002). Features are 64-bit
// hashes (see feature_hash.h), so no feature string is ever built while tagging. The same
// class scores at run time and learns in the training tool; Save() keeps only features
// whose averaged weights matter, quantised to 16 bits, so the shipped models stay small.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/compiler/tagger/huge_pages.h"
#include "kg/status.h"

namespace kg::compiler {

class Perceptron {
 public:
  Perceptron() = default;
  explicit Perceptron(std::vector<std::string> classes);

  const std::vector<std::string>& classes() const { return classes_; }
  int ClassId(std::string_view name) const;  // -1 when unknown

  // Adds the weights of `features` to scores (one per class; resized and zeroed first).
  // Features are FeatureHash values, never 0 (0 marks an empty slot of the table).
  void Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const;

  // Run-time scoring in parts, for a loaded model (Load()) only: Accumulate adds the integer
  // weights of `features` to sums (one per class), Finish turns sums into the scores Score()
  // gives for all those features together. The weights are 16-bit integers, and their sums
  // over a word's few dozen features exact in float, so the parts may be added in any order
  // and remembered: the scores are bit-identical.
  bool Loaded() const { return !slots_.empty() && rows_.empty(); }
  void Accumulate(const uint64_t* features, size_t n, int32_t* sums) const;
  void Finish(const int32_t* sums, float* scores) const;
  void Prefetch(const uint64_t* features, size_t n) const;  // before Accumulate, with work between
  uint64_t id() const { return id_; }  // different for every Load(), for remembering its sums

  // Training: one perceptron step (no-op when guess == truth), then Average() once at the end.
  void Update(int truth, int guess, const std::vector<uint64_t>& features);
  void Average();

  // The compact model file: header, class names, then per kept feature its hash and its
  // non-zero (class, weight) pairs. Load() accepts what Save() wrote, from memory.
  std::string Serialize(float min_weight) const;
  Status Load(std::string_view bytes);

 private:
  struct Row {  // a feature's weights while training, with the sums behind the average
    std::vector<float> weights, totals;
    std::vector<int64_t> stamps;
  };
  void LearnOne(uint64_t feature, int cls, float delta);

  std::vector<std::string> classes_;
  // Training-time weights.
  std::unordered_map<uint64_t, Row> rows_;
  int64_t updates_ = 0;
  // Run-time weights: an open-addressing table from feature hash to a span of entries. A
  // lookup (in huge pages, huge_pages.h) is a cache miss into the slots and one into the
  // entries; Score() issues all of a word's misses at once (prefetch) instead of waiting for
  // them one by one.
  struct Entry {
    uint16_t cls;
    int16_t weight;  // quantised: real weight = weight * scale_
  };
  struct Slot {
    uint64_t key = 0;  // 0 = empty slot
    // Its entries: [begin, end) of entries_; or, for a feature with one or two entries, the
    // entries themselves (Inline(): kInline | cls << 16 | uint16 weight each, end 0 for none),
    // which saves a lookup its cache miss.
    uint32_t begin = 0, end = 0;
    static constexpr uint32_t kInline = 0x80000000u;
    bool Inline() const { return begin & kInline; }
  };
  static uint32_t Pack(Entry e) { return Slot::kInline | uint32_t{e.cls} << 16 | static_cast<uint16_t>(e.weight); }
  static uint16_t PackedClass(uint32_t p) { return static_cast<uint16_t>((p & ~Slot::kInline) >> 16); }
  static int16_t PackedWeight(uint32_t p) { return static_cast<int16_t>(static_cast<uint16_t>(p & 0xFFFF)); }
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
  float scale_ = 1.0f;
  uint64_t mask_ = 0;
  uint64_t id_ = 0;
};

}  // namespace kg::compiler
