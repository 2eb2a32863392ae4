// kg.sources() and kg.search(): the articles and sentences behind facts.
#include <map>

#include "engine/knowledge/knowledge_store.h"

namespace kg::knowledge {

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
                        NodeName(graph, rel->start), Value(rel->type), NodeName(graph, rel->end)});
    return true;
  });
  return rows;
}

}  // namespace kg::knowledge
