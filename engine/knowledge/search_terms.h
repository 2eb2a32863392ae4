// engine/knowledge/search_terms.h — the words kg.search() compares: a query and an evidence
// sentence are both reduced to terms the same way, so "Shooting" finds "shoot" and "PC's"
// finds "PC".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::knowledge {

// The terms of `text`, in order, repeats kept (BM25 counts them): split into words at
// anything but ASCII letters, digits, apostrophes and non-ASCII bytes (so "Zoë" stays one
// word; typeset quotes, dashes and spaces part words), ASCII case-folded, a trailing possessive "'s" dropped,
// stop words dropped, and each word of ASCII letters stemmed. Returns nothing for "" or "the of in".
std::vector<std::string> SearchTerms(std::string_view text);

// Whether `word` (lower case) is too common to tell sentences apart ("the", "in").
bool IsStopWord(std::string_view word);

// Step 1 of Porter's stemmer (plurals and -ed/-ing) on a lower-case word of ASCII letters:
// "caresses" -> "caress", "ponies" -> "poni", "hopping" -> "hop", "filed" -> "file".
// Enough to join the forms of a word in news text, light enough to keep words recognisable.
std::string Stem(std::string word);

}  // namespace kg::knowledge
