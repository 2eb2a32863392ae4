// Articles in and out (issue 13): after edits, `kg remove`, files deleted and `build --sync`,
// the graph is the one a clean build of the remaining files makes, node ids aside.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kg/database.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHero =
    "Harbour fire hero honoured\n\nFirefighter Tomas Rendell rescued fisherman Ilse Varga in Dunmore in "
    "1998. "
    "Rendell, 44, met Mayor Joan Pike at the ceremony.\n";
constexpr const char* kHeroEdited =
    "Harbour fire hero honoured\n\nFirefighter Tomas Rendell rescued fisherman Ilse Varga in Dunmore in "
    "1996. "
    "Rendell met Mayor Joan Pike at the ceremony.\n";
constexpr const char* kRemembers =
    "Dunmore remembers the harbour fire\n\nTomas Rendell rescued Ilse Varga in Dunmore in 1997. "
    "Tom Rendell later met Joan Pike in Kelbridge.\n";
constexpr const char* kCoastguard =
    "Award for coastguard\n\nCoastguard Petra Holm rescued sailor Ivo Marsh near Kelbridge in March 2004. "
    "Holm met Joan Pike last week.\n";
constexpr const char* kRowing =
    "Rowing club opens\n\nRower Dana Pell met Petra Holm in Dunmore. Pell founded the Dunmore Rowing Club in "
    "2010.\n";

