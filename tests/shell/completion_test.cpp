// Tab completion of `kg shell` (shell/completion.h), without a terminal.
#include "shell/completion.h"

#include <gtest/gtest.h>

namespace kg::cli {
namespace {

using Words = std::vector<std::string>;

Vocabulary Names() {
  Vocabulary v;
  v.keywords = {"MATCH", "MERGE", "ORDER BY", "RETURN", "count"};
  v.commands = {":format", ":help", ":quit", ":schema", ":source"};
  v.labels = {"Person", "Place"};
  v.types = {"MET", "PRODUCED"};
  v.keys = {"name", "nickname"};
  v.procedures = {"db.labels", "kg.claims", "kg.conflicts"};
  v.parameters = {"who"};
  return v;
}

TEST(Completion, KeywordsInTheCaseTyped) {
  EXPECT_EQ(Complete("mat", false, Names()), Words({"match"}));
  EXPECT_EQ(Complete("MAT", false, Names()), Words({"MATCH"}));
  EXPECT_EQ(Complete("Mat", false, Names()), Words({"MATCH"}));
  EXPECT_EQ(Complete("ord", false, Names()), Words({"order by"}));
  EXPECT_EQ(Complete("COU", false, Names()), Words({"COUNT"}));
}

TEST(Completion, ProceduresWithTheirNamespace) {
  EXPECT_EQ(Complete("kg.", false, Names()), Words({"kg.claims", "kg.conflicts"}));
  EXPECT_EQ(Complete("kg.con", false, Names()), Words({"kg.conflicts"}));
  EXPECT_EQ(Complete("db", false, Names()), Words({"db.labels"}));
}

TEST(Completion, MetaCommandsAtTheStartOfALine) {
  EXPECT_EQ(Complete(":fo", true, Names()), Words({":format"}));
  EXPECT_EQ(Complete(":s", true, Names()), Words({":schema", ":source"}));
  EXPECT_EQ(Complete(":", true, Names()).size(), 5u);
}

TEST(Completion, LabelsAndTypesAfterAColon) {
  EXPECT_EQ(Complete("p:Pe", false, Names()), Words({"p:Person"}));
  EXPECT_EQ(Complete(":P", false, Names()), Words({":PRODUCED", ":Person", ":Place"}));
  EXPECT_EQ(Complete("r:ME", false, Names()), Words({"r:MET"}));
  EXPECT_EQ(Complete("n:Person:Pl", false, Names()), Words({"n:Person:Place"}));
}

TEST(Completion, PropertyKeysAfterADot) {
  EXPECT_EQ(Complete("p.na", false, Names()), Words({"p.name"}));
  EXPECT_EQ(Complete("p.n", false, Names()), Words({"p.name", "p.nickname"}));
}

TEST(Completion, ParametersAfterADollar) { EXPECT_EQ(Complete("$w", false, Names()), Words({"$who"})); }

TEST(Completion, NamesAreCaseSensitive) {
  EXPECT_EQ(Complete("Pers", false, Names()), Words({"Person"}));
  EXPECT_EQ(Complete("pers", false, Names()), Words({}));
}

}  // namespace
}  // namespace kg::cli
