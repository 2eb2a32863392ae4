// Vertical and Markdown output (record_writers.h).
#include "engine/format/record_writers.h"

#include <algorithm>

#include "engine/format/table_layout.h"

namespace kg::format {

namespace {

// "a\nb" under a label 10 wide: "a\n          b".
std::string Indented(const std::string& text, size_t indent) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out += std::string(indent, ' ');
  }
  return out;
}

std::string MarkdownCell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += "<br>";
    else if (c != '\r')
      out += c;
  }
  return out;
}

void Footer(const QueryResult& r, std::ostream& out) {
  if (r.has_columns()) out << r.rows().size() << (r.rows().size() == 1 ? " row" : " rows") << '\n';
  if (r.stats().any()) out << WriteCounters(r.stats()) << '\n';
}

}  // namespace

std::string CellText(const Value& v) { return v.is_string() ? v.as_string() : v.ToString(); }

std::vector<std::pair<const char*, int64_t>> WriteCounterList(const WriteStats& s) {
  return {{"nodes_created", s.nodes_created},
          {"nodes_deleted", s.nodes_deleted},
          {"relationships_created", s.relationships_created},
          {"relationships_deleted", s.relationships_deleted},
          {"properties_set", s.properties_set},
          {"labels_added", s.labels_added},
          {"labels_removed", s.labels_removed}};
}

std::string WriteCounters(const WriteStats& s) {
  std::string text;
  for (const auto& [key, count] : WriteCounterList(s)) {
    if (count == 0) continue;
    std::string name = key;
    std::replace(name.begin(), name.end(), '_', ' ');
    text += (text.empty() ? "" : ", ") + name + ": " + std::to_string(count);
  }
  return text;
}

void WriteVertical(const QueryResult& r, std::ostream& out) {
  size_t label = 0;  // the widest "column:"
  for (const auto& c : r.columns()) label = std::max(label, DisplayWidth(c) + 1);
  for (size_t i = 0; i < r.rows().size(); ++i) {
    out << (i ? "\n" : "") << "*** row " << i + 1 << " ***\n";
    for (size_t j = 0; j < r.columns().size(); ++j) {
      const std::string& name = r.columns()[j];
      out << name << ':' << std::string(label - DisplayWidth(name) - 1, ' ') << ' '
          << Indented(CellText(r.rows()[i][j]), label + 1) << '\n';
    }
  }
  if (!r.rows().empty()) out << '\n';
  Footer(r, out);
}

void WriteMarkdown(const QueryResult& r, std::ostream& out) {
  if (r.has_columns()) {
    auto line = [&](const std::vector<std::string>& cells) {
      out << '|';
      for (const auto& c : cells) out << ' ' << MarkdownCell(c) << " |";
      out << '\n';
    };
    line(r.columns());
    out << '|';
    for (size_t i = 0; i < r.columns().size(); ++i) out << " --- |";
    out << '\n';
    for (const auto& row : r.rows()) {
      std::vector<std::string> cells;
      for (const auto& v : row) cells.push_back(CellText(v));
      line(cells);
    }
  }
  Footer(r, out);
}

}  // namespace kg::format
