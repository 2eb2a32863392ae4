// kg — the command line: parses flags and dispatches to shell/command_*.cpp.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <CLI/CLI.hpp>

#include "shell/cli.h"

namespace {

std::string DefaultDb() {
  const char* env = std::getenv("KG_DB");
  return env && *env ? env : "kg.db";
}

void AddQueryFlags(CLI::App* cmd, kg::cli::QueryFlags* flags) {
  cmd->add_option("--format", flags->format, "table, vertical, json, csv or markdown")
      ->check(CLI::IsMember({"table", "vertical", "json", "csv", "markdown"}));
  cmd->add_option("--param", flags->params, "parameter K=V, V a Cypher literal (repeatable)");
  cmd->add_option("--params", flags->params_json, "parameters as one JSON object");
}

// Output that could not be written (a full disk, /dev/full) is an error, not a success.
int CheckOutput(int exit_code) {
  std::cout.flush();
  errno = 0;
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return exit_code;
  std::cerr << "error: RuntimeError: cannot write the output: " << (errno ? std::strerror(errno) : "write failed") << "\n";
  return exit_code ? exit_code : 1;
}

// A command line CLI11 rejects, as SPEC.md prints errors, with a hint where to look:
//   error: UsageError: unknown command 'frobnicate'
//   hint: `kg help` lists the commands
int UsageError(const CLI::App& app, const CLI::ParseError& e) {
  std::string message = e.what();
  std::string command = app.get_subcommands().empty() ? "" : app.get_subcommands().back()->get_name();
  // `kg frobnicate`: CLI11 sees an extra argument; the user mistyped a command.
  bool extras = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
  if (command.empty() && extras && !app.remaining().empty())
    message = "unknown command '" + app.remaining().front() + "'";
  // `kg query MATCH (n) RETURN n`: the shell split the statement into words.
  if (command == "query" && extras) message += "; put the statement in quotes: kg query \"MATCH (n) RETURN n\"";
  std::cerr << kg::FormatError(kg::Status::Usage(message), "");
  std::cerr << "hint: `kg help" << (command.empty() ? "` lists the commands" : " " + command + "` shows its usage") << "\n";
  return 2;
}

// `kg help [COMMAND]`: the same text as `kg [COMMAND] --help`, on stdout.
int Help(const CLI::App& app, const std::string& topic) {
  // Through the formatter: App::help() would describe the `help` command itself.
  if (topic.empty()) {
    std::cout << app.get_formatter()->make_help(&app, "kg", CLI::AppFormatMode::Normal);
    return 0;
  }
  for (const auto* sub : app.get_subcommands({}))
    if (sub->get_name() == topic) {
      std::cout << sub->help("kg");
      return 0;
    }
  std::cerr << kg::FormatError(kg::Status::Usage("no command named '" + topic + "'"), "");
  std::cerr << "hint: `kg help` lists the commands\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kg — compile news articles into a knowledge graph and query it with Cypher", "kg"};
  app.require_subcommand(0, 1);
  // Global flags go anywhere on the line, as in `kg query "RETURN 1" -v`: a flag the
  // command does not know falls through to `kg` itself. Set before adding the commands.
  app.fallthrough();
  std::string db = DefaultDb();
  bool verbose = false;
  app.add_option("--db", db, "database directory (default: $KG_DB, else ./kg.db)");
  app.add_flag("-v,--verbose", verbose, "debug logging to stderr");
  app.set_version_flag("--version", std::string(kg::Version()));

  std::vector<std::string> paths;
  int jobs = 1;
  bool quiet = false, sync = false;
  auto* build = app.add_subcommand("build", "compile articles: files, folders (recursive), or - for stdin");
  build->add_option("paths", paths, "articles")->required();
  build->add_option("--jobs,-j", jobs, "articles analysed in parallel")->check(CLI::Range(1, 256));
  build->add_flag("--quiet,-q", quiet, "no progress bar, one summary line");
  build->add_flag("--sync", sync, "also remove the articles whose files are gone from the folders given");
  auto* extract = app.add_subcommand("extract", "analysis only: one JSON line per article on stdout, no database");
  extract->add_option("paths", paths, "articles: files, folders (recursive), or - for stdin")->required();
  extract->add_option("--jobs,-j", jobs, "articles analysed in parallel")->check(CLI::Range(1, 256));
  std::vector<std::string> lines;
  auto* load = app.add_subcommand("load", "merge `kg extract` output, exactly as `kg build` would");
  load->add_option("files", lines, "JSONL files that kg extract wrote, or - for stdin")->required();
  auto* remove = app.add_subcommand("remove", "retract articles (files or folders) and everything only they supported");
  remove->add_option("paths", paths, "article files or folders, as they were built")->required();

