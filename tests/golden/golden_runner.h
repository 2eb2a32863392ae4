// tests/golden/golden_runner.h — runs one .test file (format: golden_file.h).
#pragma once

#include <string>
#include <vector>

#include "kg/database.h"

namespace kg::golden {

// The lines a query block expects for `result` (see golden_file.h); error blocks use
// RenderError.
std::vector<std::string> RenderResult(const QueryResult& result, bool rowsort);
std::string RenderError(const Status& status);

// Runs every block of the file at `path` on a fresh in-memory database. Returns one
// message per mismatch ("file:line: ..."); with `rewrite`, writes the actual output back
// into the file instead of reporting output mismatches.
std::vector<std::string> RunTestFile(const std::string& path, bool rewrite);

}  // namespace kg::golden
