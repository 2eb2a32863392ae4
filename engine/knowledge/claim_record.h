// engine/knowledge/claim_record.h — encoding of claim records and their aux keys
// (layout in knowledge_store.h).
#pragma once

#include <string>
#include <vector>

#include "engine/knowledge/knowledge_store.h"

namespace kg::knowledge {

struct ClaimRecord {
  Value value;
  std::vector<Source> sources;  // in article id order, each with its sentence and as_of
};

std::string ClaimPrefix(const char* family, uint64_t id);  // "claim/" or "qual/" + id
std::string ClaimKey(const char* family, uint64_t id, const std::string& attribute, const Value& value);
// Splits a key into (id, attribute).
void ParseClaimKey(std::string_view key, size_t family_length, uint64_t* id, std::string* attribute);

std::string EncodeClaim(const ClaimRecord& claim);
bool DecodeClaim(std::string_view in, ClaimRecord* claim);

// Two values that can both be true: equal, or one partial date refining the other.
bool Compatible(const Value& a, const Value& b);

// The attributes and qualifiers that hold one value (a second, different value is a dispute).
bool IsFunctional(const std::string& attribute);

// The attributes whose value changes with time (an age): a value holds at a date, the
// article's when the sentence gives none, and undated values are compared with nothing.
bool IsTimeBound(const std::string& attribute);

}  // namespace kg::knowledge
