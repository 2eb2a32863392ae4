// Bad input gets an InputError naming the file, and the other files still compile.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "kg/database.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

TEST(BuildInput, BadFilesAreReportedAndGoodOnesCompiled) {
  fs::path dir = fs::temp_directory_path() / ("kg_input_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a_good.txt") << "Bakers strike\n\nBaker Lena Ostrova met Mayor Pavel Rusk in Dunmere.\n";
  std::ofstream(dir / "b_empty.txt") << "   \n";
  std::ofstream(dir / "c_binary.txt", std::ios::binary) << std::string("\x7f" "ELF\0\0\x01\x02", 8);
  std::ofstream(dir / "d_latin1.txt", std::ios::binary) << "Caf\xe9 owner speaks.\n";
  std::unique_ptr<Database> db;
  OpenOptions options;
  options.in_memory = true;
  ASSERT_TRUE(Database::Open("/mem", options, &db).ok());
  BuildReport report = db->Build({dir.string()});
  EXPECT_EQ(report.articles, 1);
  EXPECT_EQ(report.failed, 3);
  ASSERT_EQ(report.errors.size(), 3u);
  for (const auto& e : report.errors) EXPECT_EQ(e.kind(), ErrorKind::kInput);
  EXPECT_NE(report.errors[0].message().find("b_empty.txt"), std::string::npos);
  EXPECT_NE(report.errors[1].message().find("binary"), std::string::npos);
  EXPECT_NE(report.errors[2].message().find("UTF-8"), std::string::npos);
  // Compiling the same folder again changes nothing.
  BuildReport again = db->Build({dir.string()});
  EXPECT_EQ(again.articles, 0);
  EXPECT_EQ(again.unchanged, 1);
  fs::remove_all(dir);
}

TEST(BuildInput, ChangedArticleReplacesItsContribution) {
  std::unique_ptr<Database> db;
  OpenOptions options;
  options.in_memory = true;
  ASSERT_TRUE(Database::Open("/mem", options, &db).ok());
  ASSERT_TRUE(db->CompileArticle("x.txt", "Talk\n\nAuthor Mira Tolland met Judge Osric Vane in Pellham.\n", nullptr).ok());
  ASSERT_TRUE(db->CompileArticle("y.txt", "Again\n\nAuthor Mira Tolland met Judge Osric Vane.\n", nullptr).ok());
  auto count = [&](const std::string& q) { return db->Query(q).rows().at(0).at(0).as_int(); };
  EXPECT_EQ(count("MATCH ()-[r:MET]-() RETURN count(DISTINCT r)"), 1);
  EXPECT_EQ(count("MATCH ()-[r:MET]-() RETURN max(size(r.sources))"), 2);
  ASSERT_TRUE(db->CompileArticle("x.txt", "Talk\n\nNothing happened in Pellham today.\n", nullptr).ok());
  EXPECT_EQ(count("MATCH ()-[r:MET]-() RETURN max(size(r.sources))"), 1);  // y.txt still states it
  ASSERT_TRUE(db->CompileArticle("y.txt", "Again\n\nQuiet day.\n", nullptr).ok());
  EXPECT_EQ(count("MATCH ()-[r:MET]-() RETURN count(r)"), 0);
  EXPECT_EQ(count("MATCH (p:Person) RETURN count(p)"), 0);
  EXPECT_EQ(count("MATCH (a:Article) RETURN count(a)"), 2);
}

}  // namespace
}  // namespace kg
