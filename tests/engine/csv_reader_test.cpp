// The CSV reader of kg import and LOAD CSV (engine/import/csv_reader.h): what the golden
// tests cannot show — line endings, line numbers of records that span lines, a file that
// ends without a line break, and where a record begins after a quoted line break.
#include "engine/import/csv_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kg::csv {
namespace {

std::vector<Record> ReadAll(const std::string& text, char delimiter = ',', Status* status = nullptr) {
  std::istringstream in(text);
  Reader reader(in, "f.csv", delimiter);
  std::vector<Record> records;
  Record r;
  while (reader.Next(&r)) records.push_back(r);
  if (status) *status = reader.status();
  return records;
}

TEST(CsvReader, CrLfQuotesAndLineNumbers) {
  auto records = ReadAll("a,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n,\"\"\r\nlast,no newline");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(records[1].fields,
            (std::vector<std::string>{"x\r\ny", "say \"hi\""}));  // quoted text is kept as is
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[2].quoted, (std::vector<bool>{false, true}));
  EXPECT_EQ(records[3].fields, (std::vector<std::string>{"last", "no newline"}));
}

TEST(CsvReader, BlankLinesDelimitersAndStrayQuotes) {
  auto records = ReadAll("a;b\n\nit's;5\" tall\n", ';');
  ASSERT_EQ(records.size(), 3u);
  EXPECT_TRUE(records[1].blank());
  EXPECT_EQ(records[2].fields,
            (std::vector<std::string>{"it's", "5\" tall"}));  // a quote inside a field is text
}

TEST(CsvReader, AnUnclosedQuoteNamesWhereItOpened) {
  Status status;
  auto records = ReadAll("a\n\"open\n\nstill open", ',', &status);
  EXPECT_EQ(records.size(), 1u);
  EXPECT_EQ(status.message(), "f.csv:2: a quoted field is never closed");
}

}  // namespace
}  // namespace kg::csv
