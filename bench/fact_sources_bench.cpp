// bench/fact_sources_bench.cpp — one fact stated by N articles (issue 12), below the compiler.
//
// Adds N sources to one fact, one commit each as the compiler writes an article (the fact,
// its date qualifier and its subject's age), and prints the CPU cost per added source over
// the first and the last 1,000 with their ratio (flat is near 1), then the time kg.sources()
// takes to read all N back.
//
//   kg_fact_sources_bench [N]     (default 10000)
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "engine/knowledge/knowledge_store.h"

namespace {

namespace fs = std::filesystem;

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::string ArticleId(int i) {
  char id[17];
  std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(i) * 2654435761ull % 1000000007ull);
  return id;
}

}  // namespace

int main(int argc, char** argv) {
  const int n = std::max(2000, argc > 1 ? std::atoi(argv[1]) : 10000);
  std::string dir = (fs::temp_directory_path() / ("kg_fact_sources_" + std::to_string(getpid()))).string();
  fs::remove_all(dir);
  std::unique_ptr<kg::storage::GraphStore> store;
  if (!kg::storage::GraphStore::Open(dir, {}, &store).ok()) return 1;
  auto txn = store->Begin();
  kg::storage::NodeId a = txn->CreateNode({"Person"}, {{"name", kg::Value("Ada Quill")}});
  kg::storage::NodeId b = txn->CreateNode({"Person"}, {{"name", kg::Value("Ivo Marsh")}});
  txn->Commit();
  kg::storage::RelId rel = 0;
  double first = 0, last = 0;
  for (int i = 0; i < n; ++i) {
    double start = CpuSeconds();
    txn = store->Begin();
    kg::knowledge::Source source{ArticleId(i), "Ada Quill, 52, met Ivo Marsh in 1994.", "body", "", 0, 37};
    rel = kg::knowledge::AddFact(*txn, a, "MET", b, source, true);
    kg::knowledge::AddQualifierClaim(*txn, rel, "date", kg::Value("1994"), source);
    kg::knowledge::AddClaim(*txn, a, "age", kg::Value(int64_t{52}), "2020", source);
    if (!txn->Commit().ok()) return 1;
    double spent = CpuSeconds() - start;
    if (i < 1000) first += spent;
    if (i >= n - 1000) last += spent;
  }
  double start = CpuSeconds();
  size_t rows = kg::knowledge::SourceRows(
                    *store->Begin(), kg::Value(kg::Relationship{static_cast<int64_t>(rel), "MET", 0, 0, {}}))
                    .size();
  double read = CpuSeconds() - start;
  std::printf("sources  first 1000 us/source  last 1000 us/source  ratio  kg.sources() rows  ms\n");
  std::printf("%7d  %20.1f  %19.1f  %5.2f  %17zu  %.1f\n", n, first * 1e3, last * 1e3, last / first, rows,
              read * 1e3);
  store.reset();
  fs::remove_all(dir);
  return 0;
}
