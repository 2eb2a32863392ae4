// Node records shared through the store's cache (storage/node_cache.h): a reader never
// sees a record older than a Get would give it, and a transaction sees its own writes.
#include <gtest/gtest.h>

#include "storage/graph_store.h"
#include "tests/storage/memory_store.h"

namespace kg::storage {
namespace {

Value Age(Transaction& txn, NodeId id) {
  auto node = txn.ReadNode(id);
  if (!node) return Value("absent");
  auto it = node->properties.find("age");
  return it == node->properties.end() ? Value() : it->second;
}

TEST(NodeCache, ACommitAfterAReadIsSeenByTheNextRead) {
  auto store = OpenMemory();
  auto writer = store->Begin();
  NodeId id = writer->CreateNode({"Person"}, {{"age", Value(30)}});
  ASSERT_TRUE(writer->Commit().ok());
  auto reader = store->Begin();
  EXPECT_EQ(Age(*reader, id), Value(30));
  EXPECT_EQ(reader->ReadNode(id), reader->ReadNode(id));  // one decoded record, shared
  writer = store->Begin();
  writer->SetNodeProperty(id, "age", Value(31));
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Age(*reader, id), Value(31));
  writer = store->Begin();
  ASSERT_TRUE(writer->DeleteNode(id).ok());
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Age(*reader, id), Value("absent"));
}

TEST(NodeCache, ATransactionReadsItsOwnWritesFirst) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  NodeId id = txn->CreateNode({"Person"}, {{"age", Value(30)}});
  ASSERT_TRUE(txn->Commit().ok());
  txn = store->Begin();
  EXPECT_EQ(Age(*txn, id), Value(30));
  txn->SetNodeProperty(id, "age", Value(40));
  EXPECT_EQ(Age(*txn, id), Value(40));
  txn->Rollback();
  EXPECT_EQ(Age(*store->Begin(), id), Value(30));
}

// Past an eighth of the graph read one by one, the rest comes in one pass: every record
// still reads as stored.
TEST(NodeCache, ReadingManyNodesReadsEachAsStored) {
  auto store = OpenMemory();
  auto txn = store->Begin();
  std::vector<NodeId> ids;
  for (int i = 0; i < 2000; ++i) ids.push_back(txn->CreateNode({"Person"}, {{"age", Value(i)}}));
  ASSERT_TRUE(txn->Commit().ok());
  txn = store->Begin();
  for (int i = 0; i < 2000; ++i) ASSERT_EQ(Age(*txn, ids[i]), Value(i)) << i;
  EXPECT_EQ(Age(*txn, ids.back() + 1000), Value("absent"));
}

}  // namespace
}  // namespace kg::storage
