// Storage layer: key order, round trips, adjacency, name index, articles, transactions,
// version refusal and the lock error.
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include "storage/codec.h"
#include "storage/graph_store.h"
#include "storage/keys.h"
#include "tests/storage/memory_store.h"

namespace kg::storage {
namespace {

std::string TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("kg_storage_test_" + name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  return dir.string();
}

TEST(KeyEncoding, IdsSortLikeNumbers) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 1000; ++i) {
    uint64_t a = rng(), b = rng() >> (rng() % 64);
    EXPECT_EQ(a < b, keys::Id(a) < keys::Id(b)) << a << " " << b;
  }
}

TEST(KeyEncoding, AdjacencyKeysGroupByNodeThenDirection) {
  EXPECT_LT(keys::Adjacency(1, false, "ZZ"), keys::Adjacency(1, true, "A"));
  EXPECT_LT(keys::Adjacency(1, true, "ZZ"), keys::Adjacency(2, false, "A"));
  EXPECT_EQ(keys::Adjacency(3, true, "KNOWS").rfind(keys::AdjacencyPrefix(3, true), 0), 0u);
}

TEST(Codec, ValuesRoundTrip) {
  Value v(Map{{"a", Value(int64_t{-5})}, {"b", Value(List{Value(1.5), Value("x"), Value()})}, {"c", Value(true)}});
  std::string bytes;
  codec::PutValue(&bytes, v);
  std::string_view in(bytes);
  Value out;
  ASSERT_TRUE(codec::GetValue(&in, &out));
  EXPECT_EQ(v, out);
}

// Every temporal kind keeps all its fields, the zone name and negative amounts included.
TEST(Codec, TemporalValuesRoundTrip) {
  Temporal datetime;
  datetime.kind = Temporal::Kind::kDateTime;
  datetime.days = -51000;
  datetime.nanos = 45296645876123;
  datetime.offset = 3208;
  datetime.zone = "Europe/Stockholm";
  Temporal duration;
  duration.kind = Temporal::Kind::kDuration;
  duration.months = -20;
  duration.days = 14;
  duration.seconds = -61;
  duration.nanos = 999000000;
  Value v(List{Value(datetime), Value(duration)});
  std::string bytes;
  codec::PutValue(&bytes, v);
  std::string_view in(bytes);
  Value out;
  ASSERT_TRUE(codec::GetValue(&in, &out));
  EXPECT_EQ(v, out);
  EXPECT_TRUE(in.empty());
  std::string_view cut(bytes.data(), bytes.size() - 3);
  EXPECT_FALSE(codec::GetValue(&cut, &out));
}

TEST(Codec, AdjacencyIsDeltaEncoded) {
  std::vector<codec::AdjEntry> entries{{1000000, 5}, {1000001, 6}, {1000002, 7}};
  std::string packed = codec::EncodeAdjacency(entries);
  EXPECT_LT(packed.size(), 16u);  // three entries after the first cost two bytes each
  std::vector<codec::AdjEntry> back;
  ASSERT_TRUE(codec::DecodeAdjacency(packed, &back));
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[2].rel, 1000002u);
  EXPECT_EQ(back[2].neighbour, 7u);
}

TEST(Store, NodeAndRelationshipRoundTrip) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({"Person"}, {{"name", Value("Ann")}});
  NodeId b = txn->CreateNode({"Person", "Author"}, {{"age", Value(int64_t{40})}});
  RelId r = txn->CreateRel("KNOWS", a, b, {{"since", Value(int64_t{2001})}});
  ASSERT_TRUE(txn->Commit().ok());
  auto read = store->Begin();
  EXPECT_EQ(read->GetNode(b)->labels, (std::vector<std::string>{"Person", "Author"}));
  EXPECT_EQ(read->GetRel(r)->properties.at("since"), Value(int64_t{2001}));
  EXPECT_EQ(read->CountNodes("Person"), 2);
  EXPECT_EQ(read->CountNodes("Author"), 1);
  EXPECT_EQ(read->CountRels("KNOWS"), 1);
  EXPECT_EQ(read->Labels(), (std::vector<std::string>{"Author", "Person"}));
}

