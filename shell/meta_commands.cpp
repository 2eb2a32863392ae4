#include "shell/meta_commands.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <sstream>

#include "kg/script.h"
#include "shell/cli.h"

namespace kg::cli {

namespace {

const char* kKeywords[] = {"MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "SKIP",
                           "LIMIT", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH DELETE", "CALL",
                           "YIELD", "UNION", "DISTINCT", "AS", "AND", "OR", "NOT", "IS NULL", "IS NOT NULL",
                           "CONTAINS", "STARTS WITH", "ENDS WITH", "EXPLAIN", "PROFILE", "SHOW PROCEDURES",
                           "ASC", "DESC", "CASE", "WHEN", "THEN", "ELSE", "END", "ON CREATE", "ON MATCH",
                           "count", "collect"};
const char* kCommands[] = {":help",   ":schema", ":stats",  ":format", ":timing", ":maxwidth",
                           ":output", ":once",   ":pager",  ":param",  ":params", ":source",
                           ":build",  ":export", ":quit"};

std::pair<std::string, std::string> SplitCommand(const std::string& line) {
  size_t space = line.find_first_of(" \t");
  if (space == std::string::npos) return {line, ""};
  size_t start = line.find_first_not_of(" \t", space);
  return {line.substr(0, space), start == std::string::npos ? "" : line.substr(start)};
}

}  // namespace

bool ShellState::RunStatement(const std::string& statement, const std::atomic<bool>* cancel) {
  QueryOptions options = OptionsFromEnvironment();
  options.cancel = cancel;
  auto start = std::chrono::steady_clock::now();
  QueryResult result = db_.Query(statement, params_, options);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!result.ok()) {
    std::cerr << FormatError(result.status(), statement);
    return false;
  }
  TableOptions table;
  table.max_width = max_width_ >= 0 ? static_cast<size_t>(max_width_) : output_.ToTerminal() ? TerminalWidth() : 0;
  std::ostringstream text;  // whole, so that the pager sees how tall it is
  std::cerr << FormatWarnings(result);
  WriteResult(result, format_, text, table);
  output_.Emit(text.str());
  if (timing_) std::cout << "(" << std::fixed << std::setprecision(1) << ms << " ms)\n" << std::defaultfloat;
  return true;
}

// `:source FILE` stops where `kg run FILE` stops: at the first failing statement, named by
// file and line, or at Ctrl-C, which cancels the running statement and the rest.
void ShellState::Source(const std::string& file, const std::atomic<bool>* cancel) {
  std::ifstream in(file);
  if (!in) {
    std::cerr << FormatError(Status::Input("cannot read " + file), "");
    return;
  }
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& statement : SplitScript(text.str())) {
    if (RunStatement(statement.text, cancel)) continue;
    std::cerr << file << ":" << statement.line << ": statement failed; the rest of the script was not run\n";
    return;
  }
}

void ShellState::Help() {
  std::cout << "Statements end with ';' and may span lines. Commands:\n"
               "  :help                 this help\n"
               "  :schema               labels, relationship types and counts\n"
               "  :stats                articles, entities, facts, disputes\n"
               "  :format table|vertical|json|csv|markdown\n"
               "  :timing on|off        wall time per statement\n"
               "  :maxwidth [N]         wrap table cells to N columns (0: never; none: the terminal's)\n"
               "  :output [FILE]        results to FILE until :output alone; :once FILE for the next only\n"
               "  :pager on|off         results taller than the screen through $PAGER (default less -FRX)\n"
               "  :param name => value  set a parameter ($name); also :param {a: 1, b: 'x'},\n"
               "                        :param clear [name]; :params lists them\n"
               "  :source FILE          run a .cypher script\n"
               "  :build PATH...        compile more articles\n"
               "  :export FORMAT FILE   write the graph (jsonl, cypher, graphml, dot, csv, nquads)\n"
               "  :quit                 leave (or Ctrl-D); Ctrl-C cancels a running query\n";
}

