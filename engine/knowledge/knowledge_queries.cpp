// kg.sources(): the articles and sentences behind facts.
#include <map>

#include "engine/knowledge/knowledge_store.h"

namespace kg::knowledge {

namespace {

// Article titles by article id: a compiled article through its record (a few Gets), any
// other Article node (one made with Cypher) through one scan of them all, made when first needed.
class ArticleTitles {
 public:
  explicit ArticleTitles(storage::GraphReader& graph) : graph_(graph) {}

  Value Of(const Value& article_id) {
    if (!article_id.is_string()) return Value();
    const std::string& id = article_id.as_string();
    for (const auto& path : graph_.ArticlePaths(id))
      if (auto record = graph_.GetArticle(path))
        if (auto node = graph_.GetNode(record->article_node)) return Property(*node, "title");
    if (!scanned_) ScanArticleNodes();
    auto it = titles_.find(id);
    return it != titles_.end() ? it->second : Value();
  }

 private:
  static Value Property(const storage::NodeRecord& node, const std::string& key) {
    auto it = node.properties.find(key);
    return it != node.properties.end() ? it->second : Value();
  }

  void ScanArticleNodes() {
    scanned_ = true;
    graph_.ScanNodes("Article", [&](storage::NodeId id) {
      auto a = graph_.GetNode(id);
      Value article_id = a ? Property(*a, "id") : Value();
      if (article_id.is_string()) titles_.emplace(article_id.as_string(), Property(*a, "title"));
      return true;
    });
  }

  storage::GraphReader& graph_;
  bool scanned_ = false;
  std::map<std::string, Value> titles_;
};

// A relationship made with Cypher may carry `sources` and `evidence` as plain lists.
void ListedSourceRows(const Map& props, ArticleTitles& titles, std::vector<std::vector<Value>>* rows) {
  auto sources = props.find("sources"), evidence = props.find("evidence");
  if (sources == props.end() || !sources->second.is_list()) return;
  const List& s = sources->second.as_list();
  for (size_t i = 0; i < s.size(); ++i) {
    Value ev = evidence != props.end() && evidence->second.is_list() && i < evidence->second.as_list().size()
                   ? evidence->second.as_list()[i]
                   : Value();
    rows->push_back({s[i], titles.Of(s[i]), ev});
  }
}

}  // namespace

std::vector<std::vector<Value>> SourceRows(storage::GraphReader& graph, const Value& item) {
  std::vector<std::vector<Value>> rows;
  ArticleTitles titles(graph);
  if (item.is_relationship()) {  // a fact: its source records, read one by one
    graph.ScanSources(static_cast<storage::RelId>(item.as_relationship().id),
                      [&](const storage::SourceRecord& s) {
                        rows.push_back({Value(s.article), titles.Of(Value(s.article)), Value(s.evidence)});
                        return true;
                      });
    if (rows.empty()) ListedSourceRows(item.as_relationship().properties, titles, &rows);
    return rows;
  }
  if (!item.is_node()) return rows;
  auto listed = item.as_node().properties.find("sources");
  if (listed != item.as_node().properties.end() && listed->second.is_list()) {
    ListedSourceRows(item.as_node().properties, titles, &rows);
    return rows;
  }
  // An entity: the articles that mention it.
  for (const auto& e : graph.Edges(static_cast<storage::NodeId>(item.as_node().id),
                                   storage::Direction::kIncoming, "MENTIONS")) {
    auto a = graph.GetNode(e.neighbour);
    auto idp = a->properties.find("id");
    Value id = idp != a->properties.end() ? idp->second : Value();
    rows.push_back({id, titles.Of(id), Value()});
  }
  return rows;
}

}  // namespace kg::knowledge
