// engine/compiler/mentions/mention_finder.h — names in sentences, and what they name.
//
// A name is a run of capitalised tokens (with "of"/"the" inside, as in "Bank of the
// West"). Its type comes from cues that generalise: a title before it (Mr, PC), an
// organisation or award word in it, a gazetteer entry or a preposition of place before it,
// a work noun before it ("his book, X"). Sentence-initial common words are not names.
#pragma once

#include <optional>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

struct NameSpan {
  size_t sentence = 0;
  size_t first = 0, last = 0;  // token range of the name (titles excluded)
  std::string text;            // normalised surface form
  std::optional<EntityType> type;  // unset: a bare single name, typed by coreference
  std::optional<EntityType> fallback;  // what an untyped name is when it matches no person ("in Seville")
  std::string title;           // "Mr", "PC", "Former PC" ...
  std::string group_name;      // set by VoteNameTypes: the fullest name of its group when that
                               // group names one organisation or place ("Harvard University"
                               // for "Harvard", the words of "MIT")
  bool nested = false;         // inside another name, see Mention::nested
  std::string nickname;        // "Tank" of Terrence "Tank" Vellacott: not part of the name
  std::string short_form_of;   // "UAAR" of "the Union of Rationalist Atheists and Agnostics (UAAR)"
  std::string written_as;      // "Ashdown, Peter" of a reading list's "Peter Ashdown": the words as written
  std::string other_name_of;   // "Lady Gaga" of "Stefani Germanotta, better known as Lady Gaga"
  // Untyped, but written with a capital inside sentences again and again: of this type if no
  // person's name claims it.
  std::optional<EntityType> unclaimed_type;
  bool role_only = false;      // "the Home Secretary": no name, the role of whoever the article
                               // names with that title, if one person
  bool place_slot = false;     // after "in", "near" or "outside": where something is ("born in
                               // Marrowby"), so not the short form of a body named after the place;
                               // VoteNameTypes marks every mention of such a name
  bool cued = false;           // a cue in the text (title, organisation word, gazetteer) set the type,
                               // not the name tagger or a default
};

std::vector<NameSpan> FindNames(const ArticleAnalysis& article);

// The span of tokens [first, last] of a sentence, its text their words joined by spaces; no
// type or cue yet.
NameSpan SpanOfTokens(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last);

}  // namespace kg::compiler
