// bench/retold_story_bench.cpp — one story retold by N articles (issue 12).
//
// Builds one database per size from copies of one article, each with a distinct first line,
// so that every copy states the same facts and claims about the same entities: the shape of
// a story that a news archive repeats. Prints, per size, the CPU and wall time per article
// (over all but the first, which loads the models, and over the last 100), the largest
// value in the store and its column family, and the per-article cost at each size as a
// ratio to that at the first size. Near 1 is what provenance kept as one record per (fact,
// article) allows; when a fact's sources were one list rewritten whole, 3,000 copies cost
// 10.25x per article what 100 did (issue 12).
//
//   kg_retold_story_bench [STORY.txt] [N...]     (default: examples/articles/01_valley_herald.txt, 100 3000)
#include <rocksdb/db.h>
#include <unistd.h>

#include <algorithm>
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

// The largest value, and the largest outside adjacency: a node's packed adjacency list per
// type (its MENTIONS from every article) is the one value that still grows with articles.
struct LargestValue {
  size_t bytes = 0;
  std::string where;
  size_t bytes_outside_adjacency = 0;
  std::string where_outside_adjacency;
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
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::string family = kg::storage::keys::FamilyName(static_cast<int>(f));
      if (it->value().size() > largest.bytes) largest.bytes = it->value().size(), largest.where = family;
      if (f != kg::storage::keys::kAdjacency && it->value().size() > largest.bytes_outside_adjacency)
        largest.bytes_outside_adjacency = it->value().size(), largest.where_outside_adjacency = family;
    }
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

// A distinct tag per copy in letters: an edition number such as 1994 would read as a year
// and give each copy a value of its own.
std::string Letters(int i) {
  std::string out;
  do out.insert(out.begin(), static_cast<char>('a' + i % 26));
  while ((i /= 26) > 0);
  return out;
}

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
    // The first copy loads the lexicon and models: it is left out of the figures.
    auto compile = [&](int i) {
      std::string text = headline + " (edition " + Letters(i) + ")" + rest;
      kg::Status compiled = db->CompileArticle("/retold/" + std::to_string(i) + ".txt", text, nullptr);
      if (!compiled.ok()) {
        std::cerr << compiled.ToString() << "\n";
        std::exit(1);
      }
    };
    compile(0);
    double cpu0 = CpuSeconds(), cpu_tail = cpu0;
    auto wall0 = std::chrono::steady_clock::now();
    for (int i = 1; i < n; ++i) {
      if (i == n - 100) cpu_tail = CpuSeconds();
      compile(i);
    }
    run.cpu_per_article = (CpuSeconds() - cpu0) / (n - 1);
    run.wall_per_article =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count() / (n - 1);
    run.cpu_last_100 = (CpuSeconds() - cpu_tail) / std::min(n - 1, 100);
  }
  run.largest = FindLargestValue(dir);
  fs::remove_all(dir);
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  std::string story_path = argc > 1 ? argv[1] : KG_RETOLD_STORY;
  std::vector<int> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(std::max(2, std::atoi(argv[i])));
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
         "largest outside adjacency  cost ratio\n";
  for (int n : sizes) {
    runs.push_back(Build(story.str(), n));
    const Run& r = runs.back();
    std::printf("%8d  %14.3f  %15.3f  %25.3f  %8zu B (%s)  %16zu B (%s)  %9.2fx\n", r.articles,
                r.cpu_per_article * 1e3, r.wall_per_article * 1e3, r.cpu_last_100 * 1e3, r.largest.bytes,
                r.largest.where.c_str(), r.largest.bytes_outside_adjacency,
                r.largest.where_outside_adjacency.c_str(), r.cpu_per_article / runs.front().cpu_per_article);
  }
  return 0;
}
