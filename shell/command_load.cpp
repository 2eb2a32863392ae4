// `kg load`: merges `kg extract` lines into the database, as `kg build` writes articles.
#include <chrono>

#include "shell/cli.h"

namespace kg::cli {

int Load(const std::string& db_path, const std::vector<std::string>& files) {
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, true, false, &db)) return code;
  auto start = std::chrono::steady_clock::now();
  return Summarize("loaded", db->Load(files), false, start);
}

}  // namespace kg::cli
