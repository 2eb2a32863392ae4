#include "tests/tck/gherkin.h"

#include <map>
#include <stdexcept>

namespace kg::tck {
namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Gherkin escapes inside table cells: \| is a bar, \\ a backslash, \n a newline.
std::vector<std::string> SplitRow(std::string_view row) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 1; i < row.size(); ++i) {  // row[0] is the leading '|'
    char c = row[i];
    if (c == '\\' && i + 1 < row.size() && (row[i + 1] == '|' || row[i + 1] == '\\' || row[i + 1] == 'n')) {
      cell += row[i + 1] == 'n' ? '\n' : row[i + 1];
      ++i;
    } else if (c == '|') {
      cells.push_back(Trim(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  return cells;
}

std::string Substitute(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    std::string placeholder = "<" + name + ">";
    for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

class FeatureParser {
 public:
  FeatureParser(std::string_view text, std::string feature) : feature_(std::move(feature)) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      lines_.emplace_back(text.substr(start, end - start));
      start = end + 1;
    }
  }

  std::vector<Scenario> Parse() {
    std::vector<std::string> tags;
    while (Skip(), at_ < lines_.size()) {
      std::string line = Trim(lines_[at_]);
      if (StartsWith(line, "@")) {
        for (size_t p = 0; p < line.size();) {
          size_t e = line.find(' ', p);
          if (e == std::string::npos) e = line.size();
          if (e > p) tags.push_back(line.substr(p, e - p));
          p = e + 1;
        }
        ++at_;
      } else if (StartsWith(line, "Feature:")) {
        ++at_;
      } else if (StartsWith(line, "Background:")) {
        ++at_;
        background_ = ParseSteps();
      } else if (StartsWith(line, "Scenario")) {
        ParseScenario(line, std::move(tags));
        tags.clear();
      } else if (out_.empty() && background_.empty()) {
        ++at_;  // the feature's free-text description
      } else {
        Fail("unexpected line");
      }
    }
    return std::move(out_);
  }

 private:
  [[noreturn]] void Fail(const std::string& why) const {
    throw std::runtime_error(feature_ + ":" + std::to_string(at_ + 1) + ": " + why);
  }

  // Skips blank lines, comments, and free text under Feature: (descriptions).
  void Skip() {
    while (at_ < lines_.size()) {
      std::string line = Trim(lines_[at_]);
      if (!line.empty() && line[0] != '#') return;
      ++at_;
    }
  }

  void ParseScenario(const std::string& header, std::vector<std::string> tags) {
    Scenario scenario;
    scenario.feature = feature_;
    scenario.line = static_cast<int>(at_ + 1);
    scenario.name = Trim(header.substr(header.find(':') + 1));
    scenario.tags = std::move(tags);
    bool outline = StartsWith(header, "Scenario Outline:") || StartsWith(header, "Scenario Template:");
    ++at_;
    scenario.steps = background_;
    for (Step& step : ParseSteps()) scenario.steps.push_back(std::move(step));
    if (!outline) {
      out_.push_back(std::move(scenario));
      return;
    }
    int example = 0;
    for (const auto& row : ParseExamples()) {
      Scenario instance = scenario;
      instance.example = ++example;
      for (Step& step : instance.steps) {
        step.sentence = Substitute(step.sentence, row);
        step.docstring = Substitute(step.docstring, row);
        for (auto& cells : step.table)
          for (auto& cell : cells) cell = Substitute(cell, row);
      }
      out_.push_back(std::move(instance));
    }
  }

  std::vector<std::map<std::string, std::string>> ParseExamples() {
    std::vector<std::map<std::string, std::string>> rows;
    while (Skip(), at_ < lines_.size()) {
      std::string line = Trim(lines_[at_]);
      if (StartsWith(line, "@")) {  // tags of an Examples block
        ++at_;
        continue;
      }
      if (!StartsWith(line, "Examples:") && !StartsWith(line, "Scenarios:")) break;
      ++at_;
      Table table = ParseTable();
      if (table.empty()) Fail("Examples without a table");
      for (size_t r = 1; r < table.size(); ++r) {
        std::map<std::string, std::string> row;
        for (size_t c = 0; c < table[0].size() && c < table[r].size(); ++c) row[table[0][c]] = table[r][c];
        rows.push_back(std::move(row));
      }
    }
    return rows;
  }

  std::vector<Step> ParseSteps() {
    static const char* const kKeywords[] = {"Given ", "When ", "Then ", "And ", "But "};
    std::vector<Step> steps;
    while (Skip(), at_ < lines_.size()) {
      std::string line = Trim(lines_[at_]);
      const char* keyword = nullptr;
      for (const char* k : kKeywords)
        if (StartsWith(line, k)) keyword = k;
      if (keyword == nullptr) break;
      Step step;
      step.line = static_cast<int>(at_ + 1);
      step.sentence = Trim(line.substr(std::string_view(keyword).size()));
      ++at_;
      Skip();
      if (at_ < lines_.size() && StartsWith(Trim(lines_[at_]), "\"\"\"")) step.docstring = ParseDocstring();
      else step.table = ParseTable();
      steps.push_back(std::move(step));
    }
    return steps;
  }

  std::string ParseDocstring() {
    size_t indent = lines_[at_].find('"');
    std::string text;
    for (++at_; at_ < lines_.size(); ++at_) {
      std::string_view line = lines_[at_];
      if (StartsWith(Trim(line), "\"\"\"")) {
        ++at_;
        return text;
      }
      size_t cut = std::min(indent, line.find_first_not_of(' ') == std::string_view::npos ? line.size()
                                                                                          : line.find_first_not_of(' '));
      if (!text.empty()) text += '\n';
      text += std::string(line.substr(cut));
    }
    Fail("unterminated docstring");
  }

  Table ParseTable() {
    Table table;
    for (; at_ < lines_.size(); ++at_) {
      std::string line = Trim(lines_[at_]);
      if (StartsWith(line, "|")) table.push_back(SplitRow(line));
      else if (!StartsWith(line, "#")) break;  // commented-out rows are skipped
    }
    return table;
  }

  std::string feature_;
  std::vector<std::string_view> lines_;
  size_t at_ = 0;
  std::vector<Step> background_;
  std::vector<Scenario> out_;
};

}  // namespace

std::string Scenario::Id() const {
  std::string id = feature + " :: " + name;
  if (example > 0) id += " #" + std::to_string(example);
  return id;
}

std::vector<Scenario> ParseFeature(std::string_view text, const std::string& feature) {
  return FeatureParser(text, feature).Parse();
}

}  // namespace kg::tck
