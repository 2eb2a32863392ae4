#include "tests/tck/failure_summary.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace kg::tck {

std::string CauseGroup(const std::string& cause) {
  std::string group;
  for (size_t i = 0; i < cause.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(cause[i]))) {
      while (i + 1 < cause.size() && std::isdigit(static_cast<unsigned char>(cause[i + 1]))) ++i;
      group += 'N';
    } else {
      group += cause[i];
    }
  }
  // "expected X, got TypeError: <message>": the kinds are the group; the message varies by operand.
  if (size_t got = group.find(", got "); got != std::string::npos && group.rfind("expected ", 0) == 0) {
    size_t colon = group.find(':', got);
    if (colon != std::string::npos && group.compare(colon - 5, 5, "Error") == 0) group.erase(colon);
  }
  // The offending row is the example's business, not the group's.
  for (const char* tail : {" got |", " matches |", " (got "})
    if (size_t at = group.find(tail); at != std::string::npos) group.erase(at);
  if (size_t eol = group.find('\n'); eol != std::string::npos) group.erase(eol);
  if (group.size() > 120) group = group.substr(0, 117) + "...";
  return group;
}

void WritePassRates(const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes, std::ostream& out) {
  std::map<std::string, std::pair<int, int>> by_folder;
  for (size_t i = 0; i < scenarios.size(); ++i) {
    const std::string& f = scenarios[i].feature;
    auto& [passed, total] = by_folder[f.substr(0, f.rfind('/'))];
    passed += outcomes[i].passed;
    ++total;
  }
  out << "| folder | passed | of |\n| --- | --- | --- |\n";
  for (const auto& [folder, pt] : by_folder) out << "| " << folder << " | " << pt.first << " | " << pt.second << " |\n";
}

void WriteFailureSummary(const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes, size_t limit,
                         std::ostream& out) {
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < outcomes.size(); ++i)
    if (!outcomes[i].passed) groups[CauseGroup(outcomes[i].cause)].push_back(i);
  std::vector<std::pair<std::string, std::vector<size_t>>> ranked(groups.begin(), groups.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  if (ranked.size() > limit) ranked.resize(limit);
  for (const auto& [group, members] : ranked) {
    const size_t first = members.front();
    out << "- **" << members.size() << "** — `" << group << "`\n"
        << "  - e.g. " << scenarios[first].Id() << ": " << outcomes[first].cause.substr(0, 300) << "\n";
    if (!outcomes[first].query.empty()) {
      std::string query = outcomes[first].query;
      std::replace(query.begin(), query.end(), '\n', ' ');
      out << "  - query: `" << query.substr(0, 300) << "`\n";
    }
  }
}

}  // namespace kg::tck
