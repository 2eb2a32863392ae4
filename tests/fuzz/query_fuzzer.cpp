// tests/fuzz/query_fuzzer.cpp — libFuzzer target: any bytes as Cypher text through the
// parser, the binder and the planner (EXPLAIN's operator tree), as `kg query` runs them
// before touching the graph. Every input must give ok or an error Status: never a crash,
// an uncaught exception, a sanitizer report or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/query/binder/binder.h"
#include "engine/query/executor/runner.h"
#include "engine/query/parser/parser.h"
#include "kg/database.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<kg::query::ast::Statement> statements;
  if (!kg::query::ParseStatements(text, &statements, kg::QueryLimits().max_nesting_depth).ok()) return 0;
  for (const auto& statement : statements)
    if (kg::query::Bind(statement).ok()) kg::query::DescribeQuery(statement.query);
  return 0;
}
