// kg.claims() and kg.conflicts(): every value stated, and the values that cannot all be true.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

#include "engine/knowledge/claim_record.h"
#include "engine/knowledge/knowledge_store.h"

namespace kg::knowledge {

namespace {

// A value as its sources state it at one date (a time-bound attribute; "" otherwise), with
// each source's article and sentence.
struct Statement {
  Value value;
  std::string as_of;
  List sources, evidence;
};

std::vector<Statement> Statements(const ClaimRecord& claim) {
  std::vector<Statement> out;
  for (const auto& s : claim.sources) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Statement& st) { return st.as_of == s.as_of; });
    if (it == out.end()) it = out.insert(out.end(), Statement{claim.value, s.as_of, {}, {}});
    it->sources.push_back(Value(s.article));
    it->evidence.push_back(Value(s.evidence));
  }
  return out;
}

// Statements grouped by (node or relationship id, attribute), in key order.
using StatementGroups = std::map<std::pair<uint64_t, std::string>, std::vector<Statement>>;

StatementGroups GroupStatements(storage::GraphReader& graph, const std::string& prefix) {
  StatementGroups groups;
  ScanClaims(graph, prefix, [&](const ClaimSubject& subject, const ClaimRecord& claim) {
    for (auto& s : Statements(claim)) groups[{subject.id, subject.attribute}].push_back(std::move(s));
  });
  return groups;
}

std::optional<int64_t> Year(const std::string& iso) {
  if (iso.size() < 4 ||
      !std::all_of(iso.begin(), iso.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return std::stoll(iso.substr(0, 4));
}

// Two statements that cannot both be true. Dates: "1994" holds every date inside it, so it
// agrees with "1994-03", which disagrees with "1994-05". Ages: through the birth year they
// give, give or take one since birthdays are rarely stated (52 in 2020 and 25 in 1993
// agree); an age with no date it holds at ("when he was two") is compared with nothing.
bool Contradict(const std::string& attribute, const Statement& a, const Statement& b) {
  if (!IsTimeBound(attribute)) return !Compatible(a.value, b.value);
  auto year_a = Year(a.as_of), year_b = Year(b.as_of);
  if (!year_a || !year_b || !a.value.is_int() || !b.value.is_int()) return false;
  return std::llabs((*year_a - a.value.as_int()) - (*year_b - b.value.as_int())) > 1;
}

// The statements of a functional attribute that contradict another one: what
// kg.conflicts() lists. None: the attribute is not disputed.
std::vector<const Statement*> Contradicting(const std::string& attribute,
                                            const std::vector<Statement>& statements) {
  std::vector<const Statement*> out;
  if (!IsFunctional(attribute)) return out;
  for (const auto& a : statements)
    if (std::any_of(statements.begin(), statements.end(),
                    [&](const Statement& b) { return Contradict(attribute, a, b); }))
      out.push_back(&a);
  return out;
}

Value ValuesList(const std::vector<const Statement*>& statements) {
  List values;
  for (const Statement* s : statements) {
    Map row{{"value", s->value}, {"sources", Value(s->sources)}, {"evidence", Value(s->evidence)}};
    if (!s->as_of.empty()) row["as_of"] = Value(s->as_of);
    values.push_back(Value(std::move(row)));
  }
  return Value(std::move(values));
}

}  // namespace

std::vector<std::vector<Value>> ClaimRows(storage::GraphReader& graph, const Value& item) {
  const char* family = item.is_relationship() ? kRelClaims : kNodeClaims;
  uint64_t id = item.is_relationship() ? static_cast<uint64_t>(item.as_relationship().id)
                                       : static_cast<uint64_t>(item.as_node().id);
  std::vector<std::vector<Value>> rows;
  for (const auto& [key, statements] : GroupStatements(graph, ClaimPrefix(family, id)))
    for (const auto& s : statements)
      rows.push_back({Value(key.second), s.value, s.as_of.empty() ? Value() : Value(s.as_of),
                      Value(s.sources), Value(s.evidence)});
  return rows;
}

// The attributes and qualifiers under `family` whose values contradict each other, found
// from the tallies alone: a dispute needs the values and their dates, not their sources.
std::vector<ClaimSubject> DisputedSubjects(storage::GraphReader& graph, const char* family) {
  std::vector<ClaimSubject> disputed;
  ScanTalliedValues(graph, family, [&](const ClaimSubject& subject, const std::vector<ValueTally>& values) {
    std::vector<Statement> statements;
    for (const auto& v : values)
      for (const auto& [as_of, count] : v.by_date) statements.push_back({v.value, as_of, {}, {}});
    if (!Contradicting(subject.attribute, statements).empty()) disputed.push_back(subject);
  });
  return disputed;
}

std::vector<std::vector<Value>> ConflictRows(storage::GraphReader& graph) {
  std::vector<std::vector<Value>> rows;
  for (const char* family : {kNodeClaims, kRelClaims}) {
    for (const auto& subject : DisputedSubjects(graph, family)) {
      // The sources of a disputed item only are read.
      for (const auto& [key, statements] : GroupStatements(graph, AttributePrefix(subject))) {
        auto disputed = Contradicting(key.second, statements);
        if (family == kNodeClaims) {
          rows.push_back({NodeName(graph, key.first), Value(), Value(), Value(key.second), ValuesList(disputed)});
        } else if (auto rel = graph.GetRel(key.first)) {
          rows.push_back({NodeName(graph, rel->start), Value(rel->type), NodeName(graph, rel->end),
                          Value(key.second), ValuesList(disputed)});
        }
      }
    }
  }
  return rows;
}

int64_t CountDisputes(storage::GraphReader& graph) {
  return static_cast<int64_t>(DisputedSubjects(graph, kNodeClaims).size() +
                              DisputedSubjects(graph, kRelClaims).size());
}

}  // namespace kg::knowledge