// `:param name => value`, `:param {a: 1, b: 'x'}` (as cypher-shell 5), `:param clear [name]`.
void ShellState::SetParam(const std::string& args) {
  auto [first, rest] = SplitCommand(args);
  if (first == "clear") {
    if (rest.empty()) params_.clear();
    else params_.erase(rest);
    return;
  }
  size_t arrow = args.find("=>");
  bool map = !args.empty() && args[0] == '{';
  if (arrow == std::string::npos && !map) {
    std::cerr << FormatError(Status::Usage(":param expects name => value, {name: value, ...} or clear [name]"), "");
    return;
  }
  Value v;
  Status s = ParseCypherLiteral(map ? args : args.substr(arrow + 2), &v, OptionsFromEnvironment().limits);
  if (!s.ok()) {
    std::cerr << FormatError(s, "");
  } else if (map && v.is_map()) {
    for (const auto& [name, value] : v.as_map()) params_[name] = value;
  } else if (map) {
    std::cerr << FormatError(Status::Usage(":param {...} expects a map of parameters"), "");
  } else {
    std::string name = args.substr(0, arrow);
    name.erase(name.find_last_not_of(" \t") + 1);
    params_[name] = v;
  }
}

// `:maxwidth N` wraps table cells to fit N columns; 0 never wraps; no N: the terminal's width.
void ShellState::SetMaxWidth(const std::string& args) {
  if (args.empty()) {
    max_width_ = -1;
    return;
  }
  char* end = nullptr;
  long width = std::strtol(args.c_str(), &end, 10);
  if (*end != '\0' || width < 0 || width > 100000)
    std::cerr << FormatError(Status::Usage(":maxwidth expects a number of columns (0: no limit), got " + args), "");
  else
    max_width_ = static_cast<int>(width);
}

// The counts of `kg stats`, from the same maintained counters.
void ShellState::Stats() {
  GraphStats stats;
  Status s = db_.Stats(&stats);
  if (s.ok()) WriteStatsTable(stats, std::cout);
  else std::cerr << FormatError(s, "");
}

void ShellState::RunMeta(const std::string& line, const std::atomic<bool>* cancel) {
  auto [command, args] = SplitCommand(line);
  if (command == ":quit" || command == ":q" || command == ":exit") quit = true;
  else if (command == ":help") Help();
  else if (command == ":schema") RunStatement("CALL db.schema()", nullptr);
  else if (command == ":stats") Stats();
  else if (command == ":format") {
    if (!ParseOutputFormat(args, &format_)) std::cerr << "usage: :format table|vertical|json|csv|markdown\n";
  } else if (command == ":timing") timing_ = args != "off";
  else if (command == ":maxwidth") SetMaxWidth(args);
  else if (command == ":pager") output_.SetPager(args != "off");
  else if (command == ":output" || command == ":once") {
    if (Status s = output_.Redirect(args, command == ":once"); !s.ok()) std::cerr << FormatError(s, "");
  }
  else if (command == ":param") SetParam(args);
  else if (command == ":params") {
    for (const auto& [k, v] : params_) std::cout << k << " => " << v.ToString() << "\n";
  } else if (command == ":source") {
    Source(args, cancel);
  } else if (command == ":build") {
    std::istringstream words(args);
    std::vector<std::string> paths{std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
    BuildReport report = db_.Build(paths);
    for (const auto& e : report.errors) std::cerr << FormatError(e, "");
    for (const auto& folder : report.empty_folders) std::cerr << "warning: " << folder << ": no article files in this folder\n";
    std::cout << "built " << Plural(report.articles, "article") << " (" << report.unchanged << " unchanged, "
              << report.failed << " failed)\n";
  } else if (command == ":export") {
    auto [format, file] = SplitCommand(args);
    static const std::pair<const char*, ExportFormat> formats[] = {
        {"jsonl", ExportFormat::kJsonl}, {"cypher", ExportFormat::kCypher}, {"graphml", ExportFormat::kGraphml},
        {"dot", ExportFormat::kDot},     {"csv", ExportFormat::kCsv},       {"nquads", ExportFormat::kNquads}};
    for (const auto& [name, f] : formats) {
      if (format != name) continue;
      std::ofstream out(file);
      Status s = out ? db_.Export(f, out) : Status::Input("cannot write " + file);
      if (!s.ok()) std::cerr << FormatError(s, "");
      return;
    }
    std::cerr << "usage: :export jsonl|cypher|graphml|dot|csv|nquads FILE\n";
  } else {
    std::cerr << "unknown command " << command << " (try :help)\n";
  }
}

Vocabulary ShellState::CompletionWords() {
  Vocabulary names;
  names.keywords.assign(std::begin(kKeywords), std::end(kKeywords));
  names.commands.assign(std::begin(kCommands), std::end(kCommands));
  names.labels = db_.Labels();
  names.types = db_.RelationshipTypes();
  names.keys = db_.PropertyKeys();
  names.procedures = db_.Procedures();
  for (const auto& [name, value] : params_) names.parameters.push_back(name);
  return names;
}

}  // namespace kg::cli
