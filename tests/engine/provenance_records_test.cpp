// Provenance as records of their own (engine/knowledge/knowledge_store.h): a fact and its
// claims stated by many articles make no value in the store that grows with them, read
// back in article order, and leave one article at a time.
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "engine/knowledge/knowledge_store.h"
#include "storage/keys.h"
#include "storage/merge_operators.h"

namespace kg::knowledge {
namespace {

namespace fs = std::filesystem;
using storage::GraphStore;

std::string ArticleId(int i) {
  char id[17];
  std::snprintf(id, sizeof id, "%016x", i * 7919 % 100003);  // not in the order they come
  return id;
}

class ProvenanceRecords : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() / ("kg_provenance_" + std::to_string(getpid()))).string();
    fs::remove_all(dir_);
    ASSERT_TRUE(GraphStore::Open(dir_, {}, &store_).ok());
    auto txn = store_->Begin();
    a_ = txn->CreateNode({"Person"}, {{"name", Value("Ada Quill")}});
    b_ = txn->CreateNode({"Person"}, {{"name", Value("Ivo Marsh")}});
    ASSERT_TRUE(txn->Commit().ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  // Article i states the fact, its date and Ada's age, each in one commit as the compiler does.
  storage::RelId State(int i) {
    auto txn = store_->Begin();
    Source source{
        ArticleId(i), "Ada Quill, 52, met Ivo Marsh in 1994 (" + ArticleId(i) + ").", "body", "", 0, 60};
    storage::RelId rel = AddFact(*txn, a_, "MET", b_, source, true);
    AddQualifierClaim(*txn, rel, "date", Value(i % 3 ? "1994" : "1993"), source);
    AddClaim(*txn, a_, "age", Value(int64_t{52}), "2020", source);
    EXPECT_TRUE(txn->Commit().ok());
    return rel;
  }

  // The size of the largest value in any column family (merges applied).
  size_t LargestValue() {
    store_.reset();
    rocksdb::DBOptions options;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (int f = 0; f < storage::keys::kFamilyCount; ++f) {
      rocksdb::ColumnFamilyOptions family;
      if (f == storage::keys::kCounts) family.merge_operator = storage::NewCounterMerge();
      if (f == storage::keys::kAdjacency) family.merge_operator = storage::NewAdjacencyMerge();
      families.emplace_back(storage::keys::FamilyName(f), family);
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    EXPECT_TRUE(rocksdb::DB::OpenForReadOnly(options, dir_, families, &handles, &raw).ok());
    size_t largest = 0;
    for (auto* h : handles) {
      std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator(rocksdb::ReadOptions(), h));
      for (it->SeekToFirst(); it->Valid(); it->Next()) largest = std::max(largest, it->value().size());
      EXPECT_TRUE(it->status().ok());
      raw->DestroyColumnFamilyHandle(h);
    }
    delete raw;
    EXPECT_TRUE(GraphStore::Open(dir_, {}, &store_).ok());
    return largest;
  }

  std::string dir_;
  std::unique_ptr<GraphStore> store_;
  storage::NodeId a_ = 0, b_ = 0;
};

TEST_F(ProvenanceRecords, NoValueGrowsWithTheArticlesThatStateAFact) {
  for (int i = 0; i < 20; ++i) State(i);
  size_t after_20 = LargestValue();
  for (int i = 20; i < 400; ++i) State(i);
  EXPECT_EQ(LargestValue(), after_20);
}

TEST_F(ProvenanceRecords, SourcesReadInArticleOrderAndLeaveOneByOne) {
  storage::RelId rel = 0;
  for (int i = 0; i < 30; ++i) rel = State(i);
  auto read = store_->Begin()->GetRel(rel);
  ASSERT_TRUE(read);
  const List& sources = read->properties.at("sources").as_list();
  ASSERT_EQ(sources.size(), 30u);
  for (size_t i = 1; i < sources.size(); ++i) EXPECT_LT(sources[i - 1].as_string(), sources[i].as_string());
  EXPECT_EQ(read->properties.at("evidence").as_list().size(), 30u);
  EXPECT_EQ(read->properties.at("date"), Value("1994"));  // 20 sources against 10
  {  // the two dates are a dispute, found from the tallies; its rows name every source
    auto txn = store_->Begin();
    EXPECT_EQ(CountDisputes(*txn), 1);
    auto rows = ConflictRows(*txn);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0][3], Value("date"));
    const List& values = rows[0][4].as_list();
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(
        values[0].as_map().at("sources").as_list().size() + values[1].as_map().at("sources").as_list().size(),
        30u);
  }
  for (int i = 0; i < 30; ++i) {
    if (i % 3 == 0) continue;  // the 1993 articles stay
    auto txn = store_->Begin();
    RetractArticle(*txn, ArticleId(i), {rel});
    ASSERT_TRUE(txn->Commit().ok());
  }
  read = store_->Begin()->GetRel(rel);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->properties.at("sources").as_list().size(), 10u);
  EXPECT_EQ(read->properties.at("date"), Value("1993"));
  EXPECT_EQ(CountDisputes(*store_->Begin()), 0) << "one date left: no dispute";
  EXPECT_EQ(
      SourceRows(*store_->Begin(), Value(Relationship{static_cast<int64_t>(rel), "MET", 0, 0, {}})).size(),
      10u);
  for (int i = 0; i < 30; i += 3) {
    auto txn = store_->Begin();
    RetractArticle(*txn, ArticleId(i), {rel});
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto txn = store_->Begin();
  EXPECT_FALSE(txn->GetRel(rel)) << "a fact no article states is deleted";
  EXPECT_TRUE(txn->GetNode(a_)->properties.count("age") == 0) << "nor is a claim kept";
  EXPECT_TRUE(ClaimRows(*txn, Value(Node{static_cast<int64_t>(a_), {}, {}})).empty());
}