TEST(Store, AdjacencyBothDirectionsPerTypeAndAfterDelete) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({}, {}), b = txn->CreateNode({}, {}), c = txn->CreateNode({}, {});
  RelId ab = txn->CreateRel("T", a, b, {});
  txn->CreateRel("U", a, c, {});
  txn->CreateRel("T", c, a, {});
  ASSERT_TRUE(txn->Commit().ok());
  auto read = store->Begin();
  EXPECT_EQ(read->Edges(a, Direction::kOutgoing, "").size(), 2u);
  EXPECT_EQ(read->Edges(a, Direction::kOutgoing, "T").size(), 1u);
  EXPECT_EQ(read->Edges(a, Direction::kIncoming, "T").size(), 1u);
  EXPECT_EQ(read->Edges(a, Direction::kBoth, "").size(), 3u);
  EXPECT_EQ(read->Degree(b, Direction::kIncoming, "T"), 1);
  auto del = store->Begin();
  del->DeleteRel(ab);
  EXPECT_EQ(del->Edges(a, Direction::kOutgoing, "T").size(), 0u);  // read-your-writes
  ASSERT_TRUE(del->Commit().ok());
  EXPECT_EQ(store->Begin()->Edges(b, Direction::kIncoming, "").size(), 0u);
}

TEST(Store, NameIndexExactCaseInsensitiveAndAliases) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId n = txn->CreateNode({"Person"}, {{"name", Value("Ada Quill")}, {"aliases", Value(List{Value("A. Quill")})}});
  ASSERT_TRUE(txn->Commit().ok());
  auto read = store->Begin();
  EXPECT_EQ(read->FindByName("Person", "Ada Quill", false), std::vector<NodeId>{n});
  EXPECT_TRUE(read->FindByName("Person", "ada quill", false).empty());
  EXPECT_EQ(read->FindByName("Person", "ada quill", true), std::vector<NodeId>{n});
  EXPECT_EQ(read->FindByName("", "A. Quill", false), std::vector<NodeId>{n});
  EXPECT_TRUE(read->FindByName("Place", "Ada Quill", false).empty());
  auto rename = store->Begin();
  rename->SetNodeProperty(n, "name", Value("Ada Quill-Barr"));
  ASSERT_TRUE(rename->Commit().ok());
  EXPECT_TRUE(store->Begin()->FindByName("Person", "Ada Quill", false).empty());
}

TEST(Store, NamePrefixIsARangeOfTheNameIndex) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId ada = txn->CreateNode({"Person"}, {{"name", Value("Ada Quill")}});
  NodeId adam = txn->CreateNode({"Person"}, {{"name", Value("Adam")}, {"aliases", Value(List{Value("Ada R")})}});
  NodeId firm = txn->CreateNode({"Company"}, {{"name", Value("Adaptive")}});
  txn->CreateNode({"Person"}, {{"name", Value("Bea")}, {"aliases", Value(List{Value("Bea A")})}});
  ASSERT_TRUE(txn->Commit().ok());
  auto read = store->Begin();
  EXPECT_EQ(read->FindByNamePrefix("Person", "Ada"), (std::vector<NodeId>{ada, adam}));  // each once
  EXPECT_EQ(read->FindByNamePrefix("", "Adap"), std::vector<NodeId>{firm});
  EXPECT_TRUE(read->FindByNamePrefix("Person", "ada").empty());  // exact bytes, not folded
  auto write = store->Begin();  // read-your-writes: a rename leaves the range, a new name joins it
  write->SetNodeProperty(ada, "name", Value("Zoe"));
  NodeId new_one = write->CreateNode({"Person"}, {{"name", Value("Adara")}});
  EXPECT_EQ(write->FindByNamePrefix("Person", "Ada"), (std::vector<NodeId>{adam, new_one}));
}

TEST(Store, NodeRecordsInOnePassSeeTheTransactionsOwnWrites) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({"Person"}, {{"name", Value("Ada")}});
  NodeId b = txn->CreateNode({"Person"}, {{"name", Value("Bea")}});
  NodeId c = txn->CreateNode({"City"}, {{"name", Value("Oslo")}});
  ASSERT_TRUE(txn->Commit().ok());
  auto names = [](Transaction& t) {
    std::vector<std::pair<NodeId, std::string>> out;
    t.ScanNodeRecords([&](const NodeRecord& n) {
      out.emplace_back(n.id, n.properties.at("name").as_string());
      return true;
    });
    return out;
  };
  auto read = store->Begin();
  EXPECT_EQ(names(*read), (std::vector<std::pair<NodeId, std::string>>{{a, "Ada"}, {b, "Bea"}, {c, "Oslo"}}));
  auto write = store->Begin();  // a changed node, a deleted one and a new one, each in id order
  write->SetNodeProperty(a, "name", Value("Ada Quill"));
  ASSERT_TRUE(write->DeleteNode(b).ok());
  NodeId d = write->CreateNode({"Person"}, {{"name", Value("Cy")}});
  EXPECT_EQ(names(*write), (std::vector<std::pair<NodeId, std::string>>{{a, "Ada Quill"}, {c, "Oslo"}, {d, "Cy"}}));
}

