// engine/compiler/reader/article_reader.h — bytes to an article: validation, lines, metadata.
#pragma once

#include <string_view>

#include "engine/compiler/analysis.h"
#include "kg/status.h"

namespace kg::compiler {

// Fills path, text, id and lines (kind still kBody). InputError naming the file for empty
// text, binary content (NUL or control bytes) and invalid UTF-8.
Status ReadArticle(std::string_view path, std::string_view bytes, ArticleAnalysis* article);

// Finds the title (first line), a byline ("By Name", or a footer "More by this author" and
// the name), the article's date and the publisher a donation appeal names, where stated.
// The date comes from a "Published:"/"Posted"/"Updated:" line or a dateline (dateline.h)
// among the first lines; those lines become kMeta, and a dateline that closes the headline
// or opens the first paragraph is cut from its line.
void ReadMetadata(ArticleAnalysis* article);

}  // namespace kg::compiler