  kg::cli::QueryFlags flags;
  std::string statement, file, format, output;
  auto* query = app.add_subcommand("query", "run one statement");
  query->add_option("statement", statement, "the Cypher statement, or - to read it from stdin")->required();
  AddQueryFlags(query, &flags);
  auto* run = app.add_subcommand("run", "run a saved .cypher script (- reads stdin)");
  run->add_option("file", file, "script file")->required();
  run->add_flag("--continue", flags.keep_going, "keep going after a failing statement");
  AddQueryFlags(run, &flags);
  auto* shell = app.add_subcommand("shell", "interactive Cypher shell");
  bool read_only = false;
  shell->add_flag("--read-only", read_only, "open the database read-only: no lock is taken, writes fail");
  auto* stats = app.add_subcommand("stats", "counts of articles, entities, facts and disputes");
  std::string stats_format = "table";
  stats->add_option("--format", stats_format, "table or json")->check(CLI::IsMember({"table", "json"}));
  auto* exp = app.add_subcommand("export", "write the whole graph");
  exp->add_option("--format", format, "jsonl, cypher, graphml, dot, csv or nquads")
      ->required()
      ->check(CLI::IsMember({"jsonl", "cypher", "graphml", "dot", "csv", "nquads"}));
  exp->add_option("-o,--output", output, "output file (default: stdout)");
  kg::ImportOptions import_options;
  auto* import = app.add_subcommand("import", "bulk load neo4j-admin import files (nodes, then relationships)");
  import->add_option("--nodes", import_options.nodes, "node file, or Label[:Label]=FILE (repeatable)");
  import->add_option("--relationships", import_options.relationships, "relationship file, or TYPE=FILE (repeatable)");
  import->add_option("--delimiter", import_options.delimiter, "field delimiter (default ,)");
  import->add_option("--array-delimiter", import_options.array_delimiter, "delimiter of array items and labels (default ;)");
  import->add_option("--batch-size", import_options.batch_rows, "rows per committed batch")->check(CLI::PositiveNumber);
  std::string topic;
  auto* help = app.add_subcommand("help", "help on kg or on one command");
  help->add_option("command", topic, "a command, e.g. query");
  for (auto* sub : {build, load, remove, query, run, shell, stats, exp, import}) sub->add_option("--db", db, "database directory");
  auto Dispatch = [&] {
    if (*build) return kg::cli::Build(db, paths, jobs, quiet, sync);
    if (*extract) return kg::cli::Extract(paths, jobs);
    if (*load) return kg::cli::Load(db, lines);
    if (*remove) return kg::cli::Remove(db, paths);
    if (*query) return kg::cli::Query(db, statement, flags);
    if (*run) return kg::cli::Run(db, file, flags);
    if (*shell) return kg::cli::Shell(db, read_only);
    if (*help) return Help(app, topic);
    if (*stats) return kg::cli::Stats(db, stats_format == "json");
    if (*import) return kg::cli::Import(db, import_options);
    return kg::cli::Export(db, format, output);
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return UsageError(app, e);
  }
  kg::SetVerboseLogging(verbose);
  if (!app.get_subcommands().empty()) {
    // Errors come back as Status values; an exception reaching here is a bug, and still
    // gets an error line instead of "terminate called".
    try {
      return CheckOutput(Dispatch());
    } catch (const std::exception& e) {
      std::cerr << "error: RuntimeError: " << e.what() << "\n";
    } catch (...) {
      std::cerr << "error: RuntimeError: unexpected failure\n";
    }
    return 1;
  }
  std::cerr << app.help();
  return 2;
}
