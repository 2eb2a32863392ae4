// Adjacency read through one cursor per transaction (storage/adjacency_cursor.h) and folded
// by a compaction when a session that wrote much of it closes (RocksStore).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "storage/graph_store.h"
#include "tests/storage/memory_store.h"

namespace kg::storage {
namespace {

std::vector<NodeId> Neighbours(Transaction& txn, NodeId node, Direction dir, const std::string& type) {
  std::vector<NodeId> out;
  for (const auto& e : txn.Edges(node, dir, type)) out.push_back(e.neighbour);
  return out;
}

// A ring: node i KNOWS node i+1, and node i LIKES node 0.
std::vector<NodeId> Ring(GraphStore& store, int size) {
  auto txn = store.Begin();
  std::vector<NodeId> ids;
  for (int i = 0; i < size; ++i) ids.push_back(txn->CreateNode({"Person"}, {}));
  for (int i = 0; i < size; ++i) {
    txn->CreateRel("KNOWS", ids[i], ids[(i + 1) % size], {});
    txn->CreateRel("LIKES", ids[i], ids[0], {});
  }
  EXPECT_TRUE(txn->Commit().ok());
  return ids;
}

TEST(AdjacencyRead, ForwardBackwardAndFarReadsFindEachNodesOwn) {
  auto store = OpenMemory();
  auto ids = Ring(*store, 100);
  auto txn = store->Begin();
  for (int i : {0, 1, 2, 3, 50, 49, 99, 0, 98}) {
    EXPECT_EQ(Neighbours(*txn, ids[i], Direction::kOutgoing, "KNOWS"),
              std::vector<NodeId>{ids[(i + 1) % 100]})
        << i;
    EXPECT_EQ(Neighbours(*txn, ids[i], Direction::kIncoming, "KNOWS"),
              std::vector<NodeId>{ids[(i + 99) % 100]})
        << i;
    EXPECT_EQ(txn->Edges(ids[i], Direction::kOutgoing, "").size(), 2u) << i;
  }
  EXPECT_TRUE(Neighbours(*txn, ids[5], Direction::kOutgoing, "NOPE").empty());
}

// A transaction that read adjacency before another committed sees that commit afterwards,
// as it would with a Get per read.
TEST(AdjacencyRead, ACommitAfterTheFirstReadIsSeen) {
  auto store = OpenMemory();
  auto ids = Ring(*store, 10);
  auto reader = store->Begin();
  EXPECT_EQ(Neighbours(*reader, ids[3], Direction::kOutgoing, "KNOWS").size(), 1u);
  auto writer = store->Begin();
  writer->CreateRel("KNOWS", ids[3], ids[7], {});
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(Neighbours(*reader, ids[3], Direction::kOutgoing, "KNOWS"),
            (std::vector<NodeId>{ids[4], ids[7]}));
  EXPECT_EQ(reader->Edges(ids[3], Direction::kOutgoing, "").size(), 3u);
}

// A load's many merge operands are compacted as the store closes; what reads back is the same.
TEST(AdjacencyRead, ALoadReadsTheSameAfterItsCompaction) {
  auto dir = std::filesystem::temp_directory_path() / ("kg_adjacency_read_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::vector<NodeId> ids;
  {
    std::unique_ptr<GraphStore> store;
    ASSERT_TRUE(GraphStore::Open(dir.string(), {}, &store).ok());
    ids = Ring(*store, 1500);  // 6,000 operands: past the threshold
    auto txn = store->Begin();
    txn->DeleteRel(txn->Edges(ids[10], Direction::kOutgoing, "KNOWS")[0].rel);
    ASSERT_TRUE(txn->Commit().ok());
  }
  std::unique_ptr<GraphStore> store;
  ASSERT_TRUE(GraphStore::Open(dir.string(), {}, &store).ok());
  auto txn = store->Begin();
  EXPECT_TRUE(Neighbours(*txn, ids[10], Direction::kOutgoing, "KNOWS").empty());
  EXPECT_EQ(Neighbours(*txn, ids[11], Direction::kOutgoing, "KNOWS"), std::vector<NodeId>{ids[12]});
  EXPECT_EQ(txn->Edges(ids[0], Direction::kIncoming, "LIKES").size(), 1500u);
  EXPECT_EQ(txn->Degree(ids[0], Direction::kIncoming, "LIKES"), 1500);
  txn.reset();
  store.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::storage
