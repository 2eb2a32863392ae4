// kg/script.h — splitting Cypher scripts into statements.
//
// Statements end with `;` outside string literals, backtick names and comments. A first
// line starting with `#!` is ignored, so `#!/usr/bin/env -S kg run` scripts run directly.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct ScriptStatement {
  std::string text;  // without the terminating `;`, trimmed
  int line = 1;      // 1-based line of the script where the statement's text starts
};

// Statements with any text other than whitespace and comments; a last statement without
// `;` is included.
std::vector<ScriptStatement> SplitScript(std::string_view script);

// True when `input` holds at least one `;` outside strings and comments and nothing but
// whitespace or comments after the last one — the shell then runs it.
bool IsInputComplete(std::string_view input);

}  // namespace kg
