// Fitting tables into a terminal (engine/format/table_layout.h) and the layouts of
// kg/format.h that text tests cannot show as well: wrapped cells, vertical rows.
#include "engine/format/table_layout.h"

#include <gtest/gtest.h>

#include <sstream>

#include "kg/format.h"

namespace kg::format {
namespace {

using Lines = std::vector<std::string>;

TEST(FitWidths, ATableThatFitsKeepsItsWidths) {
  EXPECT_EQ(FitWidths({4, 10}, 80), std::vector<size_t>({4, 10}));
  EXPECT_EQ(FitWidths({4, 300}, 0), std::vector<size_t>({4, 300}));
}

TEST(FitWidths, NarrowColumnsKeepTheirWidthAndTheWideShareTheRest) {
  // 80 columns less the borders of two columns (7) leave 73: 4 for the narrow, 69 for the wide.
  EXPECT_EQ(FitWidths({4, 300}, 80), std::vector<size_t>({4, 69}));
  EXPECT_EQ(FitWidths({3, 200, 200}, 80), std::vector<size_t>({3, 33, 33}));
}

TEST(FitWidths, NeverBelowTheMinimum) {
  EXPECT_EQ(FitWidths({100, 100, 100}, 20), std::vector<size_t>({8, 8, 8}));
}

TEST(WrapCell, BreaksBetweenWords) {
  EXPECT_EQ(WrapCell("the quick brown fox", 10), Lines({"the quick", "brown fox"}));
  EXPECT_EQ(WrapCell("the quick", 9), Lines({"the quick"}));
}

TEST(WrapCell, CutsAWordLongerThanTheColumn) {
  EXPECT_EQ(WrapCell("abcdefghij", 4), Lines({"abcd", "efgh", "ij"}));
}

TEST(WrapCell, KeepsLineBreaksAndCountsCodePoints) {
  EXPECT_EQ(WrapCell("a\nb", 0), Lines({"a", "b"}));
  EXPECT_EQ(WrapCell("éééé ü", 4), Lines({"éééé", "ü"}));
}

TEST(WriteResult, AWideCellWrapsInsideItsColumn) {
  std::string evidence(300, 'x');
  for (size_t i = 9; i < evidence.size(); i += 10) evidence[i] = ' ';
  QueryResult r({"who", "evidence"}, {{Value("Ada"), Value(evidence)}}, {});
  std::ostringstream out;
  TableOptions table;
  table.max_width = 80;
  WriteResult(r, OutputFormat::kTable, out, table);
  std::istringstream lines(out.str());
  size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) EXPECT_LE(DisplayWidth(line), 80u) << line;
  EXPECT_GT(count, 8u);                               // rules, header, five or more lines of the cell, footer
  EXPECT_EQ(out.str().find("…"), std::string::npos);  // nothing is cut
}

TEST(WriteResult, VerticalShowsOneCellPerLine) {
  QueryResult r({"name", "age"}, {{Value("Ada"), Value(int64_t{36})}}, {});
  std::ostringstream out;
  WriteResult(r, OutputFormat::kVertical, out);
  EXPECT_EQ(out.str(), "*** row 1 ***\nname: Ada\nage:  36\n\n1 row\n");
}

}  // namespace
}  // namespace kg::format

namespace kg::format {
namespace {

TEST(WriteResult, AWritePrintsOnlyTheCountersThatMoved) {
  WriteStats stats;
  EXPECT_FALSE(stats.any());
  stats.nodes_deleted = 3;
  std::ostringstream out;
  WriteResult(QueryResult({}, {}, stats), OutputFormat::kTable, out);
  EXPECT_EQ(out.str(), "nodes deleted: 3\n");
}

}  // namespace
}  // namespace kg::format

namespace kg::format {
namespace {

TEST(DisplayWidth, WideCharactersTakeTwoColumnsAndMarksNone) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("東京"), 4u);
  EXPECT_EQ(DisplayWidth("😀"), 2u);
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);  // e + combining acute
  EXPECT_EQ(DisplayWidth("Zoë"), 3u);
}

TEST(WrapCell, WrapsWideCharactersByColumns) { EXPECT_EQ(WrapCell("東京大阪", 5), Lines({"東京", "大阪"})); }

TEST(WriteResult, CjkAndEmojiLineUp) {
  QueryResult r({"name"}, {{Value("東京")}, {Value("ab😀")}, {Value("abcd")}}, {});
  std::ostringstream out;
  WriteResult(r, OutputFormat::kTable, out);
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);)
    if (line[0] == '|') EXPECT_EQ(DisplayWidth(line), 8u) << line;
}

}  // namespace
}  // namespace kg::format
