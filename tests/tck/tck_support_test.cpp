// Tests of the TCK runner's own parts on small invented inputs.
#include <gtest/gtest.h>

#include "tests/tck/failure_summary.h"
#include "tests/tck/gherkin.h"
#include "tests/tck/tck_values.h"

namespace kg::tck {
namespace {

constexpr const char* kFeature = R"(# comment
Feature: Sample - invented

  Some description.

  Background:
    Given an empty graph

  @tagged
  Scenario Outline: [1] Outline <what>
    When executing query:
      """
      RETURN <expr> AS v,
        'a|b' AS w
      """
    Then the result should be, in any order:
      | v      |
      | <expr> |

    Examples:
      | what | expr  |
      | one  | 1     |
      | bar  | 'x\|y' |

  Scenario: [2] Plain
    Then the result should be empty
)";

TEST(Gherkin, ExpandsOutlinesWithBackground) {
  std::vector<Scenario> s = ParseFeature(kFeature, "x/Sample.feature");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].Id(), "x/Sample.feature :: [1] Outline <what> #1");
  EXPECT_EQ(s[0].tags, std::vector<std::string>{"@tagged"});
  ASSERT_EQ(s[0].steps.size(), 3u);
  EXPECT_EQ(s[0].steps[0].sentence, "an empty graph");
  EXPECT_EQ(s[0].steps[1].docstring, "RETURN 1 AS v,\n  'a|b' AS w");
  EXPECT_EQ(s[1].steps[2].table[1][0], "'x|y'");
  EXPECT_EQ(s[2].Id(), "x/Sample.feature :: [2] Plain");
  EXPECT_EQ(s[2].steps.size(), 2u);
}

TEST(Gherkin, RejectsUnterminatedDocstring) {
  EXPECT_THROW(ParseFeature("Feature: F\n Scenario: s\n When executing query:\n \"\"\"\n RETURN 1\n", "f"),
               std::runtime_error);
}

TEST(TckValues, ParsesScalarsAndContainers) {
  EXPECT_EQ(ParseTckValue("null"), Value());
  EXPECT_EQ(ParseTckValue("-12"), Value(int64_t{-12}));
  EXPECT_EQ(ParseTckValue("1.5e2"), Value(150.0));
  EXPECT_EQ(ParseTckValue("'it\\'s'"), Value("it's"));
  EXPECT_EQ(ParseTckValue("[1, 'a', [true]]").ToString(), "[1, 'a', [true]]");
  EXPECT_EQ(ParseTckValue("{b: 2, `a b`: null}").as_map().size(), 2u);
  EXPECT_THROW(ParseTckValue("[1, 2"), std::runtime_error);
}

TEST(TckValues, ParsesGraphValues) {
  Value node = ParseTckValue("(:A:B {k: 1})");
  EXPECT_EQ(node.as_node().labels, (std::vector<std::string>{"A", "B"}));
  Value rel = ParseTckValue("[:T {k: 'v'}]");
  EXPECT_EQ(rel.as_relationship().type, "T");
  Path path = ParseTckValue("<(:A)-[:T]->(:B)<-[:U]-()>").as_path();
  ASSERT_EQ(path.relationships.size(), 2u);
  EXPECT_EQ(path.relationships[0].start, path.nodes[0].id);
  EXPECT_EQ(path.relationships[1].start, path.nodes[2].id);
}

TEST(TckValues, NodesMatchByLabelsAndPropertiesNotId) {
  Node actual{42, {"B", "A"}, {{"k", Value(int64_t{1})}}};
  EXPECT_TRUE(MatchesExpected(ParseTckValue("(:A:B {k: 1})"), Value(actual), false));
  EXPECT_FALSE(MatchesExpected(ParseTckValue("(:A {k: 1})"), Value(actual), false));
  EXPECT_FALSE(MatchesExpected(ParseTckValue("(:A:B {k: 1.0})"), Value(actual), false));
}

TEST(TckValues, PathDirectionMatters) {
  Node a{7, {"A"}, {}}, b{9, {"B"}, {}};
  Path forward{{a, b}, {Relationship{1, "T", 7, 9, {}}}};
  EXPECT_TRUE(MatchesExpected(ParseTckValue("<(:A)-[:T]->(:B)>"), Value(forward), false));
  EXPECT_FALSE(MatchesExpected(ParseTckValue("<(:A)<-[:T]-(:B)>"), Value(forward), false));
}

TEST(TckValues, ListOrderOnlyWhenAsked) {
  Value actual(List{Value(int64_t{2}), Value(int64_t{1})});
  EXPECT_FALSE(MatchesExpected(ParseTckValue("[1, 2]"), actual, false));
  EXPECT_TRUE(MatchesExpected(ParseTckValue("[1, 2]"), actual, true));
  EXPECT_FALSE(MatchesExpected(ParseTckValue("[1, 1]"), actual, true));
}

TEST(FailureSummary, GroupsCausesThatDifferOnlyInNumbers) {
  EXPECT_EQ(CauseGroup("wrong result: row count differs (expected 2, got 0)"),
            CauseGroup("wrong result: row count differs (expected 15, got 3)"));
  EXPECT_NE(CauseGroup("query failed: unknown function 'foo'"), CauseGroup("query failed: unknown function 'bar'"));
}

}  // namespace
}  // namespace kg::tck
