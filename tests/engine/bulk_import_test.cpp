// `kg import` (engine/import/bulk_import.h): neo4j-admin files in, what `kg export --format
// csv` writes read back to the same export, errors with file and line, and a failed import
// leaving the database as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/database.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

class BulkImport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_bulk_import_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = Open();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::unique_ptr<Database> Open() {
    OpenOptions options;
    options.in_memory = true;
    std::unique_ptr<Database> db;
    EXPECT_TRUE(Database::Open("/mem", options, &db).ok());
    return db;
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  static std::string Export(Database& db, ExportFormat format) {
    std::ostringstream out;
    EXPECT_TRUE(db.Export(format, out).ok());
    return out.str();
  }
  static void Run(Database& db, const std::string& statement) {
    QueryResult r = db.Query(statement);
    ASSERT_TRUE(r.ok()) << statement << ": " << r.status().ToString();
  }
  static std::string One(Database& db, const std::string& query) {
    QueryResult r = db.Query(query);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() && !r.rows().empty() ? r.rows()[0][0].ToString() : "?";
  }
  Status Import(Database& db, std::vector<std::string> nodes, std::vector<std::string> rels,
                int64_t batch = 50'000) {
    ImportOptions options;
    options.nodes = std::move(nodes);
    options.relationships = std::move(rels);
    options.batch_rows = batch;
    ImportReport report;
    Status s = db.Import(options, &report);
    report_ = report;
    return s;
  }

  fs::path dir_;
  std::unique_ptr<Database> db_;
  ImportReport report_;
};

TEST_F(BulkImport, ExportImportExportIsIdentical) {
  Run(*db_,
      "CREATE (a:Person:Author {name: 'Ada, \"the\" first', age: 36, height: 1.7, alive: true, "
      "tags: ['x', 'y z'], scores: [1, 2], none: [], blank: '', born: date('1815-12-10'), "
      "seen: datetime('2020-01-02T03:04:05+01:00'), note: 'two\\nlines'}), "
      "(b:Person {name: 'Bo', age: 41, tags: []}), (c {name: 'no label'}), "
      "(a)-[:KNOWS {since: 2001, how: 'work; mostly'}]->(b), (b)-[:KNOWS]->(c), (c)-[:`ODD TYPE`]->(a)");
  std::string csv = Export(*db_, ExportFormat::kCsv);
  std::string file = Write("graph.csv", csv);
  auto copy = Open();
  ASSERT_TRUE(Import(*copy, {file}, {}).ok());
  EXPECT_EQ(report_.nodes, 3);
  EXPECT_EQ(report_.relationships, 3);
  EXPECT_EQ(Export(*copy, ExportFormat::kCsv), csv);
  // Types survive, not only the text: the jsonl export shows them.
  EXPECT_EQ(Export(*copy, ExportFormat::kJsonl), Export(*db_, ExportFormat::kJsonl));
}

TEST_F(BulkImport, Neo4jAdminFilesWithIdSpacesLabelsAndTypes) {
  std::string people = Write("people.csv",
                             "personId:ID(Person),name,born:int,aliases:string[]\n"
                             "p1,Ada,1815,Augusta;Countess\n"
                             "p2,\"Babbage, Charles\",1791,\n");
  std::string orgs = Write("orgs.csv", ":ID(Org),name,:LABEL\np1,Royal Society,Organization;Society\n");
  std::string member =
      Write("member.csv", ":START_ID(Person),:END_ID(Org),year:int\np1,p1,1840\np2,p1,1816\n");
  std::string knows = Write("knows.csv", ":START_ID(Person),:END_ID(Person),:TYPE\np1,p2,KNOWS\n");
  ASSERT_TRUE(Import(*db_, {"Person=" + people, orgs}, {"MEMBER_OF=" + member, knows}, 2).ok());
  EXPECT_EQ(One(*db_, "MATCH (p:Person) RETURN count(*)"), "2");
  EXPECT_EQ(One(*db_, "MATCH (p:Person {name: 'Ada'}) RETURN [p.born, p.aliases]"),
            "[1815, ['Augusta', 'Countess']]");
  EXPECT_EQ(One(*db_, "MATCH (p:Person {name: 'Ada'}) RETURN p.personId"), "'p1'");
  EXPECT_EQ(One(*db_, "MATCH (:Person)-[m:MEMBER_OF]->(o:Society) RETURN sum(m.year)"), "3656");
  EXPECT_EQ(One(*db_, "MATCH (a)-[:KNOWS]->(b) RETURN b.name"), "'Babbage, Charles'");
  EXPECT_EQ(One(*db_, "MATCH (o:Organization)<-[r]-() RETURN count(r)"), "2");
}