TEST_F(ProvenanceRecords, SourcesListedByCypherJoinTheRecordsWhenAnArticleStatesTheFact) {
  auto txn = store_->Begin();
  storage::RelId rel = txn->CreateRel("MET", a_, b_,
                                      {{"sources", Value(List{Value("zz")})},
                                       {"evidence", Value(List{Value("Typed in.")})},
                                       {"evidence_kind", Value(List{Value("caption")})}});
  ASSERT_TRUE(txn->Commit().ok());
  txn = store_->Begin();
  EXPECT_EQ(AddFact(*txn, a_, "MET", b_, {"aa", "They met.", "body", "", 0, 9}, true), rel);
  ASSERT_TRUE(txn->Commit().ok());
  auto read = store_->Begin()->GetRel(rel);
  EXPECT_EQ(read->properties.at("sources"), Value(List{Value("aa"), Value("zz")}));
  EXPECT_EQ(read->properties.at("evidence"), Value(List{Value("They met."), Value("Typed in.")}));
  EXPECT_EQ(read->properties.at("evidence_kind"), Value(List{Value("body"), Value("caption")}));
}

TEST_F(ProvenanceRecords, KgSourcesStreamsAllTenThousandSourcesOfAFact) {
  storage::RelId rel = 0;
  for (int i = 0; i < 10000; ++i) {
    auto txn = store_->Begin();
    rel = AddFact(*txn, a_, "MET", b_, {ArticleId(i), "They met.", "body", "", 0, 9}, true);
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto rows = SourceRows(*store_->Begin(), Value(Relationship{static_cast<int64_t>(rel), "MET", 0, 0, {}}));
  ASSERT_EQ(rows.size(), 10000u);
  for (size_t i = 1; i < rows.size(); ++i) ASSERT_LT(rows[i - 1][0].as_string(), rows[i][0].as_string());
  EXPECT_EQ(rows.back()[2], Value("They met."));
}

}  // namespace
}  // namespace kg::knowledge
