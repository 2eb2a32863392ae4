// The openCypher TCK as one CTest test, `tck` (see tests/tck/README.md).
//
// Reads every .feature under KG_TCK_DIR, runs each scenario in process on a fresh
// in-memory database (in a forked child, so a crash costs one scenario), prints
// "TCK: passed N of M (group: P of Q; ...)", and fails when a scenario listed in
// expected_pass.txt fails. Environment:
//   KG_TCK_UPDATE=1 (or --update)  rewrite expected_pass.txt with what passes now
//   KG_TCK_FILTER=text             run only scenarios whose id contains text
//   KG_TCK_REPORT=file.md          write every failure cause, grouped and ranked
//   KG_TCK_VERBOSE=1               print each failing scenario and why
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "tests/tck/expected_list.h"
#include "tests/tck/failure_summary.h"
#include "tests/tck/isolated_run.h"

namespace kg::tck {
namespace {

namespace fs = std::filesystem;
bool g_update = false;

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? "" : v;
}

// The groups of shared/tck/README.md.
std::string GroupOf(const std::string& feature) {
  static const std::vector<std::string> kWrites = {"merge", "set", "remove", "delete"};
  if (feature.rfind("expressions/temporal/", 0) == 0) return "Temporal";
  if (feature.rfind("expressions/", 0) == 0) return "Reading queries and CREATE";
  for (const auto& clause : kWrites)
    if (feature.rfind("clauses/" + clause + "/", 0) == 0) return "Writes";
  return feature.rfind("clauses/", 0) == 0 ? "Reading queries and CREATE" : "Other";
}

std::vector<Scenario> LoadScenarios(const fs::path& root, const std::string& filter) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.path().extension() == ".feature") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<Scenario> scenarios;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    for (Scenario& s : ParseFeature(text.str(), fs::relative(file, root).generic_string())) {
      bool ignored = std::find(s.tags.begin(), s.tags.end(), "@ignore") != s.tags.end();
      if (!ignored && s.Id().find(filter) != std::string::npos) scenarios.push_back(std::move(s));
    }
  }
  return scenarios;
}

std::string CountLine(const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes) {
  std::map<std::string, std::pair<int, int>> by_group;
  int passed = 0;
  for (size_t i = 0; i < scenarios.size(); ++i) {
    auto& [p, q] = by_group[GroupOf(scenarios[i].feature)];
    p += outcomes[i].passed;
    ++q;
    passed += outcomes[i].passed;
  }
  std::string line = "TCK: passed " + std::to_string(passed) + " of " + std::to_string(scenarios.size()) + " (";
  for (const auto& [group, pq] : by_group)
    line += (line.back() == '(' ? "" : "; ") + group + ": " + std::to_string(pq.first) + " of " + std::to_string(pq.second);
  return line + ")";
}

// The run against expected_pass.txt.
struct ListDiff {
  std::set<std::string> passing;
  std::vector<std::string> regressions;  // "id\n    cause"
  std::vector<std::string> newly;
};

ListDiff Diff(const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes) {
  std::set<std::string> expected = LoadExpectedPasses(KG_TCK_EXPECTED);
  ListDiff diff;
  for (size_t i = 0; i < scenarios.size(); ++i) {
    std::string id = scenarios[i].Id();
    if (outcomes[i].passed) diff.passing.insert(id);
    if (outcomes[i].passed && !expected.count(id)) diff.newly.push_back(id);
    if (!outcomes[i].passed && expected.count(id)) diff.regressions.push_back(id + "\n    " + outcomes[i].cause);
    if (!outcomes[i].passed && !Env("KG_TCK_VERBOSE").empty())
      std::cout << "FAIL " << id << "\n    " << outcomes[i].cause << "\n";
  }
  return diff;
}

void WriteReport(const std::string& path, const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes) {
  std::ofstream report(path);
  report << "## Pass rate by folder\n\n";
  WritePassRates(scenarios, outcomes, report);
  report << "\n## Failure causes (count, cause, one example)\n\n";
  WriteFailureSummary(scenarios, outcomes, 1000, report);
}

TEST(Tck, ListedScenariosPass) {
  fs::path root = Env("KG_TCK_DIR").empty() ? fs::path(KG_TCK_DIR) : fs::path(Env("KG_TCK_DIR"));
  if (!fs::is_directory(root)) GTEST_SKIP() << "no TCK features at " << root;
  const std::string filter = Env("KG_TCK_FILTER");
  auto start = std::chrono::steady_clock::now();
  std::vector<Scenario> scenarios = LoadScenarios(root, filter);
  std::vector<Outcome> outcomes = RunIsolated(scenarios, 10);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  ListDiff diff = Diff(scenarios, outcomes);
  std::cout << CountLine(scenarios, outcomes) << " in " << seconds << " s\n";
  for (const auto& id : diff.newly) std::cout << "newly passing: " << id << "\n";
  if (!diff.newly.empty() && !g_update)
    std::cout << diff.newly.size() << " newly passing; add them with KG_TCK_UPDATE=1 ctest -R '^tck$'\n";
  if (!Env("KG_TCK_REPORT").empty()) WriteReport(Env("KG_TCK_REPORT"), scenarios, outcomes);
  if (g_update && filter.empty()) {
    ASSERT_TRUE(SaveExpectedPasses(KG_TCK_EXPECTED, diff.passing));
    std::cout << "wrote " << diff.passing.size() << " ids to " << KG_TCK_EXPECTED << "\n";
    return;
  }
  std::ostringstream lines;
  for (const auto& r : diff.regressions) lines << "  " << r << "\n";
  EXPECT_TRUE(diff.regressions.empty()) << diff.regressions.size() << " listed scenarios fail:\n" << lines.str();
}

}  // namespace
}  // namespace kg::tck

int main(int argc, char** argv) {
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--update") kg::tck::g_update = true;
    else args.push_back(argv[i]);
  }
  kg::tck::g_update = kg::tck::g_update || kg::tck::Env("KG_TCK_UPDATE") == "1";
  int n = static_cast<int>(args.size());
  testing::InitGoogleTest(&n, args.data());
  return RUN_ALL_TESTS();
}