TEST_F(BulkImport, AnImportIsAddedBesideWhatIsThere) {
  std::string nodes = Write("n.csv", ":ID,name\n1,Ada\n2,Bo\n");
  std::string rels = Write("r.csv", ":START_ID,:END_ID,:TYPE\n1,2,KNOWS\n");
  ASSERT_TRUE(Import(*db_, {"Person=" + nodes}, {rels}).ok());
  ASSERT_TRUE(Import(*db_, {"Person=" + nodes}, {rels}).ok());
  EXPECT_EQ(One(*db_, "MATCH (p:Person) RETURN count(*)"), "4");
  EXPECT_EQ(One(*db_, "MATCH (:Person {name: 'Ada'})-[k:KNOWS]->() RETURN count(k)"), "2");
}

TEST_F(BulkImport, ErrorsNameFileAndLineAndLeaveNothing) {
  Run(*db_, "CREATE (:Before {name: 'kept'})");
  std::string before = Export(*db_, ExportFormat::kJsonl);
  std::string nodes = Write("n.csv", ":ID,name,age:int\n1,Ada,36\n2,Bo,41\n3,Cy,old\n");
  Status s = Import(*db_, {nodes}, {}, 1);
  EXPECT_EQ(s.kind(), ErrorKind::kInput);
  EXPECT_EQ(s.message(), nodes + ":4: column 'age': 'old' is not an integer");
  EXPECT_EQ(Export(*db_, ExportFormat::kJsonl), before);

  std::string good = Write("good.csv", ":ID,name\n1,Ada\n2,Bo\n");
  std::string rels = Write("r.csv", ":START_ID,:END_ID,:TYPE\n1,2,KNOWS\n\n2,9,KNOWS\n");
  s = Import(*db_, {good}, {rels}, 1);
  EXPECT_EQ(s.message(), rels + ":4: :END_ID '9' is no node of this import");
  EXPECT_EQ(Export(*db_, ExportFormat::kJsonl), before);
  EXPECT_EQ(One(*db_, "MATCH (n) RETURN count(*)"), "1");  // the counters were undone too

  std::string bad_header = Write("h.csv", ":ID,age:integer\n");
  EXPECT_EQ(Import(*db_, {bad_header}, {}).message(),
            bad_header + ":1: header field 'age:integer' has an unknown type");
  std::string no_type = Write("t.csv", ":START_ID,:END_ID\n1,2\n");
  EXPECT_EQ(Import(*db_, {good}, {no_type}).message(),
            no_type + ":1: no :TYPE column; name the type as --relationships TYPE=FILE");
  std::string open_quote = Write("q.csv", ":ID,name\n1,\"Ada\n");
  EXPECT_EQ(Import(*db_, {open_quote}, {}).message(), open_quote + ":2: a quoted field is never closed");
  std::string twice = Write("d.csv", ":ID\n1\n1\n");
  EXPECT_EQ(Import(*db_, {twice}, {}).message(), twice + ":3: node id '1' is given twice");
  EXPECT_EQ(Import(*db_, {(dir_ / "missing.csv").string()}, {}).message(),
            (dir_ / "missing.csv").string() + ": cannot open: No such file or directory");
  EXPECT_EQ(Export(*db_, ExportFormat::kJsonl), before);
}

}  // namespace
}  // namespace kg
