// Writing facts and claims, and retracting an article's share of them.
#include "engine/knowledge/knowledge_store.h"

#include <algorithm>

#include "engine/knowledge/claim_record.h"

namespace kg::knowledge {

namespace {

constexpr const char* kNodeClaims = "claim/";
constexpr const char* kRelClaims = "qual/";

List StringList(const Map& props, const std::string& key) {
  auto it = props.find(key);
  return it != props.end() && it->second.is_list() ? it->second.as_list() : List();
}

// Adds one source to a claim record (a source states a value once).
void AddToClaim(storage::Transaction& txn, const std::string& key, const Value& value, const Source& source) {
  ClaimRecord claim{value, {}};
  if (auto stored = txn.GetAux(key)) DecodeClaim(*stored, &claim);
  for (const auto& s : claim.sources)
    if (s.article == source.article && s.as_of == source.as_of) return;
  auto at = std::find_if(claim.sources.begin(), claim.sources.end(),
                         [&](const Source& s) { return s.article > source.article; });
  claim.sources.insert(at, source);  // in article id order, as a fact's sources
  txn.PutAux(key, EncodeClaim(claim));
}

// The best-supported value of an attribute: the one with most sources counting every
// compatible claim ("1994" supports "1994-03"); ties go to the more precise value.
Value BestValue(storage::GraphReader& graph, const char* family, uint64_t id, const std::string& attribute) {
  std::vector<ClaimRecord> claims;
  graph.ScanAux(ClaimPrefix(family, id) + attribute + '\0', [&](std::string_view, std::string_view value) {
    ClaimRecord claim;
    if (DecodeClaim(value, &claim)) claims.push_back(std::move(claim));
    return true;
  });
  Value best;
  // An age changes with time: the node holds the latest dated one ("52 in 2020" over "25 in
  // 1993"); undated ages ("two years old when ...") only when nothing is dated.
  if (attribute == "age") {
    std::string latest;
    for (const auto& c : claims)
      for (const auto& s : c.sources)
        if (!s.as_of.empty() && s.as_of > latest) latest = s.as_of, best = c.value;
    if (!latest.empty()) return best;
  }
  size_t best_support = 0, best_precision = 0;
  for (const auto& c : claims) {
    size_t support = 0;
    for (const auto& other : claims)
      if (Compatible(c.value, other.value)) support += other.sources.size();
    size_t precision = c.value.is_string() ? c.value.as_string().size() : 0;
    if (support > best_support || (support == best_support && precision > best_precision)) {
      best = c.value;
      best_support = support;
      best_precision = precision;
    }
  }
  return best;
}

void RefreshNodeAttribute(storage::Transaction& txn, storage::NodeId node, const std::string& attribute) {
  txn.SetNodeProperty(node, attribute, BestValue(txn, kNodeClaims, node, attribute));
}

void RefreshQualifier(storage::Transaction& txn, storage::RelId rel, const std::string& qualifier) {
  txn.SetRelProperty(rel, qualifier, BestValue(txn, kRelClaims, rel, qualifier));
}

// Removes the article from every claim under prefix; returns the attributes touched.
std::vector<std::string> RetractClaims(storage::Transaction& txn, const std::string& prefix, size_t family_length,
                                       const std::string& article_id) {
  std::vector<std::pair<std::string, ClaimRecord>> changed;
  txn.ScanAux(prefix, [&](std::string_view key, std::string_view value) {
    ClaimRecord claim;
    if (!DecodeClaim(value, &claim)) return true;
    auto end = std::remove_if(claim.sources.begin(), claim.sources.end(),
                              [&](const Source& s) { return s.article == article_id; });
    if (end == claim.sources.end()) return true;
    claim.sources.erase(end, claim.sources.end());
    changed.emplace_back(std::string(key), std::move(claim));
    return true;
  });
  std::vector<std::string> attributes;
  for (const auto& [key, claim] : changed) {
    if (claim.sources.empty()) txn.DeleteAux(key);
    else txn.PutAux(key, EncodeClaim(claim));
    uint64_t id;
    std::string attribute;
    ParseClaimKey(key, family_length, &id, &attribute);
    attributes.push_back(attribute);
  }
  std::sort(attributes.begin(), attributes.end());
  attributes.erase(std::unique(attributes.begin(), attributes.end()), attributes.end());
  return attributes;
}

void RetractFromFact(storage::Transaction& txn, storage::RelId rel_id, const std::string& article_id) {
  auto rel = txn.GetRel(rel_id);
  if (!rel) return;
  List sources = StringList(rel->properties, "sources"), evidence = StringList(rel->properties, "evidence"),
       kinds = StringList(rel->properties, "evidence_kind");
  List kept_sources, kept_evidence, kept_kinds;
  for (size_t i = 0; i < sources.size(); ++i) {
    if (sources[i].is_string() && sources[i].as_string() == article_id) continue;
    kept_sources.push_back(sources[i]);
    if (i < evidence.size()) kept_evidence.push_back(evidence[i]);
    if (i < kinds.size()) kept_kinds.push_back(kinds[i]);
  }
  for (const auto& q : RetractClaims(txn, ClaimPrefix(kRelClaims, rel_id), std::string(kRelClaims).size(), article_id))
    RefreshQualifier(txn, rel_id, q);
  if (kept_sources.empty()) {
    txn.DeleteRel(rel_id);
    return;
  }
  txn.SetRelProperty(rel_id, "sources", Value(std::move(kept_sources)));
  txn.SetRelProperty(rel_id, "evidence", Value(std::move(kept_evidence)));
  txn.SetRelProperty(rel_id, "evidence_kind", Value(std::move(kept_kinds)));
}

}  // namespace

storage::RelId AddFact(storage::Transaction& txn, storage::NodeId subject, const std::string& type,
                       storage::NodeId object, const Source& source, bool symmetric) {
  storage::RelId found = 0;
  bool exists = false;
  for (const auto& e : txn.Edges(subject, symmetric ? storage::Direction::kBoth : storage::Direction::kOutgoing, type))
    if (e.neighbour == object) {
      found = e.rel;
      exists = true;
      break;
    }
  if (!exists) {
    return txn.CreateRel(type, subject, object,
                         {{"sources", Value(List{Value(source.article)})},
                          {"evidence", Value(List{Value(source.evidence)})},
                          {"evidence_kind", Value(List{Value(source.kind)})}});
  }
  auto rel = txn.GetRel(found);
  List sources = StringList(rel->properties, "sources");
  for (const auto& s : sources)
    if (s.is_string() && s.as_string() == source.article) return found;  // one evidence per source
  List evidence = StringList(rel->properties, "evidence"), kinds = StringList(rel->properties, "evidence_kind");
  // Sources in article id order, whatever order the articles came in: an edited or removed
  // article leaves the graph as a clean build of the remaining ones makes it.
  size_t at = 0;
  while (at < sources.size() && sources[at].is_string() && sources[at].as_string() < source.article) ++at;
  sources.insert(sources.begin() + static_cast<std::ptrdiff_t>(at), Value(source.article));
  evidence.insert(evidence.begin() + static_cast<std::ptrdiff_t>(std::min(at, evidence.size())), Value(source.evidence));
  kinds.insert(kinds.begin() + static_cast<std::ptrdiff_t>(std::min(at, kinds.size())), Value(source.kind));
  txn.SetRelProperty(found, "sources", Value(std::move(sources)));
  txn.SetRelProperty(found, "evidence", Value(std::move(evidence)));
  txn.SetRelProperty(found, "evidence_kind", Value(std::move(kinds)));
  return found;
}

void AddQualifierClaim(storage::Transaction& txn, storage::RelId rel, const std::string& qualifier, const Value& value,
                       const Source& source) {
  AddToClaim(txn, ClaimKey(kRelClaims, rel, qualifier, value), value, source);
  RefreshQualifier(txn, rel, qualifier);
}

void AddClaim(storage::Transaction& txn, storage::NodeId node, const std::string& attribute, const Value& value,
              const std::string& as_of, const Source& source) {
  Source dated = source;
  dated.as_of = as_of;
  AddToClaim(txn, ClaimKey(kNodeClaims, node, attribute, value), value, dated);
  RefreshNodeAttribute(txn, node, attribute);
}

void RetractArticle(storage::Transaction& txn, const std::string& article_id, const std::vector<storage::NodeId>& nodes,
                    const std::vector<storage::RelId>& rels) {
  for (auto rel : rels) RetractFromFact(txn, rel, article_id);
  for (auto node : nodes)
    for (const auto& a : RetractClaims(txn, ClaimPrefix(kNodeClaims, node), std::string(kNodeClaims).size(), article_id))
      RefreshNodeAttribute(txn, node, a);
}

Value NodeName(storage::GraphReader& graph, storage::NodeId id) {
  auto node = graph.GetNode(id);
  if (!node) return Value();
  auto it = node->properties.find("name");
  return it != node->properties.end() ? it->second : Value();
}

}  // namespace kg::knowledge
