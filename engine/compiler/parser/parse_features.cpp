#include "engine/compiler/parser/parse_features.h"

#include <algorithm>
#include <string>

#include "engine/compiler/tagger/feature_hash.h"

namespace kg::compiler {

namespace {

// Features are template numbers mixed with word and tag hashes; stable across machines, since
// the shipped model is keyed by them. Template numbers are never reused for another meaning.
uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// The parts are hashes already (or small numbers): one multiply each and one mix suffice.
uint64_t Feature(uint32_t feature_template, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Mix(0x27D4EB2F165667C5ull * (feature_template + 1) + a * 0x9E3779B97F4A7C15ull +
                   b * 0xC2B2AE3D27D4EB4Full + c * 0x165667B19E3779F9ull);
  return h == 0 ? 1 : h;
}

// Word distances in buckets: 1 2 3 4 5-6 7-10 11+.
uint64_t Distance(int a, int b) {
  int d = std::abs(a - b);
  return d <= 4 ? static_cast<uint64_t>(d) : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

const ParseWord kNone{0x51ED27u, 0x5FF1u, 0x7A61u};  // a word that is not there

}  // namespace

ParseWord MakeParseWord(std::string_view text, std::string_view tag) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9')
      c = '0';
  }
  std::string_view suffix(lower);
  if (suffix.size() > 3) suffix.remove_prefix(suffix.size() - 3);
  return ParseWord{FeatureHash(0).Add(lower).Done(), FeatureHash(3).Add(suffix).Done(),
                   FeatureHash(1).Add(tag).Done()};
}

ParseWord RootWord() {
  return ParseWord{FeatureHash(2).Add("<root>").Done(), FeatureHash(2).Add("<root>").Done(),
                   FeatureHash(2).Add("ROOT").Done()};
}

void MoveFeatures(const ArcEagerState& state, const std::vector<ParseWord>& words,
                  std::vector<uint64_t>* out) {
  out->clear();
  const int root = state.root();
  auto at = [&](int i) { return i < 0 ? kNone : words[i == root ? 0 : static_cast<size_t>(i)]; };
  const int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.Buffer(0), b1 = state.Buffer(1),
            b2 = state.Buffer(2);
  const int s0h = s0 >= 0 ? state.Head(s0) : -1;
  const int s0l = s0 >= 0 ? state.LeftChild(s0) : -1, s0r = s0 >= 0 ? state.RightChild(s0) : -1;
  const int b0l = b0 >= 0 ? state.LeftChild(b0) : -1;
  const ParseWord S0 = at(s0), S1 = at(s1), B0 = at(b0), B1 = at(b1), B2 = at(b2);
  const ParseWord S0h = at(s0h), S0l = at(s0l), S0r = at(s0r), B0l = at(b0l);
  auto& f = *out;
  uint32_t t = 0;
  auto add = [&](uint64_t a, uint64_t b = 0, uint64_t c = 0) { f.push_back(Feature(t++, a, b, c)); };
  // Single words; of the words around them, only the parts of speech.
  add(S0.word), add(S0.tag), add(S0.word, S0.tag);
  add(B0.word), add(B0.tag), add(B0.word, B0.tag);
  add(B1.word), add(B1.tag), add(B1.word, B1.tag);
  add(B2.tag), add(S1.word), add(S1.tag);
  add(S0h.tag), add(S0l.tag), add(S0r.tag), add(B0l.tag);
  // Pairs of the stack's top and the buffer's front.
  add(S0.word, S0.tag, B0.word ^ B0.tag * 3), add(S0.word, S0.tag, B0.word), add(S0.word, B0.word, B0.tag);
  add(S0.word, S0.tag, B0.tag), add(S0.tag, B0.word, B0.tag), add(S0.word, B0.word), add(S0.tag, B0.tag);
  add(B0.tag, B1.tag);
  // Triples of tags.
  add(B0.tag, B1.tag, B2.tag), add(S0.tag, B0.tag, B1.tag), add(S0h.tag, S0.tag, B0.tag);
  add(S0.tag, S0l.tag, B0.tag), add(S0.tag, S0r.tag, B0.tag), add(S0.tag, B0.tag, B0l.tag);
  add(S1.tag, S0.tag, B0.tag);
  // Distance between the stack's top and the buffer's front.
  const uint64_t d = s0 > 0 && b0 > 0 && b0 != root ? Distance(s0, b0) : 0;
  add(S0.tag, d), add(B0.tag, d), add(S0.tag, B0.tag, d);
  // Valency: how many dependents each already has.
  const uint64_t s0vl = s0 >= 0 ? static_cast<uint64_t>(state.LeftCount(s0)) : 0;
  const uint64_t s0vr = s0 >= 0 ? static_cast<uint64_t>(state.RightCount(s0)) : 0;
  const uint64_t b0vl = b0 >= 0 ? static_cast<uint64_t>(state.LeftCount(b0)) : 0;
  add(S0.tag, s0vr), add(S0.tag, s0vl), add(B0.tag, b0vl);
  // Whether the stack's top already has its head (REDUCE or LEFT).
  add(S0.tag, s0h >= 0 ? 1 : 2, B0.tag);
  // Second-order: the next dependents in, and the head's head.
  const ParseWord S0l2 = at(s0 >= 0 ? state.LeftChild2(s0) : -1),
                  S0r2 = at(s0 >= 0 ? state.RightChild2(s0) : -1);
  const ParseWord B0l2 = at(b0 >= 0 ? state.LeftChild2(b0) : -1);
  const ParseWord S0h2 = at(s0h >= 0 && s0h != root ? state.Head(s0h) : -1);
  add(S0l2.tag, S0l.tag, S0.tag), add(S0r2.tag, S0r.tag, S0.tag), add(B0l2.tag, B0l.tag, B0.tag);
  add(S0h2.tag, S0h.tag, S0.tag);
  add(S0.word, S1.word), add(S1.word, S1.tag, B0.tag);
  // Suffixes: what the word's form says of its part of speech.
  add(S0.suffix), add(B0.suffix), add(S0.suffix, B0.tag), add(S0.tag, B0.suffix);
}

