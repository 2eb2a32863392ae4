// What `kg build` is given, walked: paths normalised, nothing skipped without a word, the
// database's own folder left out.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "kg/database.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

constexpr const char* kArticle = "Bakers strike\n\nBaker Lena Ostrova met Mayor Pavel Rusk in Dunmere.\n";

class Collect : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("kg_collect_test_" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "news");
    std::ofstream(root_ / "news" / "a.txt") << kArticle;
  }
  void TearDown() override {
    db_.reset();
    fs::current_path(fs::temp_directory_path());
    fs::remove_all(root_);
  }
  void OpenOnDisk(const fs::path& path) { ASSERT_TRUE(Database::Open(path.string(), {}, &db_).ok()); }
  void OpenInMemory() {
    OpenOptions options;
    options.in_memory = true;
    ASSERT_TRUE(Database::Open("/mem", options, &db_).ok());
  }
  int64_t Articles() { return db_->Query("MATCH (a:Article) RETURN count(a)").rows().at(0).at(0).as_int(); }

  fs::path root_;
  std::unique_ptr<Database> db_;
};

TEST_F(Collect, EverySpellingOfAPathIsOneArticle) {
  OpenInMemory();
  fs::current_path(root_);
  EXPECT_EQ(db_->Build({"news"}).articles, 1);
  for (const std::string& spelling : std::vector<std::string>{"./news", "news/", (root_ / "news").string(),
                                                              (root_ / "x/../news/.").string()}) {
    BuildReport again = db_->Build({spelling});
    EXPECT_EQ(again.articles, 0) << spelling;
    EXPECT_EQ(again.unchanged, 1) << spelling;
  }
  EXPECT_EQ(Articles(), 1);
  QueryResult path = db_->Query("MATCH (a:Article) RETURN a.path");
  EXPECT_EQ(path.rows().at(0).at(0).as_string(), (root_ / "news" / "a.txt").string());
}

TEST_F(Collect, AMissingPathIsReportedAndTheRestBuilt) {
  OpenInMemory();
  BuildReport report = db_->Build({(root_ / "news").string(), (root_ / "gone.txt").string()});
  EXPECT_EQ(report.articles, 1);
  EXPECT_EQ(report.failed, 1);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].kind(), ErrorKind::kInput);
  EXPECT_NE(report.errors[0].message().find("gone.txt"), std::string::npos);
}

TEST_F(Collect, SymlinkLoopsAreReportedAndTheRestBuilt) {
  fs::create_directory_symlink(root_ / "news", root_ / "news" / "again");  // back up to its folder
  fs::create_symlink(root_ / "news" / "self", root_ / "news" / "self");    // to itself
  OpenInMemory();
  BuildReport report = db_->Build({(root_ / "news").string()});
  EXPECT_EQ(report.articles, 1);
  EXPECT_EQ(report.failed, 2);
  for (const auto& e : report.errors) EXPECT_EQ(e.kind(), ErrorKind::kInput) << e.ToString();
}

TEST_F(Collect, TheDatabaseFolderIsNoArticles) {
  OpenOnDisk(root_ / "news" / "kg.db");
  BuildReport report = db_->Build({(root_ / "news").string()});
  EXPECT_EQ(report.failed, 0) << (report.errors.empty() ? "" : report.errors[0].ToString());
  EXPECT_EQ(report.articles, 1);
}

TEST_F(Collect, AnUnreadableFolderIsAFailure) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every folder (cli_test.sh checks this as another user)";
  fs::create_directories(root_ / "news" / "locked");
  std::ofstream(root_ / "news" / "locked" / "b.txt") << kArticle;
  fs::permissions(root_ / "news" / "locked", fs::perms::none);
  OpenInMemory();
  BuildReport report = db_->Build({(root_ / "news").string()});
  fs::permissions(root_ / "news" / "locked", fs::perms::owner_all);
  EXPECT_EQ(report.failed, 1);
  EXPECT_EQ(report.articles, 1);
}

}  // namespace
}  // namespace kg
