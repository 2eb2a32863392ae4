#include "engine/compiler/resolution/graph_writer.h"

#include <algorithm>
#include <map>

#include "engine/compiler/facts/verb_vocabulary.h"
#include "engine/compiler/resolution/entity_names.h"
#include "engine/compiler/resolution/entity_resolver.h"
#include "engine/knowledge/knowledge_store.h"

namespace kg::compiler {

namespace {

void Retract(storage::Transaction& txn, const storage::ArticleRecord& old) {
  knowledge::RetractArticle(txn, old.article_id, old.rels);
  for (auto node : old.nodes) RetractArticleNames(txn, node, old.article_id);
  for (const auto& e : txn.Edges(old.article_node, storage::Direction::kBoth, "")) txn.DeleteRel(e.rel);
  (void)txn.DeleteNode(old.article_node);
  for (auto node : old.nodes) {  // entities no other article mentions go too
    if (!txn.GetNode(node) || !txn.Edges(node, storage::Direction::kIncoming, "MENTIONS").empty()) continue;
    for (const auto& e : txn.Edges(node, storage::Direction::kBoth, "")) txn.DeleteRel(e.rel);
    (void)txn.DeleteNode(node);
  }
}

storage::NodeId WriteArticleNode(storage::Transaction& txn, const ArticleAnalysis& a) {
  storage::PropertyMap props{{"id", Value(a.id)}, {"title", Value(a.title)}, {"path", Value(a.path)}};
  if (!a.author.empty()) props["author"] = Value(a.author);
  if (!a.publisher.empty()) props["publisher"] = Value(a.publisher);
  if (!a.published.empty()) props["published"] = Value(a.published);
  return txn.CreateNode({"Article"}, std::move(props));
}

const char* SourceKind(LineKind kind) {
  return kind == LineKind::kCaption ? "caption" : kind == LineKind::kStandfirst ? "standfirst" : "body";
}

}  // namespace

Status WriteAnalysis(storage::GraphStore& store, const ArticleAnalysis& a, CompileReport* report) {
  auto txn = store.Begin();
  report->article_id = a.id;
  auto old = txn->GetArticle(a.path);
  if (old && old->content_hash == a.id) {
    report->unchanged = true;
    return Status::Ok();
  }
  if (old) {
    txn->DeleteArticle(old->path);  // the record goes first: it holds the Article node
    Retract(*txn, *old);
  }
  storage::ArticleRecord record{a.path, a.id, a.id, WriteArticleNode(*txn, a), {}, {}};
  std::vector<storage::NodeId> nodes(a.entities.size());
  std::map<storage::NodeId, std::map<std::string, int>> forms_by_node;
  std::map<storage::NodeId, std::map<std::string, int>> types_by_node;  // label -> mentions
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const LocalEntity& e = a.entities[i];
    if (e.surfaces.empty()) continue;  // merged into another entity by coreference
    auto found = FindEntityNode(*txn, e);
    nodes[i] = found ? *found : txn->CreateNode({EntityLabel(e.type)}, {{"name", Value(e.name)}, {"aliases", Value(List{})}});
    IndexEntityNode(*txn, e, nodes[i]);
    for (const auto& [surface, count] : e.surfaces) {
      forms_by_node[nodes[i]][surface] += count;
      types_by_node[nodes[i]][EntityLabel(e.type)] += count;
    }
    for (const auto& form : e.alias_forms) forms_by_node[nodes[i]].emplace(form, 0);
  }
  for (const auto& [node, forms] : forms_by_node) {
    int64_t mentions = 0;
    for (const auto& [surface, count] : forms) mentions += count;
    auto [label, count] = *std::max_element(types_by_node[node].begin(), types_by_node[node].end(),
                                            [](const auto& x, const auto& y) { return x.second < y.second; });
    PutArticleNames(*txn, node, a.id, forms, label, count);
    txn->CreateRel("MENTIONS", record.article_node, node, {{"count", Value(mentions)}});
    record.nodes.push_back(node);
  }
  for (const auto& f : a.facts) {
    const Sentence& sentence = a.sentences[f.sentence];
    knowledge::Source source{
        a.id, a.SentenceText(f.sentence), SourceKind(sentence.kind), "", sentence.begin, sentence.end};
    if (f.object >= 0) {
      storage::RelId rel = knowledge::AddFact(*txn, nodes[f.subject], f.predicate, nodes[f.object], source,
                                              IsSymmetric(f.predicate));
      for (const auto& [qualifier, value] : f.qualifiers) knowledge::AddQualifierClaim(*txn, rel, qualifier, value, source);
      record.rels.push_back(rel);
    } else {
      knowledge::AddClaim(*txn, nodes[f.subject], f.attribute, f.value, f.as_of, source);
    }
  }
  std::sort(record.nodes.begin(), record.nodes.end());
  record.nodes.erase(std::unique(record.nodes.begin(), record.nodes.end()), record.nodes.end());
  std::sort(record.rels.begin(), record.rels.end());
  record.rels.erase(std::unique(record.rels.begin(), record.rels.end()), record.rels.end());
  txn->PutArticle(record);
  report->entities = static_cast<int64_t>(record.nodes.size());
  report->facts = static_cast<int64_t>(record.rels.size());
  return txn->Commit();
}

void RetractArticle(storage::Transaction& txn, const storage::ArticleRecord& record) { Retract(txn, record); }

}  // namespace kg::compiler
