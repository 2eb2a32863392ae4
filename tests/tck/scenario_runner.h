// tests/tck/scenario_runner.h — runs one TCK scenario against a fresh in-memory database.
#pragma once

#include <string>
#include <vector>

#include "kg/database.h"
#include "tests/tck/gherkin.h"

namespace kg::tck {

struct Outcome {
  bool passed = false;
  std::string cause;  // why it failed, short and groupable, e.g. "query failed: SyntaxError: ..."
  std::string query;  // the query the failing step ran, for the report
};

// Runs every step of `scenario` in order, on its own in-memory kg::Database.
Outcome RunScenario(const Scenario& scenario);

// Compares a result with a `Then the result should be ...` table (header row first).
// Returns "" on a match, else what differs.
enum class RowOrder { kAny, kInOrder, kAnyIgnoringListOrder, kInOrderIgnoringListOrder };
std::string CompareResult(const Table& expected, const QueryResult& actual, RowOrder order);

// What a write did, as the TCK counts it: the difference between the graph before and
// after (nodes and relationships by id, distinct labels, (entity, key, value) properties).
struct GraphSnapshot {
  std::vector<std::string> nodes, relationships, labels, properties;  // sorted
};
// Reads the whole graph with MATCH queries; false (and *error set) when they fail.
bool TakeSnapshot(Database& db, GraphSnapshot* snapshot, std::string* error);
// Compares before/after with a `the side effects should be:` table (| +nodes | 1 |);
// keys not listed must be 0. Returns "" on a match.
std::string CompareSideEffects(const Table& expected, const GraphSnapshot& before, const GraphSnapshot& after);

}  // namespace kg::tck
