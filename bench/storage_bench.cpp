// Storage and query speed against a raw RocksDB baseline measured in the same run.
// Graph: 1e5 Person nodes, each with 5 outgoing KNOWS relationships (5e5 in all).
// Compare BM_NameLookup, BM_OneHop, BM_TwoHop, BM_NameThenOneHopWithNodes with BM_RawGet (SPEC.md
// "Speed": name lookup <= 20 us, 1-hop <= 25 us, 2-hop <= 0.4 ms; a raw Get ~ 5 us).
#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>
#include <rocksdb/db.h>

#include "storage/graph_store.h"

namespace {

constexpr int kNodes = 100000;
constexpr int kDegree = 5;

std::string Dir(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / name;
  return dir.string();
}

kg::storage::GraphStore& Store() {
  static std::unique_ptr<kg::storage::GraphStore> store = [] {
    std::filesystem::remove_all(Dir("kg_bench_store"));
    std::unique_ptr<kg::storage::GraphStore> s;
    kg::storage::GraphStore::Open(Dir("kg_bench_store"), {}, &s);
    auto txn = s->Begin();
    for (int i = 0; i < kNodes; ++i) txn->CreateNode({"Person"}, {{"name", kg::Value("person" + std::to_string(i))}});
    std::mt19937 rng(1);
    for (int i = 0; i < kNodes; ++i)
      for (int k = 0; k < kDegree; ++k) txn->CreateRel("KNOWS", i, rng() % kNodes, {});
    txn->Commit();
    return s;
  }();
  return *store;
}

rocksdb::DB* RawDb() {
  static rocksdb::DB* db = [] {
    std::filesystem::remove_all(Dir("kg_bench_raw"));
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw;
    rocksdb::DB::Open(options, Dir("kg_bench_raw"), &raw);
    for (int i = 0; i < kNodes; ++i) raw->Put(rocksdb::WriteOptions(), "key" + std::to_string(i), std::string(40, 'v'));
    raw->Flush(rocksdb::FlushOptions());
    return raw;
  }();
  return db;
}

void BM_RawGet(benchmark::State& state) {
  rocksdb::DB* db = RawDb();
  std::mt19937 rng(2);
  std::string value;
  for (auto _ : state) benchmark::DoNotOptimize(db->Get(rocksdb::ReadOptions(), "key" + std::to_string(rng() % kNodes), &value));
}
BENCHMARK(BM_RawGet);

void BM_NameLookup(benchmark::State& state) {
  auto txn = Store().Begin();
  txn->FindByName("Person", "person0", false);  // warm: the first seek after the bulk load is not measured
  std::mt19937 rng(3);
  for (auto _ : state) benchmark::DoNotOptimize(txn->FindByName("Person", "person" + std::to_string(rng() % kNodes), false));
}
BENCHMARK(BM_NameLookup);

void BM_OneHop(benchmark::State& state) {
  auto txn = Store().Begin();
  std::mt19937 rng(4);
  for (auto _ : state) benchmark::DoNotOptimize(txn->Edges(rng() % kNodes, kg::storage::Direction::kOutgoing, "KNOWS"));
}
BENCHMARK(BM_OneHop);

// A relationship's record and its sources (none here: KNOWS is no fact): one Get and one
// Seek in the sources family, against BM_RawGet.
void BM_RelRecord(benchmark::State& state) {
  auto txn = Store().Begin();
  std::mt19937 rng(6);
  for (auto _ : state) benchmark::DoNotOptimize(txn->GetRel(rng() % (kNodes * kDegree)));
}
BENCHMARK(BM_RelRecord);

void BM_TwoHop(benchmark::State& state) {
  auto txn = Store().Begin();
  std::mt19937 rng(5);
  for (auto _ : state) {
    size_t reached = 0;
    for (const auto& e : txn->Edges(rng() % kNodes, kg::storage::Direction::kOutgoing, "KNOWS"))
      reached += txn->Edges(e.neighbour, kg::storage::Direction::kOutgoing, "KNOWS").size();
    benchmark::DoNotOptimize(reached);
  }
}
BENCHMARK(BM_TwoHop);

void BM_CountFromCounters(benchmark::State& state) {
  auto txn = Store().Begin();
  for (auto _ : state) benchmark::DoNotOptimize(txn->CountRels("KNOWS"));
}
BENCHMARK(BM_CountFromCounters);

void BM_ScanRelationshipsByType(benchmark::State& state) {
  auto txn = Store().Begin();
  for (auto _ : state) {
    int64_t n = 0;
    txn->ScanRels("KNOWS", [&](kg::storage::RelId) { return ++n < 100000; });
    benchmark::DoNotOptimize(n);
  }
  state.SetItemsProcessed(state.iterations() * 100000);
}
BENCHMARK(BM_ScanRelationshipsByType);

// What `MATCH (a:Person {name: $n})-[:KNOWS]->(b) RETURN b` asks of storage.
void BM_NameThenOneHopWithNodes(benchmark::State& state) {
  auto txn = Store().Begin();
  std::mt19937 rng(6);
  for (auto _ : state) {
    auto ids = txn->FindByName("Person", "person" + std::to_string(rng() % kNodes), false);
    for (const auto& e : txn->Edges(ids[0], kg::storage::Direction::kOutgoing, "KNOWS"))
      benchmark::DoNotOptimize(txn->GetNode(e.neighbour));
  }
}
BENCHMARK(BM_NameThenOneHopWithNodes);

}  // namespace

BENCHMARK_MAIN();
