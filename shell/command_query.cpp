// `kg query` and `kg run`.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kg/script.h"
#include "shell/cli.h"

namespace kg::cli {

namespace {

// On a terminal a wide table wraps its cells to fit; into a pipe or file it is never cut.
TableOptions TableForTerminal() {
  TableOptions table;
  table.max_width = TerminalWidth();
  return table;
}

// A statement on a database another process holds fails, if it writes, with the reason:
// "locked by another process", not "open read-only".
QueryResult Run(Database& db, const std::string& statement, const Params& params, const QueryOptions& options,
                const Status& held) {
  QueryResult result = db.Query(statement, params, options);
  if (!held.ok() && !result.ok() && result.status().kind() == ErrorKind::kDatabase) return QueryResult(held);
  return result;
}

}  // namespace

int RunScriptText(Database& db, const std::string& text, const std::string& source_name, const Params& params,
                  OutputFormat format, bool keep_going, const QueryOptions& options, const Status& held) {
  int exit_code = 0;
  for (const auto& statement : SplitScript(text)) {
    QueryResult result = Run(db, statement.text, params, options, held);
    if (result.ok()) {
      std::cerr << FormatWarnings(result);
      WriteResult(result, format, std::cout, TableForTerminal());
      continue;
    }
    // Report the error at its line in the script, not in the statement.
    const Status& s = result.status();
    Status located = s.line() > 0 ? Status::Make(s.kind(), s.message(), s.line() + statement.line - 1, s.column()) : s;
    std::cerr << source_name << ":" << statement.line << ": statement failed\n" << FormatError(located, text);
    exit_code = std::max(exit_code, s.ExitCode());
    if (!keep_going) break;
  }
  return exit_code;
}

namespace {

// The text of `kg run FILE`, `kg run -` or `kg query -`; an InputError when it cannot be read.
Status ReadInput(const std::string& file, const std::string& what, std::string* text) {
  std::error_code ec;
  if (file != "-" && std::filesystem::is_directory(file, ec))
    return Status::Input(file + " is a folder; kg " + what + " takes a file of Cypher statements, or - for stdin");
  std::stringstream buffer;
  if (file == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(file);
    if (!in) return Status::Input("cannot read script " + file);
    buffer << in.rdbuf();
  }
  *text = buffer.str();
  return Status::Ok();
}

}  // namespace

int Query(const std::string& db_path, const std::string& argument, const QueryFlags& flags) {
  OutputFormat format;
  Params params;
  QueryOptions options = OptionsFromEnvironment();
  if (!ParseOutputFormat(flags.format, &format) || !CollectParams(flags, options.limits, &params)) return 2;
  std::string statement = argument;
  if (argument == "-") {  // `echo 'RETURN 1' | kg query -`
    if (Status s = ReadInput("-", "query", &statement); !s.ok()) {
      std::cerr << FormatError(s, "");
      return s.ExitCode();
    }
  }
  std::unique_ptr<Database> db;
  Status held;
  if (int code = OpenForStatements(db_path, &db, &held)) return code;
  QueryResult result = Run(*db, statement, params, options, held);
  if (!result.ok()) {
    std::cerr << FormatError(result.status(), statement);
    return result.status().ExitCode();
  }
  std::cerr << FormatWarnings(result);
  WriteResult(result, format, std::cout, TableForTerminal());
  return 0;
}

int Run(const std::string& db_path, const std::string& file, const QueryFlags& flags) {
  OutputFormat format;
  Params params;
  QueryOptions options = OptionsFromEnvironment();
  if (!ParseOutputFormat(flags.format, &format) || !CollectParams(flags, options.limits, &params)) return 2;
  std::string text;
  if (Status s = ReadInput(file, "run", &text); !s.ok()) {
    std::cerr << FormatError(s, "");
    return s.ExitCode();
  }
  std::unique_ptr<Database> db;
  Status held;
  if (int code = OpenForStatements(db_path, &db, &held)) return code;
  return RunScriptText(*db, text, file, params, format, flags.keep_going, options, held);
}

}  // namespace kg::cli
