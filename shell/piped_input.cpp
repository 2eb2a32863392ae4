// `kg shell < input`: the statements run as `kg run` runs them (output, errors named by
// line, the first failure stops the rest), and `:commands` on lines of their own between
// statements run as at the prompt, so a session typed once replays from a file:
//   :format csv
//   MATCH (p:Person) RETURN p.name;
#include <sstream>

#include "kg/script.h"
#include "shell/cli.h"
#include "shell/meta_commands.h"

namespace kg::cli {

namespace {

// Nothing but whitespace and comments, or statements all ended by ';': a ':' line here
// is a command, not a part of a statement.
bool AtStatementBoundary(const std::string& pending) {
  return SplitScript(pending).empty() || IsInputComplete(pending);
}

}  // namespace

int RunPiped(ShellState& state, Database& db, const std::string& text) {
  state.RunMeta(":timing off");  // what `kg run` prints, nothing more
  std::istringstream in(text);
  std::string line, pending;
  int line_number = 0, pending_start = 1;
  // Statements keep their line numbers in the input: the text before them becomes blank lines.
  auto run_pending = [&] {
    std::string script = std::string(pending_start - 1, '\n') + pending;
    pending.clear();
    if (SplitScript(script).empty()) return 0;
    return RunScriptText(db, script, "<stdin>", state.params(), state.format(), false,
                         OptionsFromEnvironment());
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line[0] == ':' && AtStatementBoundary(pending)) {
      if (int code = run_pending()) return code;
      state.RunMeta(line);
      if (state.quit) return 0;
      continue;
    }
    if (pending.empty()) pending_start = line_number;
    pending += line + "\n";
  }
  return run_pending();
}

}  // namespace kg::cli
