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

// Gives every person, organisation or place name of a group the group's type. Works, awards
// and events keep theirs; untyped lone words gain the group's type as their fallback.
void VoteNameTypes(std::vector<NameSpan>* names);

}  // namespace kg::compiler
