// Table, JSON and CSV output of query results (kg/format.h); vertical and Markdown in
// record_writers.cpp.
#include <algorithm>
#include <sstream>

#include "engine/format/json_value.h"
#include "engine/format/record_writers.h"
#include "engine/format/table_layout.h"
#include "kg/format.h"

namespace kg {

namespace {

using format::CellText;
using format::WriteCounters;

using format::DisplayWidth;
using format::WrapCell;

// Aligned columns between rules; a cell too wide for its share of the terminal wraps onto
// more lines of its row rather than being cut, and a value's line breaks are kept.
void WriteTable(const QueryResult& r, std::ostream& out, const TableOptions& options) {
  std::vector<std::vector<std::string>> text{r.columns()};
  for (const auto& row : r.rows()) {
    text.emplace_back();
    for (const auto& v : row) text.back().push_back(CellText(v));
  }
  std::vector<size_t> natural(r.columns().size(), 0);
  for (const auto& line : text)
    for (size_t i = 0; i < line.size(); ++i)
      for (const auto& part : WrapCell(line[i], 0)) natural[i] = std::max(natural[i], DisplayWidth(part));
  std::vector<size_t> widths = format::FitWidths(natural, options.max_width);
  auto rule = [&] {
    out << '+';
    for (size_t w : widths) out << std::string(w + 2, '-') << '+';
    out << '\n';
  };
  auto print = [&](const std::vector<std::string>& line) {
    std::vector<std::vector<std::string>> parts;
    size_t height = 1;
    for (size_t i = 0; i < line.size(); ++i) {
      parts.push_back(WrapCell(line[i], widths[i]));
      height = std::max(height, parts.back().size());
    }
    for (size_t k = 0; k < height; ++k) {
      out << '|';
      for (size_t i = 0; i < parts.size(); ++i) {
        std::string part = k < parts[i].size() ? parts[i][k] : "";
        out << ' ' << part << std::string(widths[i] - std::min(widths[i], DisplayWidth(part)), ' ') << " |";
      }
      out << '\n';
    }
  };
  if (!r.columns().empty()) {
    rule();
    print(text[0]);
    rule();
    for (size_t row = 1; row < text.size(); ++row) print(text[row]);
    rule();
  }
  if (options.show_footer) {
    if (r.has_columns()) out << r.rows().size() << (r.rows().size() == 1 ? " row" : " rows") << '\n';
    if (r.stats().any()) out << WriteCounters(r.stats()) << '\n';
  }
}

void WriteJson(const QueryResult& r, std::ostream& out) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : r.rows()) {
    nlohmann::json line = nlohmann::json::array();
    for (const auto& v : row) line.push_back(format::ValueToJson(v));
    rows.push_back(std::move(line));
  }
  nlohmann::json doc = {{"columns", r.columns()}, {"rows", rows}};
  if (!r.has_columns()) {
    nlohmann::json stats = nlohmann::json::object();
    for (const auto& [key, count] : format::WriteCounterList(r.stats())) stats[key] = count;
    doc["stats"] = std::move(stats);
  }
  if (!r.notifications().empty()) {
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& n : r.notifications()) notes.push_back({{"code", n.code}, {"message", n.message}});
    doc["notifications"] = std::move(notes);
  }
  out << doc.dump() << '\n';
}

// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

void WriteCsv(const QueryResult& r, std::ostream& out) {
  auto line = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << CsvField(fields[i]);
    out << "\r\n";
  };
  if (!r.has_columns()) return;
  line(r.columns());
  for (const auto& row : r.rows()) {
    std::vector<std::string> fields;
    for (const auto& v : row) fields.push_back(v.is_null() ? "" : v.is_string() ? v.as_string() : format::ValueToJson(v).dump());
    line(fields);
  }
}

}  // namespace

bool ParseOutputFormat(std::string_view name, OutputFormat* format) {
  if (name == "table") *format = OutputFormat::kTable;
  else if (name == "json") *format = OutputFormat::kJson;
  else if (name == "csv") *format = OutputFormat::kCsv;
  else if (name == "vertical") *format = OutputFormat::kVertical;
  else if (name == "markdown") *format = OutputFormat::kMarkdown;
  else return false;
  return true;
}

void WriteResult(const QueryResult& result, OutputFormat format, std::ostream& out, const TableOptions& table) {
  bool text = format == OutputFormat::kTable || format == OutputFormat::kVertical || format == OutputFormat::kMarkdown;
  if (!result.plan().empty() && text) out << result.plan();
  switch (format) {
    case OutputFormat::kTable: WriteTable(result, out, table); break;
    case OutputFormat::kJson: WriteJson(result, out); break;
    case OutputFormat::kCsv: WriteCsv(result, out); break;
    case OutputFormat::kVertical: format::WriteVertical(result, out); break;
    case OutputFormat::kMarkdown: format::WriteMarkdown(result, out); break;
  }
}

std::string FormatWarnings(const QueryResult& result) {
  std::string out;
  for (const auto& n : result.notifications()) out += "warning: " + n.code + ": " + n.message + "\n";
  return out;
}

std::string FormatError(const Status& status, std::string_view source) {
  std::string out = "error: " + status.ToString();
  if (status.line() > 0) out += " (line " + std::to_string(status.line()) + ", column " + std::to_string(status.column()) + ")";
  out += "\n";
  if (status.line() <= 0) return out;
  size_t start = 0;
  for (int line = 1; line < status.line() && start != std::string_view::npos; ++line) {
    start = source.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > source.size()) return out;
  size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  out += "  " + std::string(text) + "\n  " + std::string(std::max(0, status.column() - 1), ' ') + "^\n";
  return out;
}

}  // namespace kg