ParseTree::ParseTree(const std::vector<int>& heads) : heads_(heads) {
  const size_t n = heads.size();
  begin_.assign(n + 1, 0);
  for (size_t w = 1; w < n; ++w) ++begin_[static_cast<size_t>(heads[w]) + 1];
  for (size_t w = 1; w <= n; ++w) begin_[w] += begin_[w - 1];
  children_.assign(n > 0 ? n - 1 : 0, 0);
  std::vector<int> next(begin_.begin(), begin_.end() - 1);
  for (size_t w = 1; w < n; ++w)
    children_[static_cast<size_t>(next[static_cast<size_t>(heads[w])]++)] = static_cast<int>(w);
}

void LabelFeatures(const ParseTree& tree, const std::vector<ParseWord>& words, int dependent,
                   std::vector<uint64_t>* out) {
  out->clear();
  const int head = tree.Head(dependent);
  const int grand = head > 0 ? tree.Head(head) : -1;
  auto at = [&](int i) {
    return i < 0 || i >= static_cast<int>(words.size()) ? kNone : words[static_cast<size_t>(i)];
  };
  const ParseWord D = at(dependent), H = at(head), G = at(grand);
  const ParseWord before = at(dependent - 1), after = at(dependent + 1);
  const uint64_t dir = dependent < head ? 1 : 2, dist = Distance(dependent, head);
  auto& f = *out;
  uint32_t t = 1000;  // label templates: 1000 and up
  auto add = [&](uint64_t a, uint64_t b = 0, uint64_t c = 0) { f.push_back(Feature(t++, a, b, c)); };
  add(D.word), add(D.tag), add(D.word, D.tag), add(D.suffix, H.tag), add(H.suffix, D.tag);
  add(H.word), add(H.tag), add(H.word, H.tag);
  add(H.tag, D.tag), add(H.word, D.tag), add(H.tag, D.word), add(H.word, D.word);
  add(H.tag, D.tag, dir), add(H.tag, D.tag, dir * 8 + dist), add(D.word, dir), add(D.tag, dir * 8 + dist);
  add(G.tag, H.tag, D.tag), add(before.tag, D.tag, dir), add(D.tag, after.tag, dir),
      add(H.tag, D.tag, head == 0 ? 1 : 2);
  // The dependent's own dependents: "by" makes an agent, "'s" a possessor, "that" a clause.
  const uint32_t own = t, others = t + 1, siblings = t + 2, sibling_tags = t + 3;
  for (const int* c = tree.ChildrenBegin(dependent); c != tree.ChildrenEnd(dependent); ++c) {
    const ParseWord C = at(*c);
    f.push_back(Feature(own, C.word, D.tag, *c < dependent ? 1 : 2));
    f.push_back(Feature(others, C.tag, D.tag, *c < dependent ? 1 : 2));
  }
  // The head's other dependents: "was" before a participle makes its subject passive.
  for (const int* c = tree.ChildrenBegin(head); c != tree.ChildrenEnd(head); ++c) {
    if (*c == dependent) continue;
    const ParseWord C = at(*c);
    const uint64_t side = (*c < dependent) * 2 + (*c < head);
    f.push_back(Feature(siblings, C.word, H.tag, D.tag * 4 + side));
    f.push_back(Feature(sibling_tags, C.tag, H.tag, D.tag * 4 + side));
  }
}

}  // namespace kg::compiler
