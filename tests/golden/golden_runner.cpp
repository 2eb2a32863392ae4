#include "tests/golden/golden_runner.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/golden/golden_file.h"

namespace kg::golden {
namespace {

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " | ") + p;
  return out;
}

// PROFILE's times vary from run to run; its rows and operators do not. "time: 0.123 ms"
// reads as "time: ? ms".
std::string MaskTimes(const std::string& plan_line) {
  static const std::regex time(R"(time: [0-9.]+ ms)");
  return std::regex_replace(plan_line, time, "time: ? ms");
}

std::string StatsLine(const WriteStats& s) {
  std::string out;
  auto add = [&out](const char* name, int64_t n) {
    if (n != 0) out += (out.empty() ? "stats: " : ", ") + std::string(name) + "=" + std::to_string(n);
  };
  add("nodes_created", s.nodes_created);
  add("nodes_deleted", s.nodes_deleted);
  add("relationships_created", s.relationships_created);
  add("relationships_deleted", s.relationships_deleted);
  add("properties_set", s.properties_set);
  add("labels_added", s.labels_added);
  add("labels_removed", s.labels_removed);
  return out;
}

// An expected error may stop after the kind or the position: "SemanticError" and
// "SemanticError 2:8" both match "SemanticError 2:8: variable `m` is not defined".
bool ErrorPrefixMatches(const std::string& expected, const std::string& actual) {
  if (actual.rfind(expected, 0) != 0) return false;
  return actual.size() == expected.size() || actual[expected.size()] == ' ' || actual[expected.size()] == ':';
}

std::string Describe(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "\n    " + l;
  return out.empty() ? "\n    (nothing)" : out;
}

class FileRun {
 public:
  FileRun(std::string path, bool rewrite) : path_(std::move(path)), rewrite_(rewrite) {}

  std::vector<std::string> Go() {
    std::ifstream in(path_);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<Block> blocks = ParseTestFile(text.str());
    // LOAD CSV's relative paths name files beside the case file (cases/csv/).
    std::filesystem::current_path(std::filesystem::path(path_).parent_path());
    OpenOptions options;
    options.in_memory = true;
    if (Status s = Database::Open("/kg-golden-in-memory", options, &db_); !s.ok()) return {path_ + ": " + s.ToString()};
    for (Block& b : blocks) Do(b);
    if (rewrite_) std::ofstream(path_) << FormatTestFile(blocks);
    return failures_;
  }

 private:
  void Fail(const Block& b, const std::string& why) { failures_.push_back(path_ + ":" + std::to_string(b.line) + ": " + why); }

  void Do(Block& b) {
    switch (b.kind) {
      case Block::Kind::kText: return;
      case Block::Kind::kParams: return SetParams(b);
      case Block::Kind::kStatement: {
        QueryResult r = db_->Query(b.statement, params_);
        if (!r.ok()) Fail(b, "statement failed: " + RenderError(r.status()));
        return;
      }
      case Block::Kind::kQuery: {
        QueryResult r = db_->Query(b.statement, params_);
        return Check(b, r.ok() ? RenderResult(r, b.header == "query rowsort") : std::vector{RenderError(r.status())});
      }
      case Block::Kind::kError: {
        QueryResult r = db_->Query(b.statement, params_);
        std::string actual = r.ok() ? "no error" : RenderError(r.status());
        if (b.expected.size() == 1 && ErrorPrefixMatches(b.expected[0], actual)) return;
        return Check(b, {actual});
      }
    }
  }

  void SetParams(const Block& b) {
    Value map;
    Status s = ParseCypherLiteral(b.statement, &map);
    if (!s.ok() || !map.is_map()) return Fail(b, "params must be a map literal: " + s.ToString());
    params_ = Params(map.as_map().begin(), map.as_map().end());
  }

  void Check(Block& b, std::vector<std::string> actual) {
    if (actual == b.expected) return;
    if (rewrite_) b.expected = std::move(actual);
    else Fail(b, "expected:" + Describe(b.expected) + "\n  got:" + Describe(actual));
  }

  std::string path_;
  bool rewrite_;
  std::unique_ptr<Database> db_;
  Params params_;
  std::vector<std::string> failures_;
};

}  // namespace

std::string RenderError(const Status& status) {
  std::string out(ErrorKindName(status.kind()));
  if (status.line() > 0) out += " " + std::to_string(status.line()) + ":" + std::to_string(status.column());
  return out + ": " + status.message();
}

std::vector<std::string> RenderResult(const QueryResult& result, bool rowsort) {
  std::vector<std::string> lines, rows;
  if (result.has_columns()) lines.push_back(Join(result.columns()));
  for (const auto& row : result.rows()) {
    std::vector<std::string> cells;
    for (const auto& v : row) cells.push_back(v.ToString());
    rows.push_back(Join(cells));
  }
  if (rowsort) std::sort(rows.begin(), rows.end());
  lines.insert(lines.end(), rows.begin(), rows.end());
  if (!result.has_columns() && result.stats().any()) lines.push_back(StatsLine(result.stats()));
  for (const auto& n : result.notifications()) lines.push_back("warning: " + n.code + ": " + n.message);
  if (!result.plan().empty()) {
    lines.push_back("plan:");
    std::istringstream plan(result.plan());
    for (std::string l; std::getline(plan, l);) lines.push_back(MaskTimes(l));
  }
  return lines;
}

std::vector<std::string> RunTestFile(const std::string& path, bool rewrite) { return FileRun(path, rewrite).Go(); }

}  // namespace kg::golden
