// Writing facts and claims, and retracting an article's share of them.
#include "engine/knowledge/knowledge_store.h"

#include <set>

#include "engine/knowledge/claim_record.h"

namespace kg::knowledge {

namespace {

// The best-supported value of an attribute: the one with most sources counting every
// compatible value ("1994" supports "1994-03"); ties go to the more precise value.
Value BestValue(storage::GraphReader& graph, const ClaimSubject& subject) {
  std::vector<ValueTally> values = TalliedValues(graph, subject);
  Value best;
  // An age changes with time: the node holds the latest dated one ("52 in 2020" over "25 in
  // 1993"); undated ages ("two years old when ...") only when nothing is dated.
  if (subject.attribute == "age") {
    std::string latest;
    for (const auto& v : values)
      for (const auto& [as_of, count] : v.by_date)
        if (!as_of.empty() && as_of > latest) latest = as_of, best = v.value;
    if (!latest.empty()) return best;
  }
  int64_t best_support = 0;
  size_t best_precision = 0;
  for (const auto& v : values) {
    int64_t support = 0;
    for (const auto& other : values)
      if (Compatible(v.value, other.value)) support += other.sources;
    size_t precision = v.value.is_string() ? v.value.as_string().size() : 0;
    if (support > best_support || (support == best_support && precision > best_precision)) {
      best = v.value;
      best_support = support;
      best_precision = precision;
    }
  }
  return best;
}

void Refresh(storage::Transaction& txn, const ClaimSubject& subject) {
  if (subject.family == kRelClaims)
    txn.SetRelProperty(subject.id, subject.attribute, BestValue(txn, subject));
  else
    txn.SetNodeProperty(subject.id, subject.attribute, BestValue(txn, subject));
}

// Adds one source to a claim (a source states a value once per date) and refreshes the
// property the claim is about.
void AddToClaim(storage::Transaction& txn, const ClaimSubject& subject, const Value& value,
                const Source& source) {
  std::string key = ClaimSourceKey(subject, value, source);
  if (txn.GetAux(key)) return;
  txn.PutAux(key, EncodeClaimSource(value, source));
  txn.PutAux(ContributionPrefix(source.article) + key, "");
  txn.AddToTally(ClaimTallyKey(subject, value, source.as_of), 1);
  Refresh(txn, subject);
}

// Takes back every claim source the article stated; returns what the claims were about.
std::set<ClaimSubject> RetractClaims(storage::Transaction& txn, const std::string& article_id) {
  std::string prefix = ContributionPrefix(article_id);
  std::vector<std::string> keys;
  txn.ScanAux(prefix, [&](std::string_view key, std::string_view) {
    keys.emplace_back(key.substr(prefix.size()));
    return true;
  });
  std::set<ClaimSubject> subjects;
  for (const auto& key : keys) {
    txn.DeleteAux(prefix + key);
    auto record = txn.GetAux(key);
    ClaimSubject subject;
    Value value;
    Source source;
    if (!record || !ParseClaimSubject(key, &subject) || !DecodeClaimSource(key, *record, &value, &source))
      continue;
    txn.DeleteAux(key);
    txn.AddToTally(ClaimTallyKey(subject, value, source.as_of), -1);
    subjects.insert(subject);
  }
  return subjects;
}

bool HasSources(storage::GraphReader& graph, storage::RelId rel) {
  bool any = false;
  graph.ScanSources(rel, [&](const storage::SourceRecord&) { return !(any = true); });
  return any;
}

// A relationship made with Cypher or `kg import` may hold its sources as plain lists: when
// an article states it too, they become records like its own, so that none is hidden.
void AdoptListedSources(storage::Transaction& txn, storage::RelId rel) {
  auto record = txn.GetRel(rel);
  if (!record) return;
  auto list = [&](const char* key) {
    auto it = record->properties.find(key);
    return it != record->properties.end() && it->second.is_list() ? it->second.as_list() : List();
  };
  List sources = list("sources"), evidence = list("evidence"), kinds = list("evidence_kind");
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!sources[i].is_string()) continue;
    storage::SourceRecord source{sources[i].as_string(), "", "body", 0, 0};
    if (i < evidence.size() && evidence[i].is_string()) source.evidence = evidence[i].as_string();
    if (i < kinds.size() && kinds[i].is_string()) source.kind = kinds[i].as_string();
    txn.PutSource(rel, source);
  }
  for (const char* key : {"sources", "evidence", "evidence_kind"}) txn.SetRelProperty(rel, key, Value());
}

}  // namespace

storage::RelId AddFact(storage::Transaction& txn, storage::NodeId subject, const std::string& type,
                       storage::NodeId object, const Source& source, bool symmetric) {
  storage::RelId rel = 0;
  bool exists = false;
  for (const auto& e :
       txn.Edges(subject, symmetric ? storage::Direction::kBoth : storage::Direction::kOutgoing, type))
    if (e.neighbour == object) {
      rel = e.rel;
      exists = true;
      break;
    }
  if (!exists) rel = txn.CreateRel(type, subject, object, {});
  if (exists && !HasSources(txn, rel)) AdoptListedSources(txn, rel);
  // One evidence per source: the first sentence of the article that states the fact.
  if (!exists || !txn.GetSource(rel, source.article))
    txn.PutSource(rel, {source.article, source.evidence, source.kind, source.begin, source.end});
  return rel;
}

void AddQualifierClaim(storage::Transaction& txn, storage::RelId rel, const std::string& qualifier,
                       const Value& value, const Source& source) {
  AddToClaim(txn, {kRelClaims, rel, qualifier}, value, source);
}

void AddClaim(storage::Transaction& txn, storage::NodeId node, const std::string& attribute,
              const Value& value, const std::string& as_of, const Source& source) {
  Source dated = source;
  dated.as_of = as_of;
  AddToClaim(txn, {kNodeClaims, node, attribute}, value, dated);
}

void RetractArticle(storage::Transaction& txn, const std::string& article_id,
                    const std::vector<storage::RelId>& rels) {
  for (const auto& subject : RetractClaims(txn, article_id)) Refresh(txn, subject);
  for (auto rel : rels) {
    txn.DeleteSource(rel, article_id);
    if (!HasSources(txn, rel)) txn.DeleteRel(rel);
  }
}

Value NodeName(storage::GraphReader& graph, storage::NodeId id) {
  auto node = graph.GetNode(id);
  if (!node) return Value();
  auto it = node->properties.find("name");
  return it != node->properties.end() ? it->second : Value();
}

}  // namespace kg::knowledge
