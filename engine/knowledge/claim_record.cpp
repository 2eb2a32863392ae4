#include "engine/knowledge/claim_record.h"

#include "storage/codec.h"

namespace kg::knowledge {

namespace codec = storage::codec;

std::string ClaimPrefix(const char* family, uint64_t id) {
  std::string k = family;
  codec::PutBigEndian64(&k, id);
  return k;
}

std::string ClaimKey(const char* family, uint64_t id, const std::string& attribute, const Value& value) {
  return ClaimPrefix(family, id) + attribute + '\0' + value.ToString() + '\0';
}

void ParseClaimKey(std::string_view key, size_t family_length, uint64_t* id, std::string* attribute) {
  *id = codec::GetBigEndian64(key.substr(family_length, 8));
  std::string_view rest = key.substr(family_length + 8);
  *attribute = std::string(rest.substr(0, rest.find('\0')));
}

std::string EncodeClaim(const ClaimRecord& claim) {
  std::string out;
  codec::PutValue(&out, claim.value);
  codec::PutString(&out, "");  // legacy_as_of
  codec::PutVarint(&out, claim.sources.size());
  for (const auto& s : claim.sources) {
    codec::PutString(&out, s.article);
    codec::PutString(&out, s.evidence);
    codec::PutString(&out, s.kind);
  }
  for (const auto& s : claim.sources) codec::PutString(&out, s.as_of);
  return out;
}

bool DecodeClaim(std::string_view in, ClaimRecord* claim) {
  uint64_t n;
  std::string legacy_as_of;
  if (!codec::GetValue(&in, &claim->value) || !codec::GetString(&in, &legacy_as_of) || !codec::GetVarint(&in, &n))
    return false;
  claim->sources.resize(n);
  for (auto& s : claim->sources)
    if (!codec::GetString(&in, &s.article) || !codec::GetString(&in, &s.evidence) || !codec::GetString(&in, &s.kind))
      return false;
  for (auto& s : claim->sources)
    if (in.empty()) s.as_of = legacy_as_of;
    else if (!codec::GetString(&in, &s.as_of)) return false;
  return true;
}

// A partial ISO date or number as text; "1994" is compatible with "1994-03".
bool Compatible(const Value& a, const Value& b) {
  if (a.is_string() && b.is_string()) {
    const std::string &x = a.as_string(), &y = b.as_string();
    const std::string& shorter = x.size() < y.size() ? x : y;
    const std::string& longer = x.size() < y.size() ? y : x;
    return longer.compare(0, shorter.size(), shorter) == 0 &&
           (longer.size() == shorter.size() || longer[shorter.size()] == '-');
  }
  return a == b;
}

bool IsFunctional(const std::string& attribute) {
  static const char* functional[] = {"date", "years_sentenced", "years_served", "age", "born", "retired",
                                     "published", "died"};
  for (const char* f : functional)
    if (attribute == f) return true;
  return false;
}

bool IsTimeBound(const std::string& attribute) { return attribute == "age"; }

}  // namespace kg::knowledge
