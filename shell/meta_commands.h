// shell/meta_commands.h — the shell's session state and its `:commands`.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "kg/database.h"
#include "kg/format.h"

namespace kg::cli {

class ShellState {
 public:
  explicit ShellState(Database& db) : db_(db) {}

  // Runs one statement with the session's parameters, format and timing.
  void RunStatement(const std::string& statement, const std::atomic<bool>* cancel);
  // Runs a `:command` line.
  void RunMeta(const std::string& line);
  // Keywords, labels, relationship types, property keys, procedures and :commands.
  std::vector<std::string> CompletionWords();

  bool quit = false;

 private:
  void Help();
  void SetParam(const std::string& args);

  Database& db_;
  OutputFormat format_ = OutputFormat::kTable;
  bool timing_ = true;
  Params params_;
};

}  // namespace kg::cli
