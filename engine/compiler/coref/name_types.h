// engine/compiler/coref/name_types.h — one name, one type, decided by all its mentions.
//
// An entity's type is not part of what makes two mentions one entity: "Chomsky" tagged a
// place and "Noam Chomsky" a person are one name. Mentions are first grouped by name alone
// (the same words; a surname or given name and the full name it belongs to; "Harvard" and
// "Harvard University"; "MIT" and the words it abbreviates), then each group votes on the
// type, cues in the text (a title, an organisation word, a gazetteer) outweighing the tagger.
#pragma once

#include <vector>

#include "engine/compiler/mentions/mention_finder.h"

namespace kg::compiler {

// Gives every person, organisation or place name of a group the group's type (works, awards
// and events keep theirs; a lone word's fallback type becomes the group's), and every name of
// an organisation or place group the group's fullest name.
void VoteNameTypes(std::vector<NameSpan>* names);

}  // namespace kg::compiler
