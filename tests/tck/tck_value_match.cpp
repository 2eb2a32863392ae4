// How a result value matches a TCK expectation (see tck_values.h).
#include <algorithm>
#include <cmath>

#include "tests/tck/tck_values.h"

namespace kg::tck {
namespace {

bool FloatsMatch(double e, double a) {
  if (std::isnan(e) || std::isnan(a)) return std::isnan(e) && std::isnan(a);
  if (e == a) return true;
  // The TCK prints floats with their shortest round-trip digits; allow the last bit or so.
  return std::fabs(e - a) <= 1e-12 * std::max(std::fabs(e), std::fabs(a));
}

bool MapsMatch(const Map& e, const Map& a, bool unordered) {
  if (e.size() != a.size()) return false;
  for (const auto& [key, value] : e) {
    auto it = a.find(key);
    if (it == a.end() || !MatchesExpected(value, it->second, unordered)) return false;
  }
  return true;
}

bool ListsMatch(const List& e, const List& a, bool unordered) {
  if (e.size() != a.size()) return false;
  if (!unordered) {
    for (size_t i = 0; i < e.size(); ++i)
      if (!MatchesExpected(e[i], a[i], unordered)) return false;
    return true;
  }
  // Matching is an equivalence, so taking the first free match is enough.
  std::vector<bool> used(a.size(), false);
  for (const Value& item : e) {
    size_t j = 0;
    while (j < a.size() && (used[j] || !MatchesExpected(item, a[j], unordered))) ++j;
    if (j == a.size()) return false;
    used[j] = true;
  }
  return true;
}

bool NodesMatch(const Node& e, const Node& a, bool unordered) {
  std::vector<std::string> el = e.labels, al = a.labels;
  std::sort(el.begin(), el.end());
  std::sort(al.begin(), al.end());
  return el == al && MapsMatch(e.properties, a.properties, unordered);
}

bool RelationshipsMatch(const Relationship& e, const Relationship& a, bool unordered) {
  return e.type == a.type && MapsMatch(e.properties, a.properties, unordered);
}

bool PathsMatch(const Path& e, const Path& a, bool unordered) {
  if (e.nodes.size() != a.nodes.size() || e.relationships.size() != a.relationships.size()) return false;
  for (size_t i = 0; i < e.nodes.size(); ++i)
    if (!NodesMatch(e.nodes[i], a.nodes[i], unordered)) return false;
  for (size_t i = 0; i < e.relationships.size(); ++i) {
    const Relationship& er = e.relationships[i];
    const Relationship& ar = a.relationships[i];
    bool e_forward = er.start == e.nodes[i].id;
    bool a_forward = ar.start == a.nodes[i].id && ar.end == a.nodes[i + 1].id;
    bool a_loop = ar.start == ar.end;
    if (!RelationshipsMatch(er, ar, unordered) || (!a_loop && e_forward != a_forward)) return false;
  }
  return true;
}

}  // namespace

bool MatchesExpected(const Value& expected, const Value& actual, bool unordered_lists) {
  // The TCK writes temporal values as their ISO text: | '1984-10-11' |.
  if (actual.is_temporal() && expected.is_string()) return actual.ToString() == expected.as_string();
  if (expected.type() != actual.type()) return false;
  switch (expected.type()) {
    case Value::Type::kFloat: return FloatsMatch(expected.as_float(), actual.as_float());
    case Value::Type::kList: return ListsMatch(expected.as_list(), actual.as_list(), unordered_lists);
    case Value::Type::kMap: return MapsMatch(expected.as_map(), actual.as_map(), unordered_lists);
    case Value::Type::kNode: return NodesMatch(expected.as_node(), actual.as_node(), unordered_lists);
    case Value::Type::kRelationship:
      return RelationshipsMatch(expected.as_relationship(), actual.as_relationship(), unordered_lists);
    case Value::Type::kPath: return PathsMatch(expected.as_path(), actual.as_path(), unordered_lists);
    default: return expected == actual;
  }
}

}  // namespace kg::tck
