// kg/format.h — printing query results and errors the way SPEC.md defines them.
//
// Thread-safety: all functions are pure; safe from any thread.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "kg/database.h"

namespace kg {

enum class OutputFormat { kTable, kJson, kCsv, kVertical, kMarkdown };

// Parses "table" | "json" | "csv" | "vertical" | "markdown"; false for anything else.
bool ParseOutputFormat(std::string_view name, OutputFormat* format);

struct TableOptions {
  size_t max_width = 0;   // width to fit the table in by wrapping wide cells (0 = no limit)
  bool show_footer = true;  // "N rows"
};

// Writes one statement's result: table (aligned columns and a row-count footer), json (one
// object on one line: {"columns": [...], "rows": [[...]]}, plus "stats" for writes), csv,
// vertical (one `column: value` line per cell, rows under "*** row N ***"), or markdown.
// json adds "notifications": [{"code": ..., "message": ...}] when the result has any.
void WriteResult(const QueryResult& result, OutputFormat format, std::ostream& out,
                 const TableOptions& table = {});

// "warning: UnknownLabelWarning: the label Persn does not exist in the database", a line
// per notification of `result` (none when it has none): for stderr, in every format.
std::string FormatWarnings(const QueryResult& result);

// "error: SyntaxError: message" and, when the error has a position inside `source`, the
// offending line with a caret under the column. Ends with a newline.
std::string FormatError(const Status& status, std::string_view source);

}  // namespace kg
