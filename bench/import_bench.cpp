// `kg import` speed (issue 16: >= 100K relationships per second) against raw RocksDB
// WriteBatch puts of the same number of keys, measured in the same run.
//
//   kg_import_bench [--nodes=N] [benchmark flags]
//
// The benchmark writes N Person nodes (name, age:int, tags:string[]) and 3N KNOWS
// relationships (since:int) as neo4j-admin CSV once, then:
//   BM_Import          Database::Import into a new on-disk database, as `kg import` does
//   BM_RawWriteBatch   the baseline: N + 3N Puts of ~the same bytes, in WriteBatches of 50K
//   BM_ParseCsv        only reading the files with the CSV reader
// items_per_second is relationships per second for BM_Import, keys per second otherwise.
#include <benchmark/benchmark.h>
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "engine/import/csv_reader.h"
#include "kg/database.h"

namespace {

namespace fs = std::filesystem;

int64_t g_nodes = 100'000;

fs::path Dir(const std::string& name) { return fs::temp_directory_path() / ("kg_import_bench_" + name); }

struct Files {
  std::string nodes, rels;
};

const Files& CsvFiles() {
  static Files files = [] {
    fs::create_directories(Dir("csv"));
    Files f{(Dir("csv") / "people.csv").string(), (Dir("csv") / "knows.csv").string()};
    std::mt19937 rng(7);
    std::ofstream nodes(f.nodes), rels(f.rels);
    nodes << "id:ID,name,age:int,tags:string[]\n";
    for (int64_t i = 0; i < g_nodes; ++i)
      nodes << i << ",Person " << i << "," << 18 + rng() % 60 << ",t" << rng() % 10 << ";t" << rng() % 10
            << "\n";
    rels << ":START_ID,:END_ID,:TYPE,since:int\n";
    for (int64_t i = 0; i < 3 * g_nodes; ++i)
      rels << i % g_nodes << "," << rng() % g_nodes << ",KNOWS," << 1980 + rng() % 45 << "\n";
    return f;
  }();
  return files;
}

void BM_Import(benchmark::State& state) {
  const Files& files = CsvFiles();
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(Dir("db"));
    std::unique_ptr<kg::Database> db;
    kg::Database::Open(Dir("db").string(), {}, &db);
    state.ResumeTiming();
    kg::ImportOptions options;
    options.nodes = {"Person=" + files.nodes};
    options.relationships = {files.rels};
    options.batch_rows = state.range(0);
    kg::ImportReport report;
    kg::Status s = db->Import(options, &report);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.SetItemsProcessed(state.iterations() * 3 * g_nodes);
  state.counters["nodes"] = static_cast<double>(g_nodes);
}
BENCHMARK(BM_Import)
    ->Arg(2'000)
    ->Arg(5'000)
    ->Arg(10'000)
    ->Arg(50'000)
    ->ArgName("batch")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

// The same number of keys as nodes plus relationships, with values the size of kg's records.
void BM_RawWriteBatch(benchmark::State& state) {
  const int64_t keys = 4 * g_nodes;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(Dir("raw"));
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    rocksdb::DB::Open(options, Dir("raw").string(), &raw);
    state.ResumeTiming();
    rocksdb::WriteBatch batch;
    char key[16];
    for (int64_t i = 0; i < keys; ++i) {
      uint64_t be = __builtin_bswap64(static_cast<uint64_t>(i));
      std::memcpy(key, &be, 8);
      batch.Put(rocksdb::Slice(key, 8), rocksdb::Slice("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 40));
      if (batch.Count() == 50'000) raw->Write(rocksdb::WriteOptions(), &batch), batch.Clear();
    }
    raw->Write(rocksdb::WriteOptions(), &batch);
    state.PauseTiming();
    delete raw;
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * keys);
}
BENCHMARK(BM_RawWriteBatch)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_ParseCsv(benchmark::State& state) {
  const Files& files = CsvFiles();
  int64_t records = 0;
  for (auto _ : state)
    for (const auto& path : {files.nodes, files.rels}) {
      std::ifstream in(path, std::ios::binary);
      kg::csv::Reader reader(in, path);
      kg::csv::Record record;
      while (reader.Next(&record)) ++records;
    }
  state.SetItemsProcessed(records);
}
BENCHMARK(BM_ParseCsv)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--nodes=", 8) == 0) g_nodes = std::atoll(argv[i] + 8);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  fs::remove_all(Dir("db"));
  fs::remove_all(Dir("raw"));
  fs::remove_all(Dir("csv"));
  return 0;
}
