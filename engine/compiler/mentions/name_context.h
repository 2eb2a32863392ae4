// engine/compiler/mentions/name_context.h — what the words around names say (brackets, lists,
// match scores), and names that the reader of capitalised runs never sees (lower case, camel
// case). Each pass reads one sentence's tokens and the names found in it so far.
#pragma once

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

// "Stefani Germanotta, better known as Lady Gaga", "Lady Gaga (born Stefani Germanotta)":
// sets other_name_of on a person's other full name among names[begin..] (in order).
void LinkOtherNames(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names);

// Names listed together are of one kind; places opening a line and ending in a country are a
// dateline. Retypes names[begin..] (in order).
void AlignListTypes(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names);

// The countries the article names next to a match score: national teams.
std::unordered_set<std::string> CountriesAsTeams(const ArticleAnalysis& article);

}  // namespace kg::compiler
