// `kg build`: compile articles, with a progress bar on a terminal; and the report that
// `kg load` and `kg extract` print too.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "shell/cli.h"

namespace kg::cli {

namespace {

void DrawProgress(int64_t done, int64_t total, std::chrono::steady_clock::time_point start) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double rate = seconds > 0 ? done / seconds : 0;
  double left = rate > 0 ? (total - done) / rate : 0;
  int width = 30, filled = total ? static_cast<int>(width * done / total) : width;
  std::fprintf(stderr, "\r[%s%s] %lld/%lld articles  %.1f/s  %.0fs left ", std::string(filled, '#').c_str(),
               std::string(width - filled, ' ').c_str(), static_cast<long long>(done), static_cast<long long>(total),
               rate, left);
  if (done == total) std::fprintf(stderr, "\n");
}

}  // namespace

int Build(const std::string& db_path, const std::vector<std::string>& paths, int jobs, bool quiet, bool sync) {
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, true, false, &db)) return code;
  BuildOptions options;
  options.jobs = jobs;
  options.sync = sync;
  auto start = std::chrono::steady_clock::now();
  if (!quiet && isatty(STDERR_FILENO))
    options.on_progress = [&](int64_t done, int64_t total) { DrawProgress(done, total, start); };
  BuildReport report = db->Build(paths, options);
  return Summarize("built", report, sync, start);
}

void PrintProblems(const BuildReport& report) {
  for (const auto& error : report.errors) std::cerr << FormatError(error, "");
  for (const auto& folder : report.empty_folders) std::cerr << "warning: " << folder << ": no article files in this folder\n";
}

int Summarize(const char* verb, const BuildReport& report, bool sync, std::chrono::steady_clock::time_point start) {
  PrintProblems(report);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string removed = sync ? ", " + std::to_string(report.removed) + " removed" : "";
  std::fprintf(stderr, "%s %s (%lld unchanged, %lld failed%s): %s, %s, %s in %.2fs\n", verb,
               Plural(report.articles, "article").c_str(), static_cast<long long>(report.unchanged),
               static_cast<long long>(report.failed), removed.c_str(), Plural(report.entities, "entity").c_str(),
               Plural(report.facts, "fact").c_str(), Plural(report.disputes, "dispute").c_str(), seconds);
  return ExitCode(report.errors);
}

int ExitCode(const std::vector<Status>& errors) {
  int exit_code = 0;  // 1 for a bad article or line, 3 when the database failed (SPEC.md)
  for (const auto& error : errors) exit_code = std::max(exit_code, error.ExitCode());
  return exit_code;
}

}  // namespace kg::cli
