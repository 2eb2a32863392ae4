// `And the side effects should be:` computed as the TCK defines them: a diff of graph state.
//
// Example: `CREATE (:L), (:L)` on an empty graph is +nodes 2, +labels 1 (one new label
// name, not two label additions); `SET n.k = 2` over k = 1 is +properties 1, -properties 1.
#include <algorithm>
#include <iterator>
#include <map>

#include "tests/tck/scenario_runner.h"

namespace kg::tck {
namespace {

void AddProperties(const std::string& entity, const Map& properties, std::vector<std::string>* out) {
  for (const auto& [key, value] : properties) out->push_back(entity + "." + key + "=" + value.ToString());
}

bool ReadAll(Database& db, const char* query, std::vector<Value>* out, std::string* error) {
  QueryResult r = db.Query(query);
  if (!r.ok()) {
    *error = "side-effect snapshot failed: " + r.status().ToString();
    return false;
  }
  for (const auto& row : r.rows())
    if (!row.empty()) out->push_back(row[0]);
  return true;
}

int64_t CountMissing(const std::vector<std::string>& from, const std::vector<std::string>& in) {
  std::vector<std::string> diff;
  std::set_difference(from.begin(), from.end(), in.begin(), in.end(), std::back_inserter(diff));
  return static_cast<int64_t>(diff.size());
}

}  // namespace

bool TakeSnapshot(Database& db, GraphSnapshot* snapshot, std::string* error) {
  std::vector<Value> nodes, relationships;
  if (!ReadAll(db, "MATCH (n) RETURN n", &nodes, error)) return false;
  if (!ReadAll(db, "MATCH ()-[r]->() RETURN r", &relationships, error)) return false;
  *snapshot = GraphSnapshot();
  for (const Value& v : nodes) {
    if (!v.is_node()) return *error = "side-effect snapshot: MATCH (n) RETURN n gave a non-node", false;
    std::string id = "n" + std::to_string(v.as_node().id);
    snapshot->nodes.push_back(id);
    for (const auto& label : v.as_node().labels) snapshot->labels.push_back(label);
    AddProperties(id, v.as_node().properties, &snapshot->properties);
  }
  for (const Value& v : relationships) {
    if (!v.is_relationship()) return *error = "side-effect snapshot: MATCH ()-[r]->() gave a non-relationship", false;
    std::string id = "r" + std::to_string(v.as_relationship().id);
    snapshot->relationships.push_back(id);
    AddProperties(id, v.as_relationship().properties, &snapshot->properties);
  }
  for (auto* list : {&snapshot->nodes, &snapshot->relationships, &snapshot->labels, &snapshot->properties}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return true;
}

std::string CompareSideEffects(const Table& expected, const GraphSnapshot& before, const GraphSnapshot& after) {
  std::map<std::string, int64_t> actual = {
      {"+nodes", CountMissing(after.nodes, before.nodes)},
      {"-nodes", CountMissing(before.nodes, after.nodes)},
      {"+relationships", CountMissing(after.relationships, before.relationships)},
      {"-relationships", CountMissing(before.relationships, after.relationships)},
      {"+labels", CountMissing(after.labels, before.labels)},
      {"-labels", CountMissing(before.labels, after.labels)},
      {"+properties", CountMissing(after.properties, before.properties)},
      {"-properties", CountMissing(before.properties, after.properties)},
  };
  std::map<std::string, int64_t> want;
  for (const auto& row : expected)
    if (row.size() >= 2) want[row[0]] = std::stoll(row[1]);
  std::string diff;
  for (const auto& [key, got] : actual) {
    int64_t w = want.count(key) ? want[key] : 0;
    if (w != got) diff += (diff.empty() ? "" : ", ") + key + " expected " + std::to_string(w) + " got " + std::to_string(got);
  }
  return diff.empty() ? "" : "side effects differ: " + diff;
}

}  // namespace kg::tck
