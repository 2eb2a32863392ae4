// `kg extract`: the analysis of `kg build` as JSON lines on stdout, with no database.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "shell/cli.h"

namespace kg::cli {

int Extract(const std::vector<std::string>& paths, int jobs) {
  auto start = std::chrono::steady_clock::now();
  BuildReport report = ExtractArticles(paths, jobs, std::cout);
  PrintProblems(report);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "extracted %s (%lld failed) in %.2fs\n", Plural(report.articles, "article").c_str(),
               static_cast<long long>(report.failed), seconds);
  return ExitCode(report.errors);
}

}  // namespace kg::cli
