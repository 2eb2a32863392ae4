// `kg extract` and `kg load` through the embedding API (issue 12): the lines ExtractArticles
// writes are the same on any number of threads, and Database::Load of them makes the graph
// Database::Build makes; a line that cannot be read writes nothing of its article.
// (tests/shell/extract_load_test.sh does the same through the command on the examples.)
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/database.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// Five articles that share people and places, so that later ones resolve to earlier nodes.
const char* const kArticles[] = {
    "Harbour fire hero honoured\n\nFirefighter Tomas Rendell rescued fisherman Ilse Varga in Dunmore in 1998. "
    "Rendell, 44, met Mayor Joan Pike at the ceremony.\n",
    "Dunmore remembers the harbour fire\n\nTomas Rendell rescued Ilse Varga in Dunmore in 1997. "
    "Tom Rendell later met Joan Pike in Kelbridge.\n",
    "Award for coastguard\n\nCoastguard Petra Holm rescued sailor Ivo Marsh near Kelbridge in March 2004. "
    "Holm met Joan Pike last week.\n",
    "Rowing club opens\n\nRower Dana Pell met Petra Holm in Dunmore. Pell founded the Dunmore Rowing Club in 2010.\n",
    "Mayor steps down\n\nJoan Pike, 61, resigned as mayor of Dunmore on Monday. Pike was elected in 2012.\n",
};

class ExtractLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_extract_load_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "news");
    for (size_t i = 0; i < std::size(kArticles); ++i)
      std::ofstream(dir_ / "news" / (std::to_string(i) + ".txt")) << kArticles[i];
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Database> OpenInMemory() {
    std::unique_ptr<Database> db;
    OpenOptions options;
    options.in_memory = true;
    EXPECT_TRUE(Database::Open("/mem", options, &db).ok());
    return db;
  }

  std::string Extract(int jobs) {
    std::ostringstream out;
    BuildReport report = ExtractArticles({(dir_ / "news").string()}, jobs, out);
    EXPECT_TRUE(report.errors.empty());
    EXPECT_EQ(report.articles, static_cast<int64_t>(std::size(kArticles)));
    return out.str();
  }

  std::string WriteLines(const std::string& name, const std::string& lines) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << lines;
    return path;
  }

  static std::string Export(Database& db) {
    std::ostringstream out;
    EXPECT_TRUE(db.Export(ExportFormat::kJsonl, out).ok());
    return out.str();
  }

  fs::path dir_;
};

TEST_F(ExtractLoad, LinesAreTheSameOnAnyNumberOfThreads) {
  std::string one = Extract(1);
  EXPECT_EQ(Extract(2), one);
  EXPECT_EQ(Extract(4), one);
  EXPECT_EQ(std::count(one.begin(), one.end(), '\n'), static_cast<long>(std::size(kArticles)));
}

TEST_F(ExtractLoad, LoadMakesTheGraphBuildMakes) {
  auto built = OpenInMemory();
  BuildOptions options;
  options.jobs = 2;
  ASSERT_TRUE(built->Build({(dir_ / "news").string()}, options).errors.empty());
  auto loaded = OpenInMemory();
  BuildReport report = loaded->Load({WriteLines("lines.jsonl", Extract(2))});
  EXPECT_TRUE(report.errors.empty());
  EXPECT_EQ(report.articles, static_cast<int64_t>(std::size(kArticles)));
  EXPECT_EQ(Export(*loaded), Export(*built));
  EXPECT_GT(report.facts, 0);
}

TEST_F(ExtractLoad, ABadLineWritesNothingOfItsArticle) {
  std::istringstream lines(Extract(1));
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  // The second line's last fact names an entity the line does not have: read after its
  // entities and sentences, before anything is written.
  size_t subject = second.rfind("{\"subject\":");
  ASSERT_NE(subject, std::string::npos);
  second.replace(subject, std::string("{\"subject\":").size(), "{\"subject\":999,\"x\":");
  auto db = OpenInMemory();
  BuildReport report = db->Load({WriteLines("bad.jsonl", first + "\n" + second + "\n")});
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].kind(), ErrorKind::kInput);
  EXPECT_NE(report.errors[0].message().find("bad.jsonl:2: facts["), std::string::npos) << report.errors[0].message();
  EXPECT_NE(report.errors[0].message().find("].subject: expected an integer from 0 to"), std::string::npos);
  EXPECT_EQ(report.articles, 1);

  auto only_first = OpenInMemory();
  ASSERT_TRUE(only_first->Load({WriteLines("first.jsonl", first + "\n")}).errors.empty());
  EXPECT_EQ(Export(*db), Export(*only_first));
}

}  // namespace
}  // namespace kg
