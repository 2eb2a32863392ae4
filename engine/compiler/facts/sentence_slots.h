// engine/compiler/facts/sentence_slots.h — the references of one sentence, resolved: names,
// pronouns, "the pair", the quoted "I" and "the book", each to the article's entities.
#pragma once

#include <string>
#include <vector>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// A named or pronoun reference in a sentence, resolved to local entities.
struct Slot {
  size_t first = 0, last = 0;
  std::vector<int> entities;
  bool plural = false;
  bool possessive = false;  // "his" in "his book": names the owner, not an actor
};

// A named work with the kind of work its cue names: "his novel, W" -> (W, "book").
struct KindedWork {
  size_t sentence, token;
  int entity;
  std::string kind;
};

// Every work mention with a work noun just before it, in text order (computed once per article).
std::vector<KindedWork> KindedWorks(const ArticleAnalysis& article);

// The slots of one sentence, in token order: its names, then pronouns, "the pair", the
// quoted "I" and "the book" resolved.
std::vector<Slot> SentenceSlots(const ArticleAnalysis& article, const std::vector<KindedWork>& works, size_t sentence);

}  // namespace kg::compiler
