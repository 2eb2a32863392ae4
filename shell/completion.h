// shell/completion.h — what Tab offers in `kg shell`, as a pure function of the word
// under the cursor, so that it is tested without a terminal.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

// The names the shell knows, refreshed after each statement and :command.
struct Vocabulary {
  std::vector<std::string> keywords;    // upper case: MATCH, ORDER BY, count, ...
  std::vector<std::string> commands;    // :help, :format, ...
  std::vector<std::string> labels;      // Person
  std::vector<std::string> types;       // MET
  std::vector<std::string> keys;        // name
  std::vector<std::string> procedures;  // kg.conflicts
  std::vector<std::string> parameters;  // who (set with :param)
};

// Completions of `word`, the text since the last word break (space, '(', '[', ',', ...;
// never '.', ':' or '$', which this function reads itself):
//   ":fo" at the start of the line     -> :format
//   "p:Pers", ":KNO"                    -> p:Person, :KNOWS (labels and types after ':')
//   "n.na"                              -> n.name (property keys after '.')
//   "kg.con"                            -> kg.conflicts (procedures, with their namespace)
//   "$wh"                               -> $who (parameters)
//   "mat", "MAT", "Mat"                 -> match, MATCH, MATCH (keywords in the case typed)
std::vector<std::string> Complete(const std::string& word, bool at_line_start, const Vocabulary& names);

}  // namespace kg::cli
