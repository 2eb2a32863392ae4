// engine/compiler/boilerplate/line_classifier.h — which lines are the story.
//
// General rules, no site names: a comment-section marker ends the story; appeals, "Read
// more", "Source:", image credits and sign-up lines are boilerplate; short lines without
// final punctuation are headings; bullets are the standfirst; longer unpunctuated lines
// among the paragraphs are photo captions.
#pragma once

#include "engine/compiler/analysis.h"

namespace kg::compiler {

void ClassifyLines(ArticleAnalysis* article);

}  // namespace kg::compiler