// Rows of `query` as text, sorted.
std::vector<std::string> SortedRows(Database& db, const std::string& query) {
  QueryResult r = db.Query(query);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::string> lines;
  for (const auto& row : r.rows()) {
    std::string line;
    for (const auto& v : row) line += v.ToString() + " | ";
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

// The jsonl export with node ids replaced by the node's own line (labels and properties),
// and every claim and dispute, sorted: two graphs built in different orders compare equal
// when they hold the same.
std::string CanonicalExport(Database& db) {
  std::ostringstream out;
  EXPECT_TRUE(db.Export(ExportFormat::kJsonl, out).ok());
  std::map<int64_t, std::string> node_keys;
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  std::vector<nlohmann::json> rels;
  for (std::string line; std::getline(in, line);) {
    auto item = nlohmann::json::parse(line);
    if (item["~kind"] == "relationship") {
      rels.push_back(item);
      continue;
    }
    int64_t id = item["id"];
    item.erase("id");
    node_keys[id] = item.dump();
    lines.push_back(item.dump());
  }
  for (auto& rel : rels) {
    rel.erase("id");
    rel["start"] = node_keys[rel["start"].get<int64_t>()];
    rel["end"] = node_keys[rel["end"].get<int64_t>()];
    lines.push_back(rel.dump());
  }
  for (const auto& row :
       SortedRows(db,
                  "MATCH (n) CALL kg.claims(n) YIELD attribute, value, as_of, sources, evidence "
                  "RETURN n.name, attribute, value, as_of, sources, evidence"))
    lines.push_back("claim " + row);
  for (const auto& row : SortedRows(db,
                                    "CALL kg.conflicts() YIELD subject, predicate, object, attribute, values "
                                    "RETURN subject, predicate, object, attribute, values"))
    lines.push_back("conflict " + row);
  std::sort(lines.begin(), lines.end());
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

class ArticleLifecycle : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("kg_lifecycle_test_" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "news");
    db_ = Open();
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(root_);
  }
  std::unique_ptr<Database> Open() {
    std::unique_ptr<Database> db;
    OpenOptions options;
    options.in_memory = true;
    EXPECT_TRUE(Database::Open("/mem", options, &db).ok());
    return db;
  }
  std::string File(const std::string& name) { return (root_ / "news" / name).string(); }
  void Write(const std::string& name, const char* text) { std::ofstream(File(name)) << text; }
  int64_t Count(Database& db, const std::string& query) {
    QueryResult r = db.Query(query);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r.rows().at(0).at(0).as_int() : -1;
  }

  fs::path root_;
  std::unique_ptr<Database> db_;
};

TEST_F(ArticleLifecycle, EditRemoveAndSyncLeaveWhatACleanBuildMakes) {
  Write("a.txt", kHero);
  Write("b.txt", kRemembers);
  Write("d.txt", kRowing);
  Write("e.txt", kRemembers);  // a copy: one article with b
  fs::create_directories(root_ / "other");
  std::ofstream(root_ / "other" / "c.txt") << kCoastguard;
  BuildReport first = db_->Build({(root_ / "news").string(), (root_ / "other").string()});
  ASSERT_TRUE(first.errors.empty());
  ASSERT_EQ(Count(*db_, "CALL kg.conflicts() YIELD attribute RETURN count(*)"), 1) << "1998 against 1997";

  Write("a.txt", kHeroEdited);
  ASSERT_TRUE(db_->Build({File("a.txt")}).errors.empty());
  RemoveReport removed = db_->Remove({(root_ / "other").string()});
  EXPECT_TRUE(removed.errors.empty());
  EXPECT_EQ(removed.paths, 1);
  EXPECT_EQ(removed.articles, 1);
  fs::remove(File("b.txt"));
  fs::remove(File("d.txt"));
  BuildOptions sync;
  sync.sync = true;
  BuildReport synced = db_->Build({(root_ / "news").string()}, sync);
  EXPECT_TRUE(synced.errors.empty());
  EXPECT_EQ(synced.removed, 2) << "b.txt and d.txt; e.txt still holds b.txt's text";
  EXPECT_EQ(synced.unchanged, 2);

  auto clean = Open();
  ASSERT_TRUE(clean->Build({File("a.txt"), File("e.txt")}).errors.empty());
  EXPECT_EQ(CanonicalExport(*db_), CanonicalExport(*clean));
  GraphStats kept, fresh;
  ASSERT_TRUE(db_->Stats(&kept).ok());
  ASSERT_TRUE(clean->Stats(&fresh).ok());
  EXPECT_EQ(kept.articles, 2);
  EXPECT_EQ(kept.nodes_by_label, fresh.nodes_by_label);
  EXPECT_EQ(kept.relationships_by_type, fresh.relationships_by_type);
  EXPECT_EQ(kept.disputes, fresh.disputes);
  EXPECT_EQ(Count(*db_, "MATCH (p {name: 'Tomas Rendell'}) CALL kg.claims(p) YIELD value RETURN count(*)"), 0)
      << "the age 44 went with the edit";
  EXPECT_EQ(Count(*db_, "MATCH (p) WHERE p.name IN ['Petra Holm', 'Dana Pell'] RETURN count(p)"), 0)
      << "entities no remaining article mentions are gone";
}

TEST_F(ArticleLifecycle, EverySpellingOfAPathIsCountedOnce) {
  Write("a.txt", kHero);
  fs::path cwd = fs::current_path();
  fs::current_path(root_);
  db_->Build({"news/a.txt"});
  db_->Build({"./news/a.txt"});
  db_->Build({File("a.txt")});
  db_->Build({(root_ / "news" / ".." / "news" / "a.txt").string()});
  fs::current_path(cwd);
  GraphStats stats;
  ASSERT_TRUE(db_->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(db_->Remove({File("a.txt")}).articles, 1);
  ASSERT_TRUE(db_->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 0);
  EXPECT_EQ(Count(*db_, "MATCH (n) RETURN count(n)"), 0) << "nothing is left of the only article";
}

TEST_F(ArticleLifecycle, RemovingWhatWasNeverBuiltIsAnInputError) {
  Write("a.txt", kHero);
  db_->Build({File("a.txt")});
  RemoveReport report = db_->Remove({File("zzz.txt"), (root_ / "new").string()});
  ASSERT_EQ(report.errors.size(), 2u);
  EXPECT_EQ(report.errors[0].kind(), ErrorKind::kInput);
  EXPECT_NE(report.errors[0].message().find("zzz.txt"), std::string::npos);
  EXPECT_EQ(report.paths, 0) << "'new' is no folder of news/a.txt";
}

TEST_F(ArticleLifecycle, AnArticleFromStdinIsRemovedByItsPath) {
  ASSERT_TRUE(db_->CompileArticle("-", kHero, nullptr).ok());
  QueryResult path = db_->Query("MATCH (a:Article) RETURN a.path");
  ASSERT_TRUE(path.ok());
  std::string name = path.rows().at(0).at(0).as_string();
  ASSERT_EQ(name.rfind("stdin:", 0), 0u) << name;
  EXPECT_EQ(db_->Remove({name}).articles, 1);
  EXPECT_EQ(Count(*db_, "MATCH (n) RETURN count(n)"), 0);
}

TEST_F(ArticleLifecycle, SyncKeepsTheArticlesOfAMissingFolder) {
  Write("a.txt", kHero);
  db_->Build({(root_ / "news").string()});
  fs::rename(root_ / "news", root_ / "moved");
  BuildOptions sync;
  sync.sync = true;
  BuildReport report = db_->Build({(root_ / "news").string()}, sync);
  EXPECT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.removed, 0);
  EXPECT_EQ(Count(*db_, "MATCH (a:Article) RETURN count(a)"), 1);
}

TEST_F(ArticleLifecycle, DetachDeleteOfACompiledArticleIsRefusedWithAHint) {
  Write("a.txt", kHero);
  db_->Build({File("a.txt")});
  QueryResult r = db_->Query("MATCH (a:Article) DETACH DELETE a");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kRuntime);
  EXPECT_NE(r.status().message().find("kg remove " + File("a.txt")), std::string::npos)
      << r.status().message();
  EXPECT_EQ(Count(*db_, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m)"), 4)
      << "the failed statement wrote nothing";
  EXPECT_TRUE(db_->Query("CREATE (:Article {id: 'x'})").ok());
  EXPECT_TRUE(db_->Query("MATCH (a:Article {id: 'x'}) DETACH DELETE a").ok())
      << "an Article made by Cypher is no compiled one";
}

}  // namespace
}  // namespace kg
