// Registers every tests/golden/cases/**/*.test file as one GoogleTest case.
// KG_GOLDEN_REWRITE=1 rewrites the expected output of every case with what kg prints now;
// review the diff before committing it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "tests/golden/golden_runner.h"

namespace kg::golden {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> TestFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(KG_GOLDEN_DIR))
    if (entry.path().extension() == ".test") files.push_back(fs::relative(entry.path(), KG_GOLDEN_DIR).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

class Golden : public testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedOutput) {
  const char* rewrite = std::getenv("KG_GOLDEN_REWRITE");
  std::vector<std::string> failures =
      RunTestFile(std::string(KG_GOLDEN_DIR) + "/" + GetParam(), rewrite != nullptr && std::string(rewrite) == "1");
  for (const auto& f : failures) ADD_FAILURE() << f;
}

std::string CaseName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(0, info.param.size() - 5);  // without ".test"
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, testing::ValuesIn(TestFiles()), CaseName);

}  // namespace
}  // namespace kg::golden
