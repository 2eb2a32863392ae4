// `Then the result should be ...`: columns by name, rows as a bag or a sequence.
#include <algorithm>
#include <stdexcept>

#include "tests/tck/scenario_runner.h"
#include "tests/tck/tck_values.h"

namespace kg::tck {
namespace {

using Row = std::vector<Value>;

// Reorders the actual columns into the expected header's order; "" when the names agree.
std::string MapColumns(const std::vector<std::string>& header, const QueryResult& actual, std::vector<size_t>* at) {
  std::vector<std::string> want = header, got = actual.columns();
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  if (want != got) {
    std::string list;
    for (const auto& c : actual.columns()) list += (list.empty() ? "" : ", ") + c;
    return "columns differ (got " + list + ")";
  }
  for (const auto& name : header)
    at->push_back(std::find(actual.columns().begin(), actual.columns().end(), name) - actual.columns().begin());
  return "";
}

bool RowMatches(const Row& expected, const Row& actual, const std::vector<size_t>& at, bool unordered) {
  for (size_t c = 0; c < expected.size(); ++c)
    if (at[c] >= actual.size() || !MatchesExpected(expected[c], actual[at[c]], unordered)) return false;
  return true;
}

std::string RowText(const Row& row) {
  std::string out = "|";
  for (const auto& v : row) out += " " + v.ToString() + " |";
  return out;
}

}  // namespace

std::string CompareResult(const Table& expected, const QueryResult& actual, RowOrder order) {
  std::vector<size_t> at;
  if (!expected.empty() && actual.has_columns()) {
    if (std::string diff = MapColumns(expected[0], actual, &at); !diff.empty()) return diff;
  }
  std::vector<Row> want;
  for (size_t r = 1; r < expected.size(); ++r) {
    Row row;
    for (const auto& cell : expected[r]) row.push_back(ParseTckValue(cell));
    want.push_back(std::move(row));
  }
  const auto& got = actual.rows();
  if (want.size() != got.size())
    return "row count differs (expected " + std::to_string(want.size()) + ", got " + std::to_string(got.size()) + ")";
  bool unordered_lists = order == RowOrder::kAnyIgnoringListOrder || order == RowOrder::kInOrderIgnoringListOrder;
  bool in_order = order == RowOrder::kInOrder || order == RowOrder::kInOrderIgnoringListOrder;
  std::vector<bool> used(got.size(), false);
  for (size_t r = 0; r < want.size(); ++r) {
    if (in_order) {
      if (!RowMatches(want[r], got[r], at, unordered_lists)) return "row " + std::to_string(r + 1) + " differs: got " + RowText(got[r]);
      continue;
    }
    size_t j = 0;
    while (j < got.size() && (used[j] || !RowMatches(want[r], got[j], at, unordered_lists))) ++j;
    if (j == got.size()) return "rows differ: no row matches " + RowText(want[r]) + "; first row " + RowText(got[0]);
    used[j] = true;
  }
  return "";
}

}  // namespace kg::tck
