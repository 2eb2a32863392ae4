// bench/retold_story_bench.cpp — one story retold by N articles (issue 12).
//
// Builds one database per size from copies of one article, each with a distinct first line,
// so that every copy states the same facts and claims about the same entities: the shape of
// a story that a news archive repeats. Prints, per size, the CPU and wall time per article
// (over all of them and over the last 100), the largest value in the store and where it is,
// and the ratio of the per-article cost at each size to that at the first. A flat ratio
// (near 1) is what provenance kept as one record per (fact, article) allows; when a fact's
// sources were one list rewritten whole, 3,000 copies cost 10.25x per article what 100 did.
//
//   kg_retold_story_bench [STORY.txt] [N...]     (default: examples/articles/01_valley_herald.txt, 100 3000)
#include <rocksdb/db.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "kg/database.h"
#include "storage/keys.h"
#include "storage/merge_operators.h"

namespace {

namespace fs = std::filesystem;

struct LargestValue {
  size_t bytes = 0;
  std::string where;
};

// Reads every value of every column family, merges applied.
LargestValue FindLargestValue(const std::string& dir) {
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (int f = 0; f < kg::storage::keys::kFamilyCount; ++f) {
    rocksdb::ColumnFamilyOptions options;
    if (f == kg::storage::keys::kCounts) options.merge_operator = kg::storage::NewCounterMerge();
    if (f == kg::storage::keys::kAdjacency) options.merge_operator = kg::storage::NewAdjacencyMerge();
    families.emplace_back(kg::storage::keys::FamilyName(f), options);
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  LargestValue largest;
  if (!rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), dir, families, &handles, &db).ok()) return largest;
  for (size_t f = 0; f < handles.size(); ++f) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[f]));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      if (it->value().size() > largest.bytes)
        largest = {it->value().size(), std::string(kg::storage::keys::FamilyName(static_cast<int>(f)))};
    db->DestroyColumnFamilyHandle(handles[f]);
  }
  delete db;
  return largest;
}

struct Run {
  int articles = 0;
  double cpu_per_article = 0, wall_per_article = 0;  // seconds, over all articles
  double cpu_last_100 = 0;                           // seconds per article, over the last 100
  LargestValue largest;
};

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

Run Build(const std::string& story, int n) {
  std::string dir = (fs::temp_directory_path() / ("kg_retold_" + std::to_string(getpid()))).string();
  fs::remove_all(dir);
  std::string headline = story.substr(0, story.find('\n')), rest = story.substr(story.find('\n'));
  Run run{n};
  {
    std::unique_ptr<kg::Database> db;
    kg::Status s = kg::Database::Open(dir, {}, &db);
    if (!s.ok()) {
      std::cerr << s.ToString() << "\n";
      std::exit(1);
    }
    double cpu0 = CpuSeconds(), cpu_tail = cpu0;
    auto wall0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
      if (i == n - 100) cpu_tail = CpuSeconds();
      std::string text = headline + " (edition " + std::to_string(i) + ")" + rest;
      s = db->CompileArticle("/retold/" + std::to_string(i) + ".txt", text, nullptr);
      if (!s.ok()) {
        std::cerr << s.ToString() << "\n";
        std::exit(1);
      }
    }
    double cpu = CpuSeconds() - cpu0;
    run.cpu_per_article = cpu / n;
    run.wall_per_article =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count() / n;
    run.cpu_last_100 = (CpuSeconds() - cpu_tail) / std::min(n, 100);
  }
  run.largest = FindLargestValue(dir);
  fs::remove_all(dir);
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  std::string story_path = argc > 1 ? argv[1] : KG_RETOLD_STORY;
  std::vector<int> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
  if (sizes.empty()) sizes = {100, 3000};
  std::ifstream in(story_path);
  std::stringstream story;
  story << in.rdbuf();
  if (!in || story.str().find('\n') == std::string::npos) {
    std::cerr << "cannot read a story from " << story_path << "\n";
    return 2;
  }
  std::vector<Run> runs;
  std::cout
      << "articles  cpu ms/article  wall ms/article  cpu ms/article (last 100)  largest value (family)  "
         "cost ratio\n";
  for (int n : sizes) {
    runs.push_back(Build(story.str(), n));
    const Run& r = runs.back();
    std::printf("%8d  %14.3f  %15.3f  %25.3f  %13zu B (%s)  %9.2fx\n", r.articles, r.cpu_per_article * 1e3,
                r.wall_per_article * 1e3, r.cpu_last_100 * 1e3, r.largest.bytes, r.largest.where.c_str(),
                r.cpu_per_article / runs.front().cpu_per_article);
  }
  return 0;
}
