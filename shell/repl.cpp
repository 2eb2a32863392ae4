// `kg shell`: an interactive loop with line editing, history and completion (libedit), and
// the same statement loop as `kg run` when stdin is not a terminal.
#include <editline/readline.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>

#include "kg/script.h"
#include "shell/cli.h"
#include "shell/meta_commands.h"

namespace kg::cli {

namespace {

std::atomic<bool> g_cancel{false};
std::vector<std::string> g_completions;

void OnInterrupt(int) { g_cancel = true; }

char* NextCompletion(const char* text, int state) {
  static size_t index;
  if (state == 0) index = 0;
  std::string prefix(text);
  while (index < g_completions.size()) {
    const std::string& word = g_completions[index++];
    if (word.compare(0, prefix.size(), prefix) == 0) return strdup(word.c_str());
  }
  return nullptr;
}

char** Complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;
  return rl_completion_matches(text, NextCompletion);
}

std::string HistoryPath() {
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.kg_history";
}

}  // namespace

int Shell(const std::string& db_path) {
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, true, false, &db)) return code;
  if (!isatty(STDIN_FILENO)) {  // piped: no prompts, the loop of `kg run`
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return RunScriptText(*db, text, "<stdin>", {}, OutputFormat::kTable, false, OptionsFromEnvironment());
  }
  ShellState state(*db);
  g_completions = state.CompletionWords();
  rl_attempted_completion_function = Complete;
  // Complete "p:Pers" and "n.na" at the label or key, not the whole word.
  static char breaks[] = " \t\n\"'`@$><=;|&{(:,.[)";
  rl_basic_word_break_characters = breaks;
  rl_completer_word_break_characters = breaks;
  std::string history = HistoryPath();
  read_history(history.c_str());
  std::signal(SIGINT, OnInterrupt);
  std::cout << Version() << " — type :help for help, :quit to leave\n";
  std::string buffer;
  while (!state.quit) {
    g_cancel = false;
    char* raw = readline(buffer.empty() ? "kg> " : "  -> ");
    if (!raw) break;  // Ctrl-D
    std::string line(raw);
    free(raw);
    if (g_cancel) {  // Ctrl-C at the prompt drops the pending input
      buffer.clear();
      continue;
    }
    if (buffer.empty() && !line.empty() && line[0] == ':') {
      add_history(line.c_str());
      state.RunMeta(line);
      g_completions = state.CompletionWords();
      continue;
    }
    buffer += (buffer.empty() ? "" : "\n") + line;
    if (!IsInputComplete(buffer)) continue;
    add_history(buffer.c_str());
    for (const auto& statement : SplitScript(buffer)) state.RunStatement(statement.text, &g_cancel);
    buffer.clear();
  }
  write_history(history.c_str());
  return 0;
}

}  // namespace kg::cli
