// A fact's sources as records of their own (keys.h `sources`): read as list properties in
// article id order, added and removed one at a time; tallies kept by merges; and an older
// format's database refused without being changed.
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "storage/graph_store.h"
#include "storage/keys.h"
#include "tests/storage/memory_store.h"

namespace kg::storage {
namespace {

List Strings(std::initializer_list<const char*> items) {
  List out;
  for (const char* s : items) out.push_back(Value(s));
  return out;
}

// A relationship with sources from articles "b", "a" and "c", added in that order, one commit each.
RelId FactOfThreeSources(GraphStore& store) {
  auto txn = store.Begin();
  RelId rel = txn->CreateRel("MET", txn->CreateNode({"Person"}, {}), txn->CreateNode({"Person"}, {}), {});
  txn->PutSource(rel, {"b", "B said it.", "body", 0, 10});
  EXPECT_TRUE(txn->Commit().ok());
  for (const char* article : {"a", "c"}) {
    txn = store.Begin();
    txn->PutSource(rel, {article, std::string(article) + " said it.", "caption", 3, 13});
    EXPECT_TRUE(txn->Commit().ok());
  }
  return rel;
}

TEST(SourceRecords, ReadAsListPropertiesInArticleOrder) {
  auto store = OpenMemory();
  RelId rel = FactOfThreeSources(*store);
  auto read = store->Begin()->GetRel(rel);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->properties.at("sources"), Value(Strings({"a", "b", "c"})));
  EXPECT_EQ(read->properties.at("evidence"), Value(Strings({"a said it.", "B said it.", "c said it."})));
  EXPECT_EQ(read->properties.at("evidence_kind"), Value(Strings({"caption", "body", "caption"})));
  auto source = store->Begin()->GetSource(rel, "b");
  ASSERT_TRUE(source);
  EXPECT_EQ(source->end, 10u);
  EXPECT_FALSE(store->Begin()->GetSource(rel, "d"));
}

TEST(SourceRecords, ATransactionSeesItsOwnAdditionsAndRemovals) {
  auto store = OpenMemory();
  RelId rel = FactOfThreeSources(*store);
  auto txn = store->Begin();
  txn->DeleteSource(rel, "b");
  txn->PutSource(rel, {"ab", "ab said it.", "body", 0, 0});
  std::vector<std::string> seen;
  txn->ScanSources(rel, [&](const SourceRecord& s) {
    seen.push_back(s.article);
    return true;
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "ab", "c"}));
  txn->Rollback();
  EXPECT_EQ(store->Begin()->GetRel(rel)->properties.at("sources"), Value(Strings({"a", "b", "c"})));
}

TEST(SourceRecords, DeletingTheRelationshipDeletesThemAndTheirPropertyKeys) {
  auto store = OpenMemory();
  RelId rel = FactOfThreeSources(*store);
  auto keys = store->Begin()->PropertyKeys();
  EXPECT_NE(std::find(keys.begin(), keys.end(), "evidence_kind"), keys.end());
  auto txn = store->Begin();
  txn->DeleteRel(rel);
  ASSERT_TRUE(txn->Commit().ok());
  bool any = false;
  store->Begin()->ScanSources(rel, [&](const SourceRecord&) { return !(any = true); });
  EXPECT_FALSE(any);
  keys = store->Begin()->PropertyKeys();
  EXPECT_EQ(std::find(keys.begin(), keys.end(), "sources"), keys.end());
}

TEST(SourceRecords, ARelationshipWithoutThemKeepsItsOwnProperties) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  RelId rel = txn->CreateRel("T", txn->CreateNode({}, {}), txn->CreateNode({}, {}),
                             {{"sources", Value(Strings({"x"}))}});
  ASSERT_TRUE(txn->Commit().ok());
  auto read = store->Begin()->GetRel(rel);
  EXPECT_EQ(read->properties.at("sources"), Value(Strings({"x"})));
  EXPECT_EQ(read->properties.count("evidence"), 0u);
}

TEST(Tallies, SumAcrossCommitsAndHideZero) {
  auto store = OpenMemory();
  for (int delta : {2, 3, -1}) {
    auto txn = store->Begin();
    txn->AddToTally("x/a", delta);
    txn->AddToTally("x/b", 1);
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto txn = store->Begin();
  txn->AddToTally("x/b", -3);  // uncommitted: seen by this transaction only
  txn->AddToTally("y/c", 1);
  std::vector<std::pair<std::string, int64_t>> seen;
  txn->ScanTallies("x/", [&](std::string_view key, int64_t count) {
    seen.emplace_back(std::string(key), count);
    return true;
  });
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, int64_t>>{{"x/a", 4}}));
}

TEST(Store, OlderFormatIsRefusedAndLeftAsItWas) {
  auto dir = std::filesystem::temp_directory_path() / ("kg_source_records_v1_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::vector<std::string> v1_families = {"default", "nodes",  "rels",     "adjacency",
                                          "index",   "counts", "articles", "aux"};
  {  // a database as kg of format 1 made it: no `sources` family
    rocksdb::Options options;
    options.create_if_missing = options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const auto& name : v1_families) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir.string(), families, &handles, &raw).ok());
    ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), handles[0], "format_version", "1").ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  for (bool read_only : {false, true}) {
    std::unique_ptr<GraphStore> store;
    GraphStore::Options options;
    options.read_only = read_only;
    Status s = GraphStore::Open(dir.string(), options, &store);
    EXPECT_EQ(s.kind(), ErrorKind::kDatabase);
    EXPECT_NE(s.message().find("format v1 is older"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("kg build"), std::string::npos) << s.message();
  }
  std::vector<std::string> families;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.string(), &families).ok());
  std::sort(families.begin(), families.end());
  std::sort(v1_families.begin(), v1_families.end());
  EXPECT_EQ(families, v1_families) << "an older kg must still open it";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::storage
