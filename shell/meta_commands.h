// shell/meta_commands.h — the shell's session state and its `:commands`.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "kg/database.h"
#include "kg/format.h"
#include "shell/completion.h"
#include "shell/output_target.h"

namespace kg::cli {

class ShellState {
 public:
  explicit ShellState(Database& db) : db_(db) {}

  // Runs one statement with the session's parameters, format and timing; false when it
  // failed (the error is printed) or was cancelled.
  bool RunStatement(const std::string& statement, const std::atomic<bool>* cancel);
  // Runs a `:command` line; `cancel` (Ctrl-C) stops a :source script.
  void RunMeta(const std::string& line, const std::atomic<bool>* cancel = nullptr);
  // Keywords, labels, relationship types, property keys, procedures, :commands, parameters.
  Vocabulary CompletionWords();

  const Params& params() const { return params_; }
  OutputFormat format() const { return format_; }

  bool quit = false;

 private:
  void Help();
  void Stats();
  void SetMaxWidth(const std::string& args);
  void SetParam(const std::string& args);
  void Source(const std::string& file, const std::atomic<bool>* cancel);

  Database& db_;
  OutputFormat format_ = OutputFormat::kTable;
  bool timing_ = true;
  int max_width_ = -1;  // table width to wrap cells to; -1: the terminal's
  Params params_;
  OutputTarget output_;
};

// Runs input that is not a terminal (shell/piped_input.cpp); returns the exit code.
int RunPiped(ShellState& state, Database& db, const std::string& text);

}  // namespace kg::cli
