// Reading claims and disputes for the kg.* procedures.
#include <cstdlib>
#include <map>

#include "engine/knowledge/claim_record.h"
#include "engine/knowledge/knowledge_store.h"

namespace kg::knowledge {

namespace {

List SourceArticles(const ClaimRecord& c) {
  List out;
  for (const auto& s : c.sources) out.push_back(Value(s.article));
  return out;
}

List SourceEvidence(const ClaimRecord& c) {
  List out;
  for (const auto& s : c.sources) out.push_back(Value(s.evidence));
  return out;
}

Value NameOf(storage::GraphReader& graph, storage::NodeId id) {
  auto node = graph.GetNode(id);
  if (!node) return Value();
  auto it = node->properties.find("name");
  return it != node->properties.end() ? it->second : Value();
}

// Claims grouped by (id, attribute), in key order.
using ClaimGroups = std::map<std::pair<uint64_t, std::string>, std::vector<ClaimRecord>>;

ClaimGroups GroupClaims(storage::GraphReader& graph, const std::string& family) {
  ClaimGroups groups;
  graph.ScanAux(family, [&](std::string_view key, std::string_view value) {
    ClaimRecord claim;
    uint64_t id;
    std::string attribute;
    ParseClaimKey(key, family.size(), &id, &attribute);
    if (DecodeClaim(value, &claim)) groups[{id, attribute}].push_back(std::move(claim));
    return true;
  });
  return groups;
}

// Ages stated at different dates agree when they give the same birth year (give or take
// one, since birthdays are rarely stated): 52 in 2020 and 25 in 1993 agree.
bool AgesDisagree(const std::vector<ClaimRecord>& claims) {
  std::vector<int64_t> births;
  for (const auto& c : claims) {
    if (!c.value.is_int() || c.as_of.size() < 4) continue;
    births.push_back(std::stoll(c.as_of.substr(0, 4)) - c.value.as_int());
  }
  for (size_t i = 0; i < births.size(); ++i)
    for (size_t j = i + 1; j < births.size(); ++j)
      if (std::llabs(births[i] - births[j]) > 1) return true;
  return false;
}

bool Disputed(const std::string& attribute, const std::vector<ClaimRecord>& claims) {
  if (!IsFunctional(attribute) || claims.size() < 2) return false;
  if (attribute == "age") return AgesDisagree(claims);
  std::vector<Value> values;
  for (const auto& c : claims) values.push_back(c.value);
  return Disagree(values);
}

Value ValuesList(const std::vector<ClaimRecord>& claims) {
  List values;
  for (const auto& c : claims) values.push_back(Value(Map{{"value", c.value}, {"sources", Value(SourceArticles(c))}}));
  return Value(std::move(values));
}

}  // namespace

std::vector<std::vector<Value>> ClaimRows(storage::GraphReader& graph, storage::NodeId node) {
  std::vector<std::vector<Value>> rows;
  graph.ScanAux(ClaimPrefix("claim/", node), [&](std::string_view key, std::string_view value) {
    ClaimRecord claim;
    uint64_t id;
    std::string attribute;
    ParseClaimKey(key, 6, &id, &attribute);
    if (DecodeClaim(value, &claim))
      rows.push_back({Value(attribute), claim.value, claim.as_of.empty() ? Value() : Value(claim.as_of),
                      Value(SourceArticles(claim)), Value(SourceEvidence(claim))});
    return true;
  });
  return rows;
}

std::vector<std::vector<Value>> ConflictRows(storage::GraphReader& graph) {
  std::vector<std::vector<Value>> rows;
  for (const auto& [key, claims] : GroupClaims(graph, "claim/"))
    if (Disputed(key.second, claims))
      rows.push_back({NameOf(graph, key.first), Value(), Value(), Value(key.second), ValuesList(claims)});
  for (const auto& [key, claims] : GroupClaims(graph, "qual/")) {
    if (!Disputed(key.second, claims)) continue;
    auto rel = graph.GetRel(key.first);
    if (!rel) continue;
    rows.push_back({NameOf(graph, rel->start), Value(rel->type), NameOf(graph, rel->end), Value(key.second),
                    ValuesList(claims)});
  }
  return rows;
}

int64_t CountDisputes(storage::GraphReader& graph) {
  int64_t n = 0;
  for (const auto& family : {"claim/", "qual/"})
    for (const auto& [key, claims] : GroupClaims(graph, family)) n += Disputed(key.second, claims);
  return n;
}

std::vector<std::vector<Value>> SourceRows(storage::GraphReader& graph, const Value& item) {
  std::vector<std::vector<Value>> rows;
  std::map<std::string, Value> titles;
  graph.ScanNodes("Article", [&](storage::NodeId id) {
    auto a = graph.GetNode(id);
    auto idp = a->properties.find("id"), title = a->properties.find("title");
    if (idp != a->properties.end() && idp->second.is_string())
      titles[idp->second.as_string()] = title != a->properties.end() ? title->second : Value();
    return true;
  });
  const Map* props = item.is_relationship() ? &item.as_relationship().properties
                     : item.is_node()       ? &item.as_node().properties
                                            : nullptr;
  if (!props) return rows;
  auto sources = props->find("sources"), evidence = props->find("evidence");
  if (sources != props->end() && sources->second.is_list()) {
    const List& s = sources->second.as_list();
    for (size_t i = 0; i < s.size(); ++i) {
      Value ev = evidence != props->end() && evidence->second.is_list() && i < evidence->second.as_list().size()
                     ? evidence->second.as_list()[i] : Value();
      rows.push_back({s[i], s[i].is_string() ? titles[s[i].as_string()] : Value(), ev});
    }
    return rows;
  }
  if (item.is_node()) {  // an entity: the articles that mention it
    for (const auto& e : graph.Edges(static_cast<storage::NodeId>(item.as_node().id), storage::Direction::kIncoming, "MENTIONS")) {
      auto a = graph.GetNode(e.neighbour);
      auto idp = a->properties.find("id");
      Value id = idp != a->properties.end() ? idp->second : Value();
      rows.push_back({id, id.is_string() ? titles[id.as_string()] : Value(), Value()});
    }
  }
  return rows;
}

std::vector<std::vector<Value>> SearchRows(storage::GraphReader& graph, const std::string& text) {
  std::vector<std::vector<Value>> rows;
  auto lower = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string needle = lower(text);
  graph.ScanRels("", [&](storage::RelId id) {
    auto rel = graph.GetRel(id);
    auto sources = rel->properties.find("sources"), evidence = rel->properties.find("evidence");
    if (sources == rel->properties.end() || evidence == rel->properties.end() || !evidence->second.is_list()) return true;
    const List& ev = evidence->second.as_list();
    for (size_t i = 0; i < ev.size(); ++i)
      if (ev[i].is_string() && lower(ev[i].as_string()).find(needle) != std::string::npos)
        rows.push_back({i < sources->second.as_list().size() ? sources->second.as_list()[i] : Value(), ev[i],
                        NameOf(graph, rel->start), Value(rel->type), NameOf(graph, rel->end)});
    return true;
  });
  return rows;
}

}  // namespace kg::knowledge
