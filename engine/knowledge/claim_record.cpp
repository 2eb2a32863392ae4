#include "engine/knowledge/claim_record.h"

#include <cstring>
#include <tuple>

#include "storage/codec.h"

namespace kg::knowledge {

namespace codec = storage::codec;

namespace {

// Splits off the text up to the next 0x00 (and the 0x00 itself).
std::string_view TakeField(std::string_view* rest) {
  size_t end = rest->find('\0');
  std::string_view field = rest->substr(0, end);
  rest->remove_prefix(end == std::string_view::npos ? rest->size() : end + 1);
  return field;
}

const char* FamilyOf(std::string_view key) {
  for (const char* family : {kNodeClaims, kRelClaims})
    if (key.substr(0, std::strlen(family)) == family) return family;
  return nullptr;
}

// What follows family, id and attribute in a key.
std::string_view AfterSubject(std::string_view key) {
  const char* family = FamilyOf(key);
  std::string_view rest = key.substr(std::strlen(family) + 8);
  TakeField(&rest);
  return rest;
}

}  // namespace

bool ClaimSubject::operator<(const ClaimSubject& o) const {
  return std::make_tuple(std::string_view(family), id, attribute) <
         std::make_tuple(std::string_view(o.family), o.id, o.attribute);
}

std::string ClaimPrefix(const char* family, uint64_t id) {
  std::string k = family;
  codec::PutBigEndian64(&k, id);
  return k;
}

std::string AttributePrefix(const ClaimSubject& subject) {
  return ClaimPrefix(subject.family, subject.id) + subject.attribute + '\0';
}

std::string ClaimSourceKey(const ClaimSubject& subject, const Value& value, const Source& source) {
  return AttributePrefix(subject) + value.ToString() + '\0' + source.article + '\0' + source.as_of;
}

std::string ClaimTallyKey(const ClaimSubject& subject, const Value& value, const std::string& as_of) {
  std::string k = AttributePrefix(subject) + value.ToString() + '\0';
  codec::PutValue(&k, value);  // the typed value, so that a tally alone gives it back
  return k + as_of;
}

std::string ContributionPrefix(const std::string& article) { return "contrib/" + article + '\0'; }

bool ParseClaimSubject(std::string_view key, ClaimSubject* subject) {
  subject->family = FamilyOf(key);
  if (!subject->family) return false;
  size_t at = std::strlen(subject->family);
  if (key.size() < at + 8) return false;
  subject->id = codec::GetBigEndian64(key.substr(at, 8));
  std::string_view rest = key.substr(at + 8);
  subject->attribute = std::string(TakeField(&rest));
  return true;
}

std::string EncodeClaimSource(const Value& value, const Source& source) {
  std::string out;
  codec::PutValue(&out, value);
  codec::PutString(&out, source.evidence);
  codec::PutString(&out, source.kind);
  codec::PutVarint(&out, source.begin);
  codec::PutVarint(&out, source.end);
  return out;
}

bool DecodeClaimSource(std::string_view key, std::string_view record, Value* value, Source* source) {
  std::string_view rest = AfterSubject(key);
  TakeField(&rest);  // the value's text
  source->article = std::string(TakeField(&rest));
  source->as_of = std::string(rest);
  return codec::GetValue(&record, value) && codec::GetString(&record, &source->evidence) &&
         codec::GetString(&record, &source->kind) && codec::GetVarint(&record, &source->begin) &&
         codec::GetVarint(&record, &source->end);
}

void ScanTalliedValues(storage::GraphReader& graph, const std::string& prefix,
                       const std::function<void(const ClaimSubject&, const std::vector<ValueTally>&)>& fn) {
  ClaimSubject subject;
  std::vector<ValueTally> values;
  std::string subject_key, last_text;  // the key up to the attribute; the value's text
  graph.ScanTallies(prefix, [&](std::string_view key, int64_t count) {
    ClaimSubject s;
    if (!ParseClaimSubject(key, &s)) return true;
    std::string_view rest = AfterSubject(key);
    std::string_view this_subject_key = key.substr(0, key.size() - rest.size());
    std::string_view text = TakeField(&rest);
    Value value;
    if (!codec::GetValue(&rest, &value)) return true;
    if (this_subject_key != subject_key) {
      if (!values.empty()) fn(subject, values);
      subject = s;
      values.clear();
      subject_key = std::string(this_subject_key);
    }
    if (values.empty() || text != last_text) values.push_back({std::move(value), {}, 0});
    last_text = std::string(text);
    values.back().by_date.emplace_back(std::string(rest), count);
    values.back().sources += count;
    return true;
  });
  if (!values.empty()) fn(subject, values);
}

std::vector<ValueTally> TalliedValues(storage::GraphReader& graph, const ClaimSubject& subject) {
  std::vector<ValueTally> out;
  ScanTalliedValues(graph, AttributePrefix(subject),
                    [&](const ClaimSubject&, const std::vector<ValueTally>& values) { out = values; });
  return out;
}

void ScanClaims(storage::GraphReader& graph, const std::string& prefix,
                const std::function<void(const ClaimSubject&, const ClaimRecord&)>& fn) {
  ClaimSubject subject;
  ClaimRecord claim;
  std::string value_key;  // the key up to the value's text: one claim
  graph.ScanAux(prefix, [&](std::string_view key, std::string_view record) {
    ClaimSubject s;
    if (!ParseClaimSubject(key, &s)) return true;
    std::string_view rest = AfterSubject(key);
    TakeField(&rest);
    std::string_view this_value_key = key.substr(0, key.size() - rest.size());
    Value value;
    Source source;
    if (!DecodeClaimSource(key, record, &value, &source)) return true;
    if (this_value_key != value_key) {
      if (!claim.sources.empty()) fn(subject, claim);
      subject = s;
      claim = ClaimRecord{std::move(value), {}};
      value_key = std::string(this_value_key);
    }
    claim.sources.push_back(std::move(source));
    return true;
  });
  if (!claim.sources.empty()) fn(subject, claim);
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
  static const char* functional[] = {"date", "years_sentenced", "years_served", "age",
                                     "born", "retired",         "published",    "died"};
  for (const char* f : functional)
    if (attribute == f) return true;
  return false;
}

bool IsTimeBound(const std::string& attribute) { return attribute == "age"; }

}  // namespace kg::knowledge
