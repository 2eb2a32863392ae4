// Temporal properties survive the disk and the cypher export (README "Dates, times and
// durations"): stored typed, read back equal after a reopen, and rebuilt from the export.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "kg/database.h"
#include "kg/script.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCreate =
    "CREATE (:Event {day: date('1994-03'), at: time('21:40:32.142+01:00'), "
    "when: [datetime('2017-10-29T02:30+01:00[Europe/Stockholm]'), "
    "localdatetime('+999999999-12-31T23:59:59.999999999')], "
    "took: duration('P-1Y2M-3DT-0.5S'), clock: localtime('00:00:00.000000001')})";
constexpr const char* kRead = "MATCH (e:Event) RETURN e.day, e.at, e.when, e.took, e.clock";

std::unique_ptr<Database> Open(const fs::path& dir) {
  std::unique_ptr<Database> db;
  Status s = Database::Open(dir.string(), OpenOptions{}, &db);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return db;
}

std::vector<Value> Row(Database& db) {
  QueryResult r = db.Query(kRead);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() && r.rows().size() == 1 ? r.rows()[0] : std::vector<Value>{};
}

class TemporalRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_temporal_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(TemporalRoundTrip, StoredValuesReadBackTyped) {
  std::vector<Value> written;
  {
    auto db = Open(dir_ / "a");
    ASSERT_TRUE(db->Query(kCreate).ok());
    written = Row(*db);
  }
  auto db = Open(dir_ / "a");
  std::vector<Value> read = Row(*db);
  ASSERT_EQ(read.size(), 5u);
  EXPECT_EQ(read, written);
  EXPECT_EQ(read[0].as_temporal().kind, Temporal::Kind::kDate);
  EXPECT_EQ(read[0].ToString(), "1994-03-01");
  EXPECT_EQ(read[2].as_list()[0].ToString(), "2017-10-29T02:30+01:00[Europe/Stockholm]");
  EXPECT_EQ(read[3].ToString(), "P-10M-3DT-0.5S");
}

TEST_F(TemporalRoundTrip, CypherExportRebuildsTheSameValues) {
  auto source = Open(dir_ / "a");
  ASSERT_TRUE(source->Query(kCreate).ok());
  std::ostringstream script;
  ASSERT_TRUE(source->Export(ExportFormat::kCypher, script).ok());
  auto copy = Open(dir_ / "b");
  for (const auto& statement : SplitScript(script.str())) {
    QueryResult r = copy->Query(statement.text);
    ASSERT_TRUE(r.ok()) << statement.text << ": " << r.status().ToString();
  }
  EXPECT_EQ(Row(*copy), Row(*source));
}

}  // namespace
}  // namespace kg