TEST(Store, ArticleRecordsReplaceAndDelete) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  txn->PutArticle({"a.txt", "id1", "h1", 1, {2, 3}, {4}});
  ASSERT_TRUE(txn->Commit().ok());
  auto replace = store->Begin();
  replace->PutArticle({"a.txt", "id2", "h2", 5, {6}, {}});
  ASSERT_TRUE(replace->Commit().ok());
  auto record = store->Begin()->GetArticle("a.txt");
  ASSERT_TRUE(record);
  EXPECT_EQ(record->article_id, "id2");
  EXPECT_EQ(record->nodes, std::vector<NodeId>{6});
  auto del = store->Begin();
  del->DeleteArticle("a.txt");
  ASSERT_TRUE(del->Commit().ok());
  EXPECT_FALSE(store->Begin()->GetArticle("a.txt"));
}

TEST(Store, UncommittedTransactionLeavesNothing) {
  auto store = OpenMemory();
  {
    auto txn = store->Begin();
    txn->CreateNode({"Person"}, {{"name", Value("Ghost")}});
    txn->Rollback();
  }
  {
    auto txn = store->Begin();
    txn->CreateNode({"Person"}, {});
  }  // dropped without Commit, as a crash would
  EXPECT_EQ(store->Begin()->CountNodes(""), 0);
}

TEST(Store, DeleteNodeWithRelationshipsIsRefused) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({}, {}), b = txn->CreateNode({}, {});
  txn->CreateRel("T", a, b, {});
  EXPECT_FALSE(txn->DeleteNode(a).ok());
}

TEST(Store, NewerFormatIsRefused) {
  std::string dir = TempDir("version");
  {
    std::unique_ptr<GraphStore> store;
    ASSERT_TRUE(GraphStore::Open(dir, {}, &store).ok());
  }
  {  // write a future format version behind kg's back
    rocksdb::Options options;
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw;
    std::vector<rocksdb::ColumnFamilyDescriptor> plain;
    for (int f = 0; f < keys::kFamilyCount; ++f) plain.emplace_back(keys::FamilyName(f), rocksdb::ColumnFamilyOptions());
    ASSERT_TRUE(rocksdb::DB::Open(options, dir, plain, &handles, &raw).ok());
    ASSERT_TRUE(raw->Put(rocksdb::WriteOptions(), handles[0], "format_version", "99").ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  std::unique_ptr<GraphStore> store;
  Status s = GraphStore::Open(dir, {}, &store);
  EXPECT_EQ(s.kind(), ErrorKind::kDatabase);
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.message();
  std::filesystem::remove_all(dir);
}

TEST(Store, MissingDatabaseWithoutCreateIsAnError) {
  std::unique_ptr<GraphStore> store;
  GraphStore::Options options;
  options.create_if_missing = false;
  Status s = GraphStore::Open(TempDir("missing"), options, &store);
  EXPECT_EQ(s.kind(), ErrorKind::kDatabase);
}

// The child is forked before this process opens the store: forking after RocksDB has started
// its background threads can leave a lock held in the child, which then hangs.
TEST(Store, SecondProcessGetsALockError) {
  std::string dir = TempDir("lock");
  int opened[2];
  ASSERT_EQ(pipe(opened), 0);
  pid_t child = fork();
  if (child == 0) {
    close(opened[1]);
    char byte = 0;
    if (read(opened[0], &byte, 1) != 1) _exit(2);  // wait until the parent holds the store
    std::unique_ptr<GraphStore> other;
    Status s = GraphStore::Open(dir, {}, &other);
    bool ok = s.kind() == ErrorKind::kDatabase && s.message().find("locked by another process") != std::string::npos;
    _exit(ok ? 0 : 1);
  }
  close(opened[0]);
  std::unique_ptr<GraphStore> store;
  ASSERT_TRUE(GraphStore::Open(dir, {}, &store).ok());
  ASSERT_EQ(write(opened[1], "x", 1), 1);
  close(opened[1]);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  store.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::storage
