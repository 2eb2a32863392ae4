// tests/parser/parser_golden_test.cpp — runs every case of cases.txt through the parser
// and the binder and compares the outcome ("ok" or "<ErrorKind> line:column").
//
// cases.txt: a query on one or more lines, then a line "=> expected". Lines starting
// with '#' between cases are comments. Adding a case needs no C++.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/query/binder/binder.h"
#include "engine/query/parser/parser.h"
#include "kg/database.h"

namespace {

struct GoldenCase {
  std::string query;
  std::string expected;
  int line_in_file = 0;
};

std::vector<GoldenCase> LoadCases(const std::string& path) {
  std::ifstream in(path);
  std::vector<GoldenCase> cases;
  GoldenCase current;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.rfind("=> ", 0) == 0) {
      current.expected = line.substr(3);
      current.line_in_file = number;
      cases.push_back(current);
      current = GoldenCase{};
    } else if (current.query.empty() && (line.empty() || line[0] == '#')) {
      continue;
    } else {
      current.query += current.query.empty() ? line : "\n" + line;
    }
  }
  return cases;
}

std::string Outcome(const std::string& query) {
  kg::query::ast::Statement statement;
  kg::Status status = kg::query::ParseStatement(query, &statement, kg::QueryLimits().max_nesting_depth);
  if (status.ok()) status = kg::query::Bind(statement);
  if (status.ok()) return "ok";
  std::ostringstream out;
  out << kg::ErrorKindName(status.kind()) << ' ' << status.line() << ':' << status.column();
  return out.str();
}

TEST(ParserGolden, EveryCaseMatches) {
  const std::vector<GoldenCase> cases = LoadCases(KG_PARSER_CASES);
  ASSERT_GT(cases.size(), 20u) << "cases.txt missing or truncated";
  for (const GoldenCase& golden : cases) {
    EXPECT_EQ(Outcome(golden.query), golden.expected)
        << "cases.txt:" << golden.line_in_file << "\n" << golden.query;
  }
}

}  // namespace
