// engine/compiler/mentions/tagged_names.h — the name tagger's reading of a sentence, as
// NameSpans the mention finder weighs against its rules.
#pragma once

#include <optional>
#include <vector>

#include "engine/compiler/mentions/mention_finder.h"

namespace kg::compiler {

// The entity type of a BIO tag ("B-ORG" -> organisation).
EntityType TypeOfTag(const std::string& tag);

// What the name tagger made of tokens [first, last]: the type of most of them, when at least
// half are inside a name.
std::optional<EntityType> TaggedType(const std::vector<Token>& tokens, size_t first, size_t last);

// The names the tagger found within tokens [first, last].
std::vector<NameSpan> TaggedRuns(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last);

// Names the tagger found in words the capitalisation rules never looked at (`ruled`): "U.S.",
// "eBay", names in a headline in Title Case.
void TaggedNamesNotFound(const std::vector<Token>& tokens, size_t sentence, const std::vector<bool>& ruled,
                         std::vector<NameSpan>* names);

// "the University of Michigan", "Volgograd Arena": a known place named inside the name of an
// organisation or a place is mentioned too (iso-codes, tzdata, WordNet places), as a nested
// mention; and so is what a university, a bay or a battle is "of" ("the Battle of Varnholt").
void NestedPlaces(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last,
                  std::vector<NameSpan>* names);

// "Carnegie Hall", "the Andy Warhol Foundation", "the Nobel Peace Prize": the person a body, a
// building, a prize or an event is named after, opening its name, is mentioned too, as a nested
// mention: a given name and a surname, or a WordNet person alone where the name is not a body's
// (brands and bodies take family names and places alike: "Guinness", "Calder").
void NestedEponyms(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last, bool body,
                   std::vector<NameSpan>* names);

// "NATO Joint Jet Pilot Training", "JPL Stardust": an acronym inside a longer name that is not
// one of its units ("FBI Swat Team", "BBC News"), is the organisation's own mention, nested.
void NestedAcronyms(const std::vector<Token>& tokens, size_t sentence, size_t first, size_t last,
                    std::vector<NameSpan>* names);

}  // namespace kg::compiler
