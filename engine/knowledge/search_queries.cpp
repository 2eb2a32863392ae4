// kg.search(text): the evidence sentences of facts and of claims, ranked by BM25 (bm25.h) on
// the terms of search_terms.h, best first.
//
// The statistics are computed at query time by one scan of every fact and claim: simple
// and always current, at a cost that grows with the graph. An inverted index kept by every
// compile and removal (issue 13) is what should replace it.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "engine/knowledge/bm25.h"
#include "engine/knowledge/claim_record.h"
#include "engine/knowledge/knowledge_store.h"
#include "engine/knowledge/search_terms.h"

namespace kg::knowledge {

namespace {

// One sentence stating one fact or claim: what kg.search() yields when the sentence ranks.
// Names are read only for the rows that rank (a Get each), not for every sentence scanned.
struct Match {
  std::string article, evidence;
  storage::NodeId subject = 0;
  Value predicate;                        // a fact's type, or the attribute of a claim
  std::optional<storage::NodeId> object;  // a fact's end node; none for an attribute claim
  Value value;                            // an attribute claim's value
  Value item;  // the relationship of a fact or qualifier, the node of an attribute claim
};

Value NodeValue(storage::NodeId id) {
  Node n;
  n.id = static_cast<int64_t>(id);
  return Value(std::move(n));
}

// The sentences of every fact, from its `sources` and `evidence` (stored source records for
// a compiled fact, plain lists for one made with Cypher).
void CollectFacts(storage::GraphReader& graph, std::vector<Match>* out) {
  graph.ScanRels("", [&](storage::RelId id) {
    auto rel = graph.GetRel(id);
    if (!rel) return true;
    auto sources = rel->properties.find("sources"), evidence = rel->properties.find("evidence");
    if (sources == rel->properties.end() || evidence == rel->properties.end() || !sources->second.is_list() ||
        !evidence->second.is_list())
      return true;
    const List& s = sources->second.as_list();
    const List& ev = evidence->second.as_list();
    for (size_t i = 0; i < ev.size() && i < s.size(); ++i)
      if (ev[i].is_string() && s[i].is_string())
        out->push_back({s[i].as_string(), ev[i].as_string(), rel->start, Value(rel->type), rel->end, Value(),
                        storage::RelationshipRef(*rel)});
    return true;
  });
}

// The sentences of every claim: an attribute's ("Smith, 52") as subject, attribute and
// value; a qualifier's ("shot ... in 1993") as the fact it qualifies.
void CollectClaims(storage::GraphReader& graph, std::vector<Match>* out) {
  ScanClaims(graph, kNodeClaims, [&](const ClaimSubject& subject, const ClaimRecord& claim) {
    auto node = static_cast<storage::NodeId>(subject.id);
    for (const auto& s : claim.sources)
      out->push_back({s.article, s.evidence, node, Value(subject.attribute), std::nullopt, claim.value,
                      NodeValue(node)});
  });
  ScanClaims(graph, kRelClaims, [&](const ClaimSubject& subject, const ClaimRecord& claim) {
    auto rel = graph.GetRel(static_cast<storage::RelId>(subject.id));
    if (!rel) return;
    for (const auto& s : claim.sources)
      out->push_back(
          {s.article, s.evidence, rel->start, Value(rel->type), rel->end, Value(), storage::RelationshipRef(*rel)});
  });
}

// A qualifier's sentence is usually its fact's too: one row for the pair, not two.
void DropRepeats(std::vector<Match>* matches) {
  std::set<std::tuple<bool, int64_t, std::string, std::string>> seen;
  std::vector<Match> kept;
  for (auto& m : *matches) {
    bool is_rel = m.item.is_relationship();
    int64_t id = is_rel ? m.item.as_relationship().id : m.item.as_node().id;
    if (seen.insert({is_rel, id, m.article, m.evidence}).second) kept.push_back(std::move(m));
  }
  *matches = std::move(kept);
}

// Scores to four places: enough to order by, and the same digits on every platform.
double Rounded(double score) { return std::round(score * 1e4) / 1e4; }

}  // namespace

std::vector<std::vector<Value>> SearchRows(storage::GraphReader& graph, const std::string& text) {
  std::vector<std::string> query = SearchTerms(text);
  std::vector<Match> matches;
  CollectFacts(graph, &matches);
  CollectClaims(graph, &matches);
  DropRepeats(&matches);

  // The documents are the distinct sentences: one stated by many facts counts once in the
  // statistics, and every match through it gets its score.
  Bm25 bm25;
  std::map<std::pair<std::string, std::string>, size_t> doc_of;
  for (const auto& m : matches)
    if (doc_of.find({m.article, m.evidence}) == doc_of.end())
      doc_of[{m.article, m.evidence}] = bm25.Add(SearchTerms(m.evidence));

  std::vector<std::pair<double, const Match*>> ranked;
  for (const auto& m : matches)
    if (double score = bm25.Score(query, doc_of.at({m.article, m.evidence})); score > 0)
      ranked.push_back({Rounded(score), &m});
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });

  std::vector<std::vector<Value>> rows;
  for (const auto& [score, m] : ranked)
    rows.push_back({Value(m->article), Value(m->evidence), NodeName(graph, m->subject), m->predicate,
                    m->object ? NodeName(graph, *m->object) : m->value, m->item, Value(score)});
  return rows;
}

}  // namespace kg::knowledge
