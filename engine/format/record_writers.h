// engine/format/record_writers.h — the output layouts beside the table (kg/format.h), and
// what they share with it.
#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "kg/database.h"

namespace kg::format {

// A cell as the table shows it: strings bare, everything else in Cypher notation.
std::string CellText(const Value& value);

// The write counters in the order they are printed, keyed as JSON writes them
// ("nodes_created"); the text form reads the key with spaces.
std::vector<std::pair<const char*, int64_t>> WriteCounterList(const WriteStats& stats);

// "nodes created: 1, properties set: 2": only the counters that moved, as cypher-shell and
// Neo4j Browser print them; a DELETE reads "nodes deleted: 3", not seven numbers.
std::string WriteCounters(const WriteStats& stats);

// One `column: value` line per cell, each row under a "*** row N ***" line, as psql's \x
// and MySQL's \G lay out rows too wide for a table:
//   *** row 1 ***
//   name:     Ada Quill
//   evidence: Ada Quill met ...
// A value of several lines continues under its first, indented to the values' column.
void WriteVertical(const QueryResult& result, std::ostream& out);

// A GitHub-flavoured Markdown table; '|' in a cell is escaped, a line break becomes <br>.
void WriteMarkdown(const QueryResult& result, std::ostream& out);

}  // namespace kg::format
