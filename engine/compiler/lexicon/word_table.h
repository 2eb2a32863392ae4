// engine/compiler/lexicon/word_table.h — the lexicon's word lists as read-only hash tables.
//
// Built once from the loaded lists, then looked up by string_view without building a string:
// Find() matches the word as written, FindLower() its ASCII lower case (AsciiLower), folded
// byte by byte while hashing and comparing, so "Britain" finds "britain" with no copy.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::compiler {

template <typename Value>
class WordTable {
 public:
  WordTable() = default;
  // From (key, value) pairs with distinct keys, in any order.
  template <typename Pairs>
  static WordTable FromPairs(const Pairs& pairs) {
    WordTable t;
    size_t n = 0;
    for (const auto& p : pairs) (void)p, ++n;
    size_t size = 16;
    while (size < n * 2) size *= 2;
    t.mask_ = size - 1;
    t.slots_.assign(size, 0);
    t.keys_.reserve(n);
    t.values_.reserve(n);
    for (const auto& [key, value] : pairs) {
      uint64_t h = Hash<false>(key);
      size_t s = h & t.mask_;
      while (t.slots_[s] != 0) s = (s + 1) & t.mask_;
      t.keys_.push_back(key);
      t.values_.push_back(value);
      t.hashes_.push_back(static_cast<uint32_t>(h >> 32));
      t.slots_[s] = static_cast<uint32_t>(t.keys_.size());
    }
    return t;
  }

  bool empty() const { return keys_.empty(); }
  const Value* Find(std::string_view word) const { return Lookup<false>(word); }
  const Value* FindLower(std::string_view word) const { return Lookup<true>(word); }

 private:
  static char Fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

  template <bool kLower>
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : s) {
      h ^= static_cast<unsigned char>(kLower ? Fold(c) : c);
      h *= 0x100000001b3ull;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
  }

  template <bool kLower>
  const Value* Lookup(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    uint64_t h = Hash<kLower>(word);
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t s = h & mask_;; s = (s + 1) & mask_) {
      uint32_t at = slots_[s];
      if (at == 0) return nullptr;
      --at;
      if (hashes_[at] != tag) continue;
      const std::string& key = keys_[at];
      if (key.size() != word.size()) continue;
      bool same = true;
      for (size_t i = 0; i < word.size() && same; ++i) same = (kLower ? Fold(word[i]) : word[i]) == key[i];
      if (same) return &values_[at];
    }
  }

  std::vector<uint32_t> slots_;  // index + 1 into keys_, 0 = empty
  std::vector<std::string> keys_;
  std::vector<Value> values_;
  std::vector<uint32_t> hashes_;  // high half of each key's hash
  size_t mask_ = 0;
};

}  // namespace kg::compiler
