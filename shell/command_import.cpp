// `kg import`: neo4j-admin import files into the database (engine/import/bulk_import.h).
#include <chrono>
#include <cstdio>
#include <iostream>

#include "shell/cli.h"

namespace kg::cli {

int Import(const std::string& db_path, const ImportOptions& options) {
  if (options.nodes.empty() && options.relationships.empty()) {
    std::cerr << FormatError(Status::Usage("kg import needs --nodes FILE... and/or --relationships FILE..."),
                             "");
    return 2;
  }
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, true, false, &db)) return code;
  auto begin = std::chrono::steady_clock::now();
  ImportReport report;
  Status s = db->Import(options, &report);
  if (!s.ok()) {
    std::cerr << FormatError(s, "");
    return s.ExitCode();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  std::fprintf(stderr, "imported %s and %s in %.2f s\n", Plural(report.nodes, "node").c_str(),
               Plural(report.relationships, "relationship").c_str(), seconds);
  return 0;
}

}  // namespace kg::cli
