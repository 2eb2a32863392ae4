// engine/knowledge/claim_record.h — the keys and records of value claims (layout in
// knowledge_store.h): one record per (claim, article), a tally per (claim, date), and the
// index of what each article stated.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/knowledge/knowledge_store.h"

namespace kg::knowledge {

inline constexpr const char* kNodeClaims = "claim/";
inline constexpr const char* kRelClaims = "qual/";

// A value as stated, with each source's article, sentence and date.
struct ClaimRecord {
  Value value;
  std::vector<Source> sources;  // in article id order
};

// Where a claim key points: the node or relationship, and the attribute or qualifier.
struct ClaimSubject {
  const char* family = kNodeClaims;  // kNodeClaims or kRelClaims
  uint64_t id = 0;
  std::string attribute;
  bool operator<(const ClaimSubject& o) const;
};

std::string ClaimPrefix(const char* family, uint64_t id);  // family + id
std::string AttributePrefix(const ClaimSubject& subject);  // family + id + attribute 0x00
// The record of one source's statement of `value`.
std::string ClaimSourceKey(const ClaimSubject& subject, const Value& value, const Source& source);
std::string ClaimTallyKey(const ClaimSubject& subject, const Value& value, const std::string& as_of);
// "contrib/" article 0x00 claim_source_key: what the article stated, for its retraction.
std::string ContributionPrefix(const std::string& article);

// The subject of a claim source key (kNodeClaims or kRelClaims family); false when it is none.
bool ParseClaimSubject(std::string_view key, ClaimSubject* subject);

std::string EncodeClaimSource(const Value& value, const Source& source);
// Reads a record back; the article and as_of come from its key.
bool DecodeClaimSource(std::string_view key, std::string_view record, Value* value, Source* source);

// A value and how many sources state it at each date ("" when undated).
struct ValueTally {
  Value value;
  std::vector<std::pair<std::string, int64_t>> by_date;
  int64_t sources = 0;
};

// The values stated for one attribute, from their tallies (no source record is read).
std::vector<ValueTally> TalliedValues(storage::GraphReader& graph, const ClaimSubject& subject);
// The same for every attribute under `prefix` (a family or ClaimPrefix), in key order.
void ScanTalliedValues(storage::GraphReader& graph, const std::string& prefix,
                       const std::function<void(const ClaimSubject&, const std::vector<ValueTally>&)>& fn);

// Visits the claims under `prefix` (a family, ClaimPrefix or AttributePrefix) in key order,
// each value once with its sources.
void ScanClaims(storage::GraphReader& graph, const std::string& prefix,
                const std::function<void(const ClaimSubject&, const ClaimRecord&)>& fn);

// Two values that can both be true: equal, or one partial date refining the other.
bool Compatible(const Value& a, const Value& b);

// The attributes and qualifiers that hold one value (a second, different value is a dispute).
bool IsFunctional(const std::string& attribute);

// The attributes whose value changes with time (an age): a value holds at a date, the
// article's when the sentence gives none, and undated values are compared with nothing.
bool IsTimeBound(const std::string& attribute);

}  // namespace kg::knowledge
