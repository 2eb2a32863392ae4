// engine/articles/article_lines.h — reading the JSON lines `kg extract` writes, for Database::Load.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "engine/compiler/article_compiler.h"
#include "kg/status.h"

namespace kg {

// `line` is where the line is, "FILE:LINE" ("stdin:LINE" for "-").
using LineSink = std::function<bool(Status status, std::shared_ptr<const compiler::ArticleAnalysis> analysis,
                                    const std::string& line)>;

// Reads `file` ("-": stdin) and calls `sink` for each line that is not blank, in order, with
// its analysis or with an InputError "FILE:LINE: why" (analysis_json.h says what a line must
// hold), until `sink` returns false. A file that cannot be opened is one InputError. A line
// of a later format version ends the file after its error: the lines after it are most
// likely of that version too, and one error says it.
void ReadAnalysisLines(const std::string& file, const LineSink& sink);

}  // namespace kg
