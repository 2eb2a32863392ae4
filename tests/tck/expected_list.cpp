#include "tests/tck/expected_list.h"

#include <fstream>

namespace kg::tck {

std::set<std::string> LoadExpectedPasses(const std::string& path) {
  std::set<std::string> ids;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') ids.insert(line);
  return ids;
}

bool SaveExpectedPasses(const std::string& path, const std::set<std::string>& ids) {
  std::ofstream out(path);
  out << "# TCK scenarios that pass and must keep passing (tests/tck/README.md).\n"
         "# Regenerate with KG_TCK_UPDATE=1 ctest -R '^tck$' after reviewing the newly passing ones.\n";
  for (const auto& id : ids) out << id << "\n";
  return static_cast<bool>(out);
}

}  // namespace kg::tck
