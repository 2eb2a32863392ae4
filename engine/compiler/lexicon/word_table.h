// engine/compiler/lexicon/word_table.h — the lexicon's word lists as read-only hash tables.
//
// Built once from the loaded lists, then looked up by string_view without building a string:
// Find() matches the word as written, FindLower() its ASCII lower case (AsciiLower), folded
// while hashing and comparing, so "Britain" finds "britain" with no copy.
//
// The tables are large (the dictionaries hold some 200,000 words) and most words looked up
// are in none of them, so a lookup is mostly cache misses: each slot holds part of its key's
// hash beside the key's index, and a word that is absent is turned away by the slots alone;
// the keys' bytes sit one after another in one array; all of it in huge pages (huge_pages.h).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/compiler/tagger/huge_pages.h"

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
    t.values_.reserve(n);
    t.key_begins_.reserve(n + 1);
    t.key_begins_.push_back(0);
    for (const auto& [key, value] : pairs) {
      uint64_t h = Hash<false>(key);
      size_t s = h & t.mask_;
      while (t.slots_[s] != 0) s = (s + 1) & t.mask_;
      t.key_chars_.insert(t.key_chars_.end(), key.begin(), key.end());
      t.key_begins_.push_back(static_cast<uint32_t>(t.key_chars_.size()));
      t.values_.push_back(value);
      t.slots_[s] = (h >> 32) << 32 | t.values_.size();
    }
    return t;
  }

  bool empty() const { return values_.empty(); }
  const Value* Find(std::string_view word) const { return Lookup<false>(word); }
  const Value* FindLower(std::string_view word) const { return Lookup<true>(word); }

 private:
  static char Fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

  // Eight bytes at a time with Fold() applied to each (its bytes above 'Z' and below 'A',
  // UTF-8 included, stay as they are): the words' capitals are found without a branch.
  static uint64_t FoldEight(uint64_t x) {
    const uint64_t low7 = x & 0x7F7F7F7F7F7F7F7Full;
    const uint64_t above_z = low7 + 0x2525252525252525ull;  // high bit set where > 'Z'
    const uint64_t from_a = low7 + 0x3F3F3F3F3F3F3F3Full;   // high bit set where >= 'A'
    const uint64_t upper = ~x & (from_a ^ above_z) & 0x8080808080808080ull;
    return x | upper >> 2;  // 0x80 >> 2 = 'a' - 'A'
  }

  // Up to eight bytes as one number, byte k in bits 8k to 8k + 7.
  template <bool kLower>
  static uint64_t Chunk(const char* p, size_t n) {
    uint64_t x = 0;
    if (n == 8)
      std::memcpy(&x, p, 8);
    else
      for (size_t k = 0; k < n; ++k) x |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
    return kLower ? FoldEight(x) : x;
  }

  // A word's hash, eight bytes per multiplication (lookups are most of the mention finder's
  // word-list tests, and a byte at a time was most of a lookup's cost).
  template <bool kLower>
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull ^ s.size();
    for (size_t i = 0; i < s.size(); i += 8) {
      h ^= Chunk<kLower>(s.data() + i, std::min<size_t>(8, s.size() - i));
      h *= 0x9E3779B97F4A7C15ull;
      h ^= h >> 32;
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
    for (size_t s = h & mask_;; s = (s + 1) & mask_) {
      uint64_t slot = slots_[s];
      if (slot == 0) return nullptr;
      if (slot >> 32 != h >> 32) continue;
      size_t at = static_cast<uint32_t>(slot) - 1;
      const char* key = key_chars_.data() + key_begins_[at];
      if (key_begins_[at + 1] - key_begins_[at] != word.size()) continue;
      bool same = true;
      for (size_t i = 0; i < word.size() && same; ++i) same = (kLower ? Fold(word[i]) : word[i]) == key[i];
      if (same) return &values_[at];
    }
  }

  // Per slot: the high half of its key's hash, then the key's index + 1 (0 = empty slot).
  std::vector<uint64_t, HugePageAllocator<uint64_t>> slots_;
  std::vector<char, HugePageAllocator<char>> key_chars_;  // the keys, one after another
  // Key i: key_chars_[key_begins_[i], key_begins_[i + 1]).
  std::vector<uint32_t, HugePageAllocator<uint32_t>> key_begins_;
  std::vector<Value> values_;
  size_t mask_ = 0;
};

}  // namespace kg::compiler
