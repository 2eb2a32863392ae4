// Two paths with one text are one article, kept while any path holds it (article ids are
// derived from content, SPEC.md).
#include <gtest/gtest.h>

#include "kg/database.h"

namespace kg {
namespace {

constexpr const char* kMeeting = "Talk\n\nAuthor Mira Tolland met Judge Osric Vane in Pellham.\n";
constexpr const char* kQuiet = "Talk\n\nNothing happened in Pellham today.\n";
constexpr const char* kRescue = "Rescue\n\nFisherman Ivo Marsh rescued swimmer Dana Pell near Kelbridge.\n";

class SharedContent : public ::testing::Test {
 protected:
  void SetUp() override {
    OpenOptions options;
    options.in_memory = true;
    ASSERT_TRUE(Database::Open("/mem", options, &db_).ok());
  }
  void Compile(const std::string& path, const std::string& text) {
    ASSERT_TRUE(db_->CompileArticle(path, text, nullptr).ok()) << path;
  }
  int64_t Count(const std::string& query) {
    QueryResult r = db_->Query(query);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r.rows().at(0).at(0).as_int() : -1;
  }
  int64_t Facts() { return Count("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)"); }

  std::unique_ptr<Database> db_;
};

TEST_F(SharedContent, TwoCopiesAreOneArticle) {
  Compile("/n/x.txt", kMeeting);
  Compile("/n/y.txt", kMeeting);
  EXPECT_EQ(Count("MATCH (a:Article) RETURN count(a)"), 1);
  EXPECT_EQ(Count("MATCH ()-[r:MET]-() RETURN max(size(r.sources))"), 1);
}

TEST_F(SharedContent, EditingOneCopyKeepsWhatTheOtherStates) {
  Compile("/n/x.txt", kMeeting);
  Compile("/n/y.txt", kMeeting);
  int64_t facts = Facts();
  ASSERT_GT(facts, 0);
  Compile("/n/x.txt", kQuiet);
  EXPECT_EQ(Facts(), facts);
  EXPECT_EQ(Count("MATCH (a:Article {path: '/n/y.txt'}) RETURN count(a)"), 1)
      << "the node names the path left";
  Compile("/n/y.txt", kQuiet);
  EXPECT_EQ(Facts(), 0);
  EXPECT_EQ(Count("MATCH (a:Article) RETURN count(a)"), 1);
}

TEST_F(SharedContent, APathJoiningKnownContentLetsGoOfItsOldArticle) {
  Compile("/n/x.txt", kMeeting);
  Compile("/n/y.txt", kRescue);
  ASSERT_EQ(Count("MATCH ()-[r:RESCUED]->() RETURN count(r)"), 1);
  Compile("/n/y.txt", kMeeting);
  EXPECT_EQ(Count("MATCH ()-[r:RESCUED]->() RETURN count(r)"), 0);
  EXPECT_EQ(Count("MATCH (a:Article) RETURN count(a)"), 1);
  Compile("/n/x.txt", kQuiet);  // y still holds the meeting
  EXPECT_EQ(Count("MATCH ()-[r:MET]->() RETURN count(r)"), 1);
}

}  // namespace
}  // namespace kg
