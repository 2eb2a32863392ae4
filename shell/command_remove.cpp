// `kg remove`: retract articles and everything only they supported.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "shell/cli.h"

namespace kg::cli {

int Remove(const std::string& db_path, const std::vector<std::string>& paths) {
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, false, false, &db)) return code;
  RemoveReport report = db->Remove(paths);
  for (const auto& error : report.errors) std::cerr << FormatError(error, "");
  std::fprintf(stderr, "removed %s (%s retracted, %lld failed)\n", Plural(report.paths, "path").c_str(),
               Plural(report.articles, "article").c_str(), static_cast<long long>(report.errors.size()));
  int exit_code = 0;  // 1 for a path no article was built from, 3 when the database failed
  for (const auto& error : report.errors) exit_code = std::max(exit_code, error.ExitCode());
  return exit_code;
}

}  // namespace kg::cli
