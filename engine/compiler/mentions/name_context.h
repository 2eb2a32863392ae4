// engine/compiler/mentions/name_context.h — what the words around names say (brackets, lists,
// match scores), and names that the reader of capitalised runs never sees (lower case, camel
// case). Each pass reads one sentence's tokens and the names found in it so far.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/compiler/mentions/mention_finder.h"

namespace kg::compiler {

// "was awarded a community service award": an award named in lower case after a verb of winning.
void LowerCaseAwards(const std::vector<Token>& tokens, size_t sentence, std::vector<NameSpan>* names);

// "wikiHow", "zentaHub": names in camel case that none of names[begin..] holds already.
void CamelCaseNames(const std::vector<Token>& tokens, size_t sentence, size_t begin,
                    std::vector<NameSpan>* names);

// "the Union of ... (UAAR)", "CEI (Italian Episcopal Conference)": sets short_form_of on the
// short form of a bracketed pair among names[begin..] (in order).
void LinkBracketedShortForms(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names);

// "Ashdown, Peter. Letters Home", "Fenwick, Julia and Hollis, Edward.": a reading list's or
// a reference's authors, surname first, as people named in the usual order (written_as keeps
// the form). Marks their tokens in `ruled`.
void InvertedPersonNames(const std::vector<Token>& tokens, size_t sentence, std::vector<bool>* ruled,
                         std::vector<NameSpan>* names);

// "Stefani Germanotta, better known as Lady Gaga", "Lady Gaga (born Stefani Germanotta)":
// sets other_name_of on a person's other full name among names[begin..] (in order).
void LinkOtherNames(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names);

// Names listed together are of one kind; places opening a line and ending in a country are a
// dateline. Retypes names[begin..] (in order).
void AlignListTypes(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names);

// The countries the article names next to a match score: national teams.
std::unordered_set<std::string> CountriesAsTeams(const ArticleAnalysis& article);

// What a common noun says a name beside it names: a person ("woman", a kin word, an
// occupation), a place ("town") or a body ("charity"); nothing for other words.
std::optional<EntityType> KindOfNoun(const std::string& lower);

// "X, an Australian woman, ...", "X, the team's coach", "X, a town on the coast": what the
// head of an apposition after the name ending at `last` says it is.
std::optional<EntityType> TypeInApposition(const std::vector<Token>& tokens, size_t last);

// "a man named X", "a town called X": what the noun before "named" or "called" says the name
// beginning at `first` is.
std::optional<EntityType> TypeBeforeNamed(const std::vector<Token>& tokens, size_t first);

// "the head of the Harbour Reform Party, X", "a spokesman for the Navy, X": a name after the
// role it holds in a body, set off by a comma, is the holder's.
bool HeadOfBodyBefore(const std::vector<Token>& tokens, size_t first);

}  // namespace kg::compiler
