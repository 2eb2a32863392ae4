// engine/compiler/facts/title_memberships.h — "Space Agency Administrator Lou Brand": the
// organisation named before a person's title is one they are a member of, in that role.
#pragma once

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// MEMBER_OF facts (with the title as their `role`) of one sentence's titled people.
void TitleMemberships(ArticleAnalysis* article, size_t sentence);

}  // namespace kg::compiler
