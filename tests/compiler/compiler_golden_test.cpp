// Golden tests of the article compiler. Each folder under cases/ holds one or more
// articles written for this project (*.txt) and expected.txt: what every stage made of
// each article (metadata, line kinds, sentences, entities, facts) and then the graph the
// folder compiles into (entities with aliases, facts with sources, claims, disputes).
// Set KG_REWRITE=1 to regenerate expected.txt for review.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"
#include "kg/database.h"

namespace kg::compiler {
namespace {

namespace fs = std::filesystem;

std::string DumpAnalysis(const ArticleAnalysis& a) {
  std::ostringstream out;
  out << "title: " << a.title << "\nauthor: " << a.author << "\npublisher: " << a.publisher << "\npublished: " << a.published << "\n";
  for (const auto& line : a.lines)
    if (line.kind != LineKind::kBlank)
      out << "line " << LineKindName(line.kind) << ": " << a.text.substr(line.begin, line.end - line.begin) << "\n";
  for (size_t i = 0; i < a.sentences.size(); ++i) out << "sentence " << i << ": " << a.SentenceText(i) << "\n";
  for (const auto& e : a.entities) {
    out << "entity " << EntityLabel(e.type) << ": " << e.name << " {";
    for (const auto& [surface, count] : e.surfaces) out << " " << surface << "x" << count;
    out << " }" << (e.role.empty() ? "" : " role " + e.role) << "\n";
  }
  for (const auto& f : a.facts) {
    out << "fact: " << a.entities[f.subject].name << " ";
    if (f.object >= 0) out << f.predicate << " " << a.entities[f.object].name;
    else out << f.attribute << "=" << f.value.ToString() << (f.as_of.empty() ? "" : " as of " + f.as_of);
    for (const auto& [k, v] : f.qualifiers) out << " " << k << "=" << v.ToString();
    out << " [sentence " << f.sentence << "]\n";
  }
  return out.str();
}

std::string DumpQuery(Database& db, const std::string& query) {
  QueryResult r = db.Query(query);
  if (!r.ok()) return "error: " + r.status().ToString() + "\n";
  std::vector<std::string> lines;
  for (const auto& row : r.rows()) {
    std::string line;
    for (const auto& v : row) line += (line.empty() ? "" : " | ") + v.ToString();
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::string Section(const std::string& title, const std::string& rows) {
  return rows.empty() ? "" : "== " + title + "\n" + rows;
}

std::string Compile(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".txt" && entry.path().filename() != "expected.txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::unique_ptr<Database> db;
  OpenOptions options;
  options.in_memory = true;
  EXPECT_TRUE(Database::Open("/golden", options, &db).ok());
  std::string out;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::shared_ptr<const ArticleAnalysis> analysis;
    Status s = AnalyzeArticle(file.filename().string(), text.str(), &analysis);
    out += "== article " + file.filename().string() + "\n" + (s.ok() ? DumpAnalysis(*analysis) : s.ToString() + "\n");
    EXPECT_TRUE(db->CompileArticle(file.filename().string(), text.str(), nullptr).ok());
  }
  out += "== graph entities\n" +
         DumpQuery(*db, "MATCH (n) WHERE NOT n:Article RETURN labels(n)[0], n.name, n.aliases");
  out += "== graph facts\n" +
         DumpQuery(*db, "MATCH (s)-[r]->(o) WHERE type(r) <> 'MENTIONS' RETURN s.name, type(r), o.name, size(r.sources), r.date");
  out += "== graph claims\n" +
         DumpQuery(*db, "MATCH (n) WHERE NOT n:Article CALL kg.claims(n) YIELD attribute, value, as_of, sources "
                        "RETURN n.name, attribute, value, as_of, size(sources)");
  out += "== disputes\n" + DumpQuery(*db, "CALL kg.conflicts() YIELD subject, predicate, object, attribute, values "
                                          "RETURN subject, predicate, object, attribute, size(values)");
  // Sections printed only when they hold something, so most cases need not list them.
  out += Section("disputed values, each with its sentences",
                 DumpQuery(*db, "CALL kg.conflicts() YIELD subject, predicate, attribute, values UNWIND values AS v "
                                "RETURN subject, predicate, attribute, v.value, v.as_of, size(v.sources), v.evidence"));
  out += Section("fact qualifiers stated with several values",
                 DumpQuery(*db, "MATCH (s)-[r]->(o) WHERE type(r) <> 'MENTIONS' CALL kg.claims(r) YIELD attribute, value, "
                                "sources, evidence WITH s, r, o, attribute, collect([value, size(sources), evidence]) AS vs "
                                "WHERE size(vs) > 1 UNWIND vs AS v RETURN s.name, type(r), o.name, attribute, v[0], v[1], v[2]"));
  return out;
}

class CompilerGolden : public testing::TestWithParam<std::string> {};

TEST_P(CompilerGolden, MatchesExpected) {
  fs::path folder = fs::path(KG_COMPILER_CASES) / GetParam();
  std::string actual = Compile(folder);
  fs::path expected_file = folder / "expected.txt";
  if (std::getenv("KG_REWRITE")) {
    std::ofstream(expected_file) << actual;
    return;
  }
  std::ifstream in(expected_file);
  ASSERT_TRUE(in) << "missing " << expected_file << " (run with KG_REWRITE=1)";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual);
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(KG_COMPILER_CASES))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, CompilerGolden, testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace kg::compiler
