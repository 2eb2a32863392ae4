#include "engine/compiler/resolution/graph_writer.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <tuple>
#include <sstream>

#include "engine/compiler/facts/verb_vocabulary.h"
#include "engine/compiler/resolution/entity_resolver.h"
#include "engine/knowledge/knowledge_store.h"
#include "storage/codec.h"

namespace kg::compiler {

namespace {

std::string NamesPrefix(storage::NodeId node) {
  std::string k = "names/";
  storage::codec::PutBigEndian64(&k, node);
  return k;
}

std::string TypesPrefix(storage::NodeId node) {
  std::string k = "types/";
  storage::codec::PutBigEndian64(&k, node);
  return k;
}

// A node's label is the type most of its mentions were given, over all articles ("Chomsky"
// typed a place by one article stays the person three others say he is); a tie keeps it.
void RefreshLabel(storage::Transaction& txn, storage::NodeId node) {
  std::map<std::string, int64_t> votes;
  txn.ScanAux(TypesPrefix(node), [&](std::string_view, std::string_view value) {
    size_t tab = value.find('\t');
    int64_t count = 0;
    if (tab != std::string_view::npos &&
        std::from_chars(value.data() + tab + 1, value.data() + value.size(), count).ec == std::errc())
      votes[std::string(value.substr(0, tab))] += count;
    return true;
  });
  auto record = txn.GetNode(node);
  // Only a node of one label, as the compiler makes them; a vote the current label lost in
  // full (its articles retracted) moves the node to the type the others gave.
  if (!record || votes.empty() || record->labels.size() != 1) return;
  const std::string current = record->labels[0];
  votes.emplace(current, 0);
  std::string best = current;
  for (const auto& [label, count] : votes)
    if (count > votes[best]) best = label;
  if (best == current) return;
  txn.RemoveLabel(node, current);
  txn.AddLabel(node, best);
}

size_t WordCount(const std::string& s) {
  std::istringstream in(s);
  return static_cast<size_t>(std::distance(std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()));
}

// True when every word of `shorter` begins the same word of `longer` and at least one is
// clearly shortened: "Met Police" abbreviates "Metropolitan Police"; "Solberg" is not an
// abbreviation of the misspelt "Solbergh".
bool Abbreviates(const std::string& shorter, const std::string& longer) {
  std::istringstream a(shorter), b(longer);
  std::string x, y;
  bool any = false;
  while (a >> x) {
    if (!(b >> y) || y.compare(0, x.size(), x) != 0) return false;
    any |= x.size() + 2 < y.size();
  }
  return any && !(b >> y);
}

// name = the most complete form (most words, then most letters: "Metropolitan Police"
// over "Met Police"), spelled as most sources spell it; aliases = every other form.
void RefreshNames(storage::Transaction& txn, storage::NodeId node) {
  std::map<std::string, int> counts;
  txn.ScanAux(NamesPrefix(node), [&](std::string_view, std::string_view value) {
    std::istringstream in{std::string(value)};
    std::string line;
    while (std::getline(in, line)) {
      size_t tab = line.rfind('\t');
      if (tab != std::string::npos) counts[line.substr(0, tab)] += std::stoi(line.substr(tab + 1));
    }
    return true;
  });
  if (counts.empty()) return;
  std::string name;
  size_t words = 0;
  int best = 0;
  for (const auto& [form, count] : counts) {
    size_t w = WordCount(form);
    // An init-capture: clang before 16 cannot capture a structured binding.
    bool abbreviated = std::any_of(counts.begin(), counts.end(), [&shorter = form](const auto& other) {
      return other.first != shorter && Abbreviates(shorter, other.first);
    });
    // Count 0: a form with its title, an alias only ("General Patrick Gordon").
    if (!abbreviated && count > 0 && std::tie(w, count) > std::tie(words, best)) name = form, words = w, best = count;
  }
  List aliases;
  for (const auto& [form, count] : counts)
    if (form != name) aliases.push_back(Value(form));
  txn.SetNodeProperty(node, "name", Value(name));
  txn.SetNodeProperty(node, "aliases", Value(std::move(aliases)));
}

void Retract(storage::Transaction& txn, const storage::ArticleRecord& old) {
  knowledge::RetractArticle(txn, old.article_id, old.nodes, old.rels);
  std::string article_key = old.article_id;
  for (auto node : old.nodes) {
    txn.DeleteAux(NamesPrefix(node) + article_key);
    txn.DeleteAux(TypesPrefix(node) + article_key);
    RefreshNames(txn, node);
    RefreshLabel(txn, node);
  }
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
    std::string text;
    int64_t mentions = 0;
    for (const auto& [surface, count] : forms) text += surface + "\t" + std::to_string(count) + "\n", mentions += count;
    txn->PutAux(NamesPrefix(node) + a.id, text);
    RefreshNames(*txn, node);
    auto [label, count] = *std::max_element(types_by_node[node].begin(), types_by_node[node].end(),
                                            [](const auto& x, const auto& y) { return x.second < y.second; });
    txn->PutAux(TypesPrefix(node) + a.id, label + "\t" + std::to_string(count));
    RefreshLabel(*txn, node);
    txn->CreateRel("MENTIONS", record.article_node, node, {{"count", Value(mentions)}});
    record.nodes.push_back(node);
  }
  for (const auto& f : a.facts) {
    knowledge::Source source{a.id, a.SentenceText(f.sentence), SourceKind(a.sentences[f.sentence].kind), ""};
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
