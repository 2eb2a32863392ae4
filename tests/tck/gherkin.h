// tests/tck/gherkin.h — the subset of Gherkin the openCypher TCK is written in.
//
// A feature file is: `Feature:`, an optional `Background:` whose steps run before every
// scenario, then `Scenario:` and `Scenario Outline:` blocks. A step is a keyword (Given,
// When, Then, And, But), a sentence, and optionally a docstring ("""...""") or a table
// (`| a | b |` rows). An outline runs once per row of its `Examples:` tables, with `<name>`
// replaced by the row's cell in steps, docstrings and tables. `#` lines are comments;
// `@tag` lines tag the next scenario.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::tck {

using Table = std::vector<std::vector<std::string>>;  // cells, trimmed and unescaped

struct Step {
  std::string sentence;   // after the keyword, e.g. "executing query:"
  std::string docstring;  // dedented; empty when the step has none
  Table table;            // empty when the step has none
  int line = 0;
};

struct Scenario {
  std::string feature;   // path relative to the features folder, e.g. "clauses/match/Match1.feature"
  std::string name;      // as written, e.g. "[1] Match non-existent nodes returns empty"
  int example = 0;       // 1-based row among the outline's examples; 0 for a plain scenario
  std::vector<std::string> tags;
  std::vector<Step> steps;  // background steps first
  int line = 0;

  // Stable identity used by expected_pass.txt: "feature :: name" plus " #example".
  std::string Id() const;
};

// Parses one feature file. Throws std::runtime_error naming the line on malformed input.
std::vector<Scenario> ParseFeature(std::string_view text, const std::string& feature);

}  // namespace kg::tck
