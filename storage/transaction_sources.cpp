// The sources of facts (keys.h `sources`): one record per (relationship, article), read by
// prefix, and the engine's tallies. Neither is ever read and rewritten whole, so a fact or
// a name stated by k articles costs O(1) per article to extend, not O(k).
#include <rocksdb/iterator.h>
#include <rocksdb/write_batch.h>

#include "storage/merge_operators.h"
#include "storage/transaction_impl.h"

namespace kg::storage {

namespace {

const char* const kSourceProperties[] = {"sources", "evidence", "evidence_kind"};

RelId SourceRel(std::string_view key) { return codec::GetBigEndian64(key.substr(0, 8)); }

// The article id of a source key: between the rel id and the closing 0x00.
std::string_view SourceArticle(std::string_view key) { return key.substr(8, key.size() - 9); }

}  // namespace

void TransactionImpl::ScanSources(RelId rel, const std::function<bool(const SourceRecord&)>& fn) {
  ScanMerged(keys::kSources, keys::Id(rel), sources_, [&](std::string_view key, std::string_view value) {
    SourceRecord source;
    if (codec::DecodeSource(SourceArticle(key), value, &source)) return fn(source);
    RecordCorrupt("a source of relationship " + std::to_string(rel));
    return false;
  });
}

std::optional<SourceRecord> TransactionImpl::GetSource(RelId rel, std::string_view article) {
  std::string key = keys::Source(rel, article), value;
  auto it = sources_.find(key);
  if (it != sources_.end() && !it->second) return std::nullopt;
  if (it != sources_.end())
    value = *it->second;
  else if (!GetStored(keys::kSources, key, &value))
    return std::nullopt;
  SourceRecord source;
  if (codec::DecodeSource(article, value, &source)) return source;
  RecordCorrupt("a source of relationship " + std::to_string(rel));
  return std::nullopt;
}

void TransactionImpl::AddSourceProperties(RelRecord* rel) {
  List articles, evidence, kinds;
  ScanSources(rel->id, [&](const SourceRecord& s) {
    articles.push_back(Value(s.article));
    evidence.push_back(Value(s.evidence));
    kinds.push_back(Value(s.kind));
    return true;
  });
  if (articles.empty()) return;
  rel->properties["sources"] = Value(std::move(articles));
  rel->properties["evidence"] = Value(std::move(evidence));
  rel->properties["evidence_kind"] = Value(std::move(kinds));
}

void TransactionImpl::PutSource(RelId rel, const SourceRecord& source) {
  TakeWriteLock();
  sources_[keys::Source(rel, source.article)] = codec::EncodeSource(source);
}

void TransactionImpl::DeleteSource(RelId rel, std::string_view article) {
  TakeWriteLock();
  sources_[keys::Source(rel, article)] = std::nullopt;
}

bool TransactionImpl::StoredHasSources(RelId rel) {
  std::string prefix = keys::Id(rel);
  auto it = NewIterator(keys::kSources);
  it->Seek(prefix);
  bool found = it->Valid() && it->key().starts_with(prefix);
  CheckScan(*it);
  return found;
}

void TransactionImpl::CountSourceProperties(CommitBuffers* buffers) {
  for (auto at = sources_.begin(); at != sources_.end();) {
    RelId rel = SourceRel(at->first);
    bool after = false;
    ScanSources(rel, [&](const SourceRecord&) { return !(after = true); });
    int64_t delta = int64_t{after} - int64_t{StoredHasSources(rel)};
    for (const char* key : kSourceProperties) buffers->counters[keys::Counter('K', key)] += delta;
    at = sources_.lower_bound(keys::Id(rel + 1));
  }
}

void TransactionImpl::ScanTallies(std::string_view prefix,
                                  const std::function<bool(std::string_view, int64_t)>& fn) {
  std::map<std::string, int64_t, std::less<>> counts;
  std::string stored_prefix = keys::Tally(prefix);
  auto it = NewIterator(keys::kCounts);
  for (it->Seek(stored_prefix); it->Valid() && it->key().starts_with(stored_prefix); it->Next())
    counts[std::string(it->key().data() + 1, it->key().size() - 1)] =
        DecodeCounter(std::string_view(it->value().data(), it->value().size()));
  CheckScan(*it);
  for (auto t = tallies_.lower_bound(prefix);
       t != tallies_.end() && t->first.compare(0, prefix.size(), prefix) == 0; ++t)
    counts[t->first] += t->second;
  for (const auto& [key, count] : counts)
    if (count != 0 && !fn(key, count)) return;
}

void TransactionImpl::AddToTally(std::string_view key, int64_t delta) {
  TakeWriteLock();
  auto it = tallies_.find(key);
  if (it == tallies_.end()) it = tallies_.emplace(std::string(key), 0).first;
  it->second += delta;
}

}  // namespace kg::storage
