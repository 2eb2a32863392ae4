// shell/cli.h — the `kg` subcommands. Each runs over the public API only and returns
// the process exit code of SPEC.md (0 ok, 1 query/input error, 2 usage, 3 database).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "kg/database.h"
#include "kg/format.h"

namespace kg::cli {

struct QueryFlags {
  std::string format = "table";
  std::vector<std::string> params;  // K=V, V a Cypher literal
  std::string params_json;          // {"K": value, ...}
  bool keep_going = false;          // --continue
};

// Opens the database, printing the error on failure. create=false: a missing db is exit 3.
int OpenDatabase(const std::string& path, bool create, bool read_only, std::unique_ptr<Database>* db);

// Opens the database for `kg query` and `kg run`: read-write when it can; read-only when
// the path may not be written (CannotWrite) or another process holds it. In that last
// case *held is the error the read-write open gave ("locked by another process"): a write
// statement then fails with it, a read runs on what the holder has written.
int OpenForStatements(const std::string& path, std::unique_ptr<Database>* db, Status* held);

// True when `path` exists and this process may not write to it (a read-only folder,
// another user's database). Readers then open the database read-only: their reads work
// without RocksDB's LOCK file, and a write statement fails with "open read-only".
bool CannotWrite(const std::string& path);

// Fills params from --param and --params; prints the error and returns false if bad.
bool CollectParams(const QueryFlags& flags, const QueryLimits& limits, Params* params);

// Parameters from a JSON object. ArgumentError for anything else, an integer beyond 64
// bits, or a value nested deeper than max_depth.
Status ParseJsonParams(const std::string& json, int max_depth, Params* params);

// QueryOptions with the limits KG_MAX_NESTING_DEPTH, KG_MAX_ROWS and KG_MAX_PATH_LENGTH
// set in the environment (README "Limits"); a value that is not a positive integer is
// ignored with a warning.
QueryOptions OptionsFromEnvironment();

int Build(const std::string& db_path, const std::vector<std::string>& paths, int jobs, bool quiet, bool sync);
int Extract(const std::vector<std::string>& paths, int jobs);
int Load(const std::string& db_path, const std::vector<std::string>& files);
int Remove(const std::string& db_path, const std::vector<std::string>& paths);
int Query(const std::string& db_path, const std::string& statement, const QueryFlags& flags);
int Run(const std::string& db_path, const std::string& file, const QueryFlags& flags);
int Stats(const std::string& db_path, bool json);
// The text of `kg stats` (and of the shell's :stats).
void WriteStatsTable(const GraphStats& stats, std::ostream& out);
int Export(const std::string& db_path, const std::string& format, const std::string& output);
int Shell(const std::string& db_path, bool read_only);
int Import(const std::string& db_path, const ImportOptions& options);

// Prints the errors and the empty folders of a build, load or extract to stderr.
void PrintProblems(const BuildReport& report);

// Prints the errors and warnings of a build or load and its summary line ("built 3 articles
// (0 unchanged, ...) in 0.52s", with `verb` first) to stderr; returns the exit code.
int Summarize(const char* verb, const BuildReport& report, bool sync, std::chrono::steady_clock::time_point start);

// The exit code for these errors: the gravest one's (0 when there are none).
int ExitCode(const std::vector<Status>& errors);

// Columns of the terminal on stdout; 0 when stdout is no terminal (a pipe, a file).
size_t TerminalWidth();

// "1 article", "3 articles": counts in messages read as English.
std::string Plural(int64_t count, const std::string& noun);

// Runs each statement of a script, printing results; used by `kg run` and piped `kg shell`.
// Returns the exit code.
// `held`: why the database is open read-only (OpenForStatements); a write fails with it.
int RunScriptText(Database& db, const std::string& text, const std::string& source_name, const Params& params,
                  OutputFormat format, bool keep_going, const QueryOptions& options, const Status& held = {});

}  // namespace kg::cli
