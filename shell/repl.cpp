// `kg shell`: an interactive loop with line editing, history and completion (libedit);
// input that is not a terminal goes to RunPiped (piped_input.cpp).
#include <editline/readline.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>

#include "kg/script.h"
#include "shell/cli.h"
#include "shell/completion.h"
#include "shell/meta_commands.h"

namespace kg::cli {

namespace {

std::atomic<bool> g_cancel{false};
Vocabulary g_names;
std::vector<std::string> g_matches;  // of the word being completed
bool g_continuing = false;           // lines of a statement are pending: ':' starts no command
int g_keys = 0;                      // keys read since the prompt was shown

void OnInterrupt(int) { g_cancel = true; }

// One byte of the terminal; false at the end of input or on Ctrl-C. It polls rather than
// blocks in read(): a Ctrl-C that lands while libedit is busy (completing a word) would
// otherwise wait for the next key.
bool ReadByte(FILE* in, unsigned char* c) {
  pollfd fd{fileno(in), POLLIN, 0};
  while (!g_cancel) {
    int ready = poll(&fd, 1, 50);
    if (ready < 0 && errno != EINTR) return false;
    if (ready <= 0 || g_cancel) continue;  // keys after a Ctrl-C belong to the next prompt
    ssize_t n = read(fileno(in), c, 1);
    if (n == 1) return true;
    if (n == 0 || errno != EINTR) return false;
  }
  return false;
}

// libedit reads each key through this; counting them tells an empty prompt from one with
// text when Ctrl-C arrives (libedit's rl_line_buffer is not kept up to date). libedit takes
// the result as one wide character, so a UTF-8 sequence is decoded here: 'é' is one key.
int CountingGetc(FILE* in) {
  unsigned char c;
  if (!ReadByte(in, &c)) return EOF;  // end of input, or Ctrl-C: readline returns null
  ++g_keys;
  int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  int code = more == 3 ? c & 0x07 : more == 2 ? c & 0x0F : more == 1 ? c & 0x1F : c;
  for (int i = 0; i < more; ++i) {
    if (!ReadByte(in, &c)) return EOF;
    code = (code << 6) | (c & 0x3F);
  }
  return code;
}

char* NextMatch(const char*, int state) {
  static size_t index;
  if (state == 0) index = 0;
  return index < g_matches.size() ? strdup(g_matches[index++].c_str()) : nullptr;
}

char** CompleteWord(const char* text, int start, int) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  bool at_line_start = !g_continuing && rl_line_buffer &&
                       std::string(rl_line_buffer, start).find_first_not_of(" \t") == std::string::npos;
  g_matches = Complete(text, at_line_start, g_names);
  // "p:Person" and "n.name" are usually followed by ')' or an operator, keywords by a space.
  rl_completion_append_character = std::strpbrk(text, ":.$") ? '\0' : ' ';
  return rl_completion_matches(text, NextMatch);
}

// Ctrl-C at the prompt drops the pending input, every line of it, as psql and duckdb do;
// on an empty prompt (a second Ctrl-C) it says how to leave instead of leaving.
void OnPromptInterrupt(std::string* buffer) {
  if (buffer->empty() && g_keys == 0) std::cout << "\n(to leave, type :quit or press Ctrl-D)";
  std::cout << "\n";
  buffer->clear();
}

std::string HistoryPath() {
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.kg_history";
}

}  // namespace

int Shell(const std::string& db_path, bool read_only) {
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, !read_only, read_only, &db)) return code;
  ShellState state(*db);
  if (!isatty(STDIN_FILENO)) {  // piped: no prompts; statements as `kg run` runs them
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return RunPiped(state, *db, text);
  }
  // libedit reads and shows multi-byte characters ('é', '€') only in the user's locale.
  std::setlocale(LC_CTYPE, "");
  g_names = state.CompletionWords();
  rl_attempted_completion_function = CompleteWord;
  rl_getc_function = CountingGetc;
  // '.', ':' and '$' stay inside the word: Complete() reads "kg.con", ":fo", "p:Pers",
  // "n.na" and "$wh" whole.
  static char breaks[] = " \t\n\"'`@><=;|&{(,[)+-*/%";
  rl_basic_word_break_characters = breaks;
  rl_completer_word_break_characters = breaks;
  std::string history = HistoryPath();
  read_history(history.c_str());
  std::signal(SIGINT, OnInterrupt);
  std::cout << Version() << " — type :help for help, :quit to leave\n";
  std::string buffer;
  while (!state.quit) {
    g_cancel = false;
    g_keys = 0;
    g_continuing = !buffer.empty();
    char* raw = readline(buffer.empty() ? "kg> " : "  -> ");
    if (g_cancel) {  // Ctrl-C at the prompt: libedit returns null, as for Ctrl-D
      free(raw);
      OnPromptInterrupt(&buffer);
      continue;
    }
    if (!raw) {  // Ctrl-D: leave on a line of its own, so the terminal's prompt starts clean
      std::cout << "\n";
      break;
    }
    std::string line(raw);
    free(raw);
    if (buffer.empty() && !line.empty() && line[0] == ':') {
      add_history(line.c_str());
      state.RunMeta(line, &g_cancel);
      g_names = state.CompletionWords();
      continue;
    }
    buffer += (buffer.empty() ? "" : "\n") + line;
    if (!IsInputComplete(buffer)) continue;
    add_history(buffer.c_str());
    for (const auto& statement : SplitScript(buffer))
      if (!state.RunStatement(statement.text, &g_cancel) && g_cancel) break;  // Ctrl-C stops the rest of the line
    buffer.clear();
    g_names = state.CompletionWords();  // a CREATE may have added labels and keys
  }
  write_history(history.c_str());
  return 0;
}

}  // namespace kg::cli
