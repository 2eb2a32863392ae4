// engine/compiler/analysis_json.h — one article's analysis as one line of JSON: what
// `kg extract` writes and `kg load` reads, so that the analysis (the costly, parallel part
// of a build) can run on machines that have no database, and one writer merges the lines.
//
// A line holds what the graph writer reads from an analysis, and nothing of the tokens:
//
//   {"kg_extract": 1,                                   format version (kExtractVersion)
//    "path": "/news/a.txt", "id": "5f3a…",              id: the content hash (the Article id)
//    "title": "…", "author": "…", "publisher": "…", "published": "2024-05-01",   "" if unknown
//    "entities": [                                      facts refer to these by position
//      {"type": "Person", "name": "Ann Lee", "role": "PC",      role: a title before the name, or ""
//       "surfaces": {"Ann Lee": 1, "Lee": 3},           each form written -> mentions by it;
//                                                       none: merged into another entity
//       "aliases": ["PC Ann Lee"],                      forms that are never the name
//       "mentions": [[120, 127], [400, 403]]},          byte spans [begin, end) in the article
//      …],
//    "facts": [
//      {"subject": 0, "predicate": "SHOT", "object": 1, "qualifiers": {"date": "2024-05-01"},
//       "sentence": 4},                                 a relationship between two entities
//      {"subject": 0, "attribute": "age", "value": 43, "as_of": "2024", "sentence": 4}, …],
//                                                       a value claim about one entity
//    "sentences": [                                     the sentences facts are read from
//      {"index": 4, "begin": 310, "end": 402, "kind": "body", "text": "…"}, …]}
//
// Values (claims, qualifiers) are JSON null, booleans, integers (no decimal point), floats
// (with one), strings, lists and objects. `mentions` is for readers other than `kg load`,
// which does not need it. Offsets are bytes into the original article text, as in the graph.
// A reader of version 1 refuses a line of a later version: fields may have changed meaning.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "engine/compiler/analysis.h"
#include "kg/status.h"

namespace kg::compiler {

// The version of the line format this kg writes, and the latest it reads.
constexpr int kExtractVersion = 1;

// The line for `analysis`, without a newline. RuntimeError when it holds a value JSON cannot
// carry (a temporal value, a NaN); the analysis stages make none.
Status AnalysisToJsonLine(const ArticleAnalysis& analysis, std::string* line);

// Reads one line back into an analysis that the graph writer (WriteArticle) turns into the
// same graph as the analysis the line was written from. *version is set to the line's
// "kg_extract" version whenever the line has one, 0 otherwise. InputError saying what is
// wrong and where ("entities[2].type: ...") for a line that is not such an object, and for
// a line of a later version.
Status AnalysisFromJsonLine(std::string_view line, std::shared_ptr<const ArticleAnalysis>* out, int* version);

}  // namespace kg::compiler
