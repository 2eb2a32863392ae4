// engine/compiler/tagger/feature_hash.h — features as 64-bit hashes, built without strings.
//
// A feature is a template number and up to three parts ("suffix3" + "ing"); its hash is
// FNV-1a over the parts with a separator, finished by a 64-bit mix. Stable across machines
// and runs, since the shipped models are keyed by these values.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::compiler {

class FeatureHash {
 public:
  explicit FeatureHash(uint32_t feature_template) { Add(feature_template); }

  FeatureHash& Add(std::string_view part) {
    for (unsigned char c : part) Byte(c);
    Byte(0xFF);  // separator: ("ab","c") differs from ("a","bc")
    return *this;
  }
  FeatureHash& Add(uint32_t number) {
    for (int shift = 0; shift < 32; shift += 8) Byte(static_cast<unsigned char>(number >> shift));
    Byte(0xFE);
    return *this;
  }
  uint64_t Done() const {
    uint64_t h = state_;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h == 0 ? 1 : h;  // 0 marks an empty slot in the model's table
  }

 private:
  void Byte(unsigned char c) {
    state_ ^= c;
    state_ *= 0x100000001b3ull;
  }
  uint64_t state_ = 0xcbf29ce484222325ull;
};

}  // namespace kg::compiler
