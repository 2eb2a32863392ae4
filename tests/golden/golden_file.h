// tests/golden/golden_file.h — the .test format of the golden query tests.
//
// A .test file is a sequence of blocks separated by blank lines, run top to bottom on one
// fresh in-memory database (like DuckDB's sqllogictest or Kùzu's .test files):
//
//   # a comment
//   statement ok                      the statement must succeed; nothing is printed
//   CREATE (:Person {name: 'Ada'})
//
//   params {name: 'Ada', n: 2}        parameters (a Cypher map literal) for what follows
//
//   query                             the rows must be exactly these, in this order
//   MATCH (p:Person) RETURN p.name AS name
//   ----
//   name
//   'Ada'
//
//   query rowsort                     the same, with rows compared sorted
//   error                             the statement must fail; expected `Kind line:col: message`,
//                                     or only `Kind line:col`, or only `Kind`
//
// Query output: the column names joined by " | ", then one line per row (values in Cypher
// literal notation joined by " | "), then `stats: nodes_created=1, ...` for a write with
// no columns, then `plan:` and the plan's lines for EXPLAIN. A statement may span lines;
// it ends at `----` or at a blank line. Statements run in the case file's folder, so LOAD
// CSV's relative paths name files beside it.
#pragma once

#include <string>
#include <vector>

namespace kg::golden {

struct Block {
  enum class Kind { kText, kStatement, kParams, kQuery, kError };
  Kind kind = Kind::kText;
  std::string header;                  // the first line, e.g. "query rowsort"; comments for kText
  std::string statement;               // statement text, or the params map
  std::vector<std::string> expected;   // lines after ----
  int line = 0;                        // 1-based line of the header
};

// Parses a .test file. Throws std::runtime_error naming the line on an unknown block.
std::vector<Block> ParseTestFile(const std::string& text);

// Writes blocks back in the same format (used by the rewrite flag).
std::string FormatTestFile(const std::vector<Block>& blocks);

}  // namespace kg::golden
