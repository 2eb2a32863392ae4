// kg's side of the benchmark against Kùzu (bench/kuzu/run.sh drives both and compares).
//
//   kg_kuzu_bench --db DIR [--load DATA_DIR] --queries FILE --rows OUT [benchmark flags]
//
// --load builds DIR afresh from the CSV files of bench/kuzu/generate.js through Cypher
// (UNWIND batches of parameters: kg has no bulk import yet). Then each query of FILE runs
// once to write its rows (one line per query: name TAB the JSON result) and is registered
// as a Google Benchmark, timed warm in this process: 5 repetitions of at least 0.1 s, of
// which run.sh reads the median, the same rule kuzu_run.js applies to Kùzu.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <benchmark/benchmark.h>

#include "kg/database.h"
#include "kg/format.h"

namespace {

struct Table {
  const char* file;
  const char* statement;  // over $rows, a list of the file's lines as lists of fields
};

const Table kTables[] = {
    {"person.csv", "UNWIND $rows AS r CREATE (:Person {name: r[0], age: r[1]})"},
    {"organisation.csv", "UNWIND $rows AS r CREATE (:Organisation {name: r[0], sector: r[1]})"},
    {"place.csv", "UNWIND $rows AS r CREATE (:Place {name: r[0], country: r[1]})"},
    {"knows.csv",
     "UNWIND $rows AS r MATCH (a:Person {name: r[0]}), (b:Person {name: r[1]}) "
     "CREATE (a)-[:KNOWS {since: r[2]}]->(b)"},
    {"member_of.csv",
     "UNWIND $rows AS r MATCH (a:Person {name: r[0]}), (b:Organisation {name: r[1]}) "
     "CREATE (a)-[:MEMBER_OF {since: r[2], role: r[3]}]->(b)"},
    {"lived_in.csv",
     "UNWIND $rows AS r MATCH (a:Person {name: r[0]}), (b:Place {name: r[1]}) "
     "CREATE (a)-[:LIVED_IN {year: r[2]}]->(b)"},
    {"located_in.csv",
     "UNWIND $rows AS r MATCH (a:Organisation {name: r[0]}), (b:Place {name: r[1]}) "
     "CREATE (a)-[:LOCATED_IN]->(b)"},
};

kg::Value Field(const std::string& text) {
  bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
  return digits ? kg::Value(static_cast<int64_t>(std::stoll(text))) : kg::Value(text);
}

void Check(const kg::Status& s) {
  if (s.ok()) return;
  std::cerr << "kg_kuzu_bench: " << s.message() << "\n";
  std::exit(1);
}

void LoadTable(kg::Database& db, const std::string& path, const char* statement) {
  std::ifstream in(path);
  if (!in) Check(kg::Status::Argument("cannot read " + path));
  std::string line;
  std::getline(in, line);  // header
  kg::List batch;
  auto flush = [&] {
    if (batch.empty()) return;
    Check(db.Query(statement, {{"rows", kg::Value(std::move(batch))}}).status());
    batch.clear();
  };
  while (std::getline(in, line)) {
    kg::List fields;
    std::stringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(Field(cell));
    batch.push_back(kg::Value(std::move(fields)));
    if (batch.size() == 1000) flush();
  }
  flush();
}

struct Query {
  std::string name, text;
};

std::vector<Query> ReadQueries(const std::string& path) {
  std::ifstream in(path);
  std::vector<Query> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    auto end = line.find('\t', tab + 1);
    out.push_back({line.substr(0, tab), line.substr(tab + 1, end == std::string::npos ? end : end - tab - 1)});
  }
  return out;
}

std::string Flag(int* argc, char** argv, const std::string& name) {
  for (int i = 1; i + 1 < *argc; ++i) {
    if (argv[i] != name) continue;
    std::string value = argv[i + 1];
    for (int j = i; j + 2 <= *argc; ++j) argv[j] = argv[j + 2];
    *argc -= 2;
    return value;
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_dir = Flag(&argc, argv, "--db"), data = Flag(&argc, argv, "--load");
  std::string queries = Flag(&argc, argv, "--queries"), rows_out = Flag(&argc, argv, "--rows");
  if (db_dir.empty()) Check(kg::Status::Argument("usage: kg_kuzu_bench --db DIR [--load DATA] --queries FILE --rows OUT"));
  if (!data.empty()) std::filesystem::remove_all(db_dir);
  std::unique_ptr<kg::Database> db;
  Check(kg::Database::Open(db_dir, {}, &db));
  if (!data.empty()) {
    auto begin = std::chrono::steady_clock::now();
    for (const auto& table : kTables) LoadTable(*db, data + "/" + table.file, table.statement);
    std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - begin;
    std::cout << "load_ms\t" << took.count() << "\n";
  }
  if (queries.empty()) return 0;
  std::ofstream rows(rows_out);
  for (const auto& q : ReadQueries(queries)) {
    kg::QueryResult result = db->Query(q.text);
    Check(result.status());
    rows << q.name << "\t";
    kg::WriteResult(result, kg::OutputFormat::kJson, rows);
    rows << "\n";
    benchmark::RegisterBenchmark(("kg/" + q.name).c_str(), [&db, text = q.text](benchmark::State& state) {
      for (auto _ : state) benchmark::DoNotOptimize(db->Query(text));
    })->Unit(benchmark::kMillisecond)->MinTime(0.1)->Repetitions(5)->ReportAggregatesOnly(true);
  }
  rows.close();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
