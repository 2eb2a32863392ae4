// `kg stats` and `kg export`.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "shell/cli.h"

namespace kg::cli {

namespace {

// {"articles": 3, "entities_by_label": {"Person": 5}, "facts_by_type": {"MET": 2}, "disputes": 1}:
// the same counts as the table, for scripts.
void WriteStatsJson(const GraphStats& stats) {
  nlohmann::ordered_json labels = nlohmann::ordered_json::object(), types = nlohmann::ordered_json::object();
  for (const auto& [label, count] : stats.nodes_by_label)
    if (label != "Article") labels[label] = count;
  for (const auto& [type, count] : stats.relationships_by_type) types[type] = count;
  nlohmann::ordered_json doc = {{"articles", stats.articles},
                                {"entities_by_label", labels},
                                {"facts_by_type", types},
                                {"disputes", stats.disputes}};
  std::cout << doc.dump() << "\n";
}

}  // namespace

void WriteStatsTable(const GraphStats& stats, std::ostream& out) {
  out << "articles: " << stats.articles << "\n";
  out << "entities by label:\n";
  for (const auto& [label, count] : stats.nodes_by_label)
    if (label != "Article") out << "  " << label << ": " << count << "\n";
  out << "facts by type:\n";
  for (const auto& [type, count] : stats.relationships_by_type) out << "  " << type << ": " << count << "\n";
  out << "disputes: " << stats.disputes << "\n";
}

int Stats(const std::string& db_path, bool json) {
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, false, true, &db)) return code;
  GraphStats stats;
  Status s = db->Stats(&stats);
  if (!s.ok()) {
    std::cerr << FormatError(s, "");
    return s.ExitCode();
  }
  if (json) WriteStatsJson(stats);
  else WriteStatsTable(stats, std::cout);
  return 0;
}
int Export(const std::string& db_path, const std::string& format_name, const std::string& output) {
  static const std::pair<const char*, ExportFormat> formats[] = {
      {"jsonl", ExportFormat::kJsonl}, {"cypher", ExportFormat::kCypher}, {"graphml", ExportFormat::kGraphml},
      {"dot", ExportFormat::kDot},     {"csv", ExportFormat::kCsv},       {"nquads", ExportFormat::kNquads}};
  ExportFormat format = ExportFormat::kJsonl;
  for (const auto& [name, f] : formats)
    if (format_name == name) format = f;
  std::unique_ptr<Database> db;
  if (int code = OpenDatabase(db_path, false, true, &db)) return code;
  std::ofstream file;
  if (!output.empty()) {
    file.open(output);
    if (!file) {
      std::cerr << "error: InputError: cannot write " << output << "\n";
      return 1;
    }
  }
  Status s = db->Export(format, output.empty() ? std::cout : file);
  if (s.ok() && !output.empty()) {
    file.close();  // what is still buffered may not fit either
    if (!file) s = Status::Input("cannot write " + output);
  }
  if (!s.ok()) {
    std::cerr << FormatError(s, "");
    return s.ExitCode();
  }
  return 0;
}

}  // namespace kg::cli
