#include "storage/codec.h"

#include <algorithm>
#include <cstring>

namespace kg::storage::codec {

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    uint8_t byte = static_cast<uint8_t>((*in)[0]);
    in->remove_prefix(1);
    result |= uint64_t(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

bool GetString(std::string_view* in, std::string* s) {
  uint64_t n;
  if (!GetVarint(in, &n) || n > in->size()) return false;
  s->assign(in->data(), n);
  in->remove_prefix(n);
  return true;
}

void PutBigEndian64(std::string* out, uint64_t v) {
  for (int i = 7; i >= 0; --i) out->push_back(static_cast<char>((v >> (i * 8)) & 0xff));
}

uint64_t GetBigEndian64(std::string_view in) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(in[i]);
  return v;
}

namespace {

enum Tag : uint8_t { kNull, kFalse, kTrue, kInt, kDouble, kString, kList, kMap, kTemporal };

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

void PutProperties(std::string* out, const PropertyMap& props) {
  PutVarint(out, props.size());
  for (const auto& [key, value] : props) {
    PutString(out, key);
    PutValue(out, value);
  }
}

bool GetProperties(std::string_view* in, PropertyMap* props) {
  uint64_t n;
  if (!GetVarint(in, &n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key;
    Value value;
    if (!GetString(in, &key) || !GetValue(in, &value)) return false;
    props->emplace(std::move(key), std::move(value));
  }
  return true;
}

void PutIdList(std::string* out, const std::vector<uint64_t>& ids) {
  PutVarint(out, ids.size());
  for (uint64_t id : ids) PutVarint(out, id);
}

bool GetIdList(std::string_view* in, std::vector<uint64_t>* ids) {
  uint64_t n, id;
  if (!GetVarint(in, &n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    if (!GetVarint(in, &id)) return false;
    ids->push_back(id);
  }
  return true;
}

// The six kinds share one layout (kg/temporal.h says which fields each kind uses).
void PutTemporal(std::string* out, const Temporal& t) {
  out->push_back(static_cast<char>(t.kind));
  for (int64_t field : {t.days, t.nanos, t.months, t.seconds, int64_t{t.offset}}) PutVarint(out, ZigZag(field));
  PutString(out, t.zone);
}

bool GetTemporal(std::string_view* in, Temporal* t) {
  if (in->empty() || static_cast<uint8_t>((*in)[0]) > static_cast<uint8_t>(Temporal::Kind::kDuration)) return false;
  t->kind = static_cast<Temporal::Kind>((*in)[0]);
  in->remove_prefix(1);
  uint64_t u[5];
  for (auto& field : u)
    if (!GetVarint(in, &field)) return false;
  t->days = UnZigZag(u[0]);
  t->nanos = UnZigZag(u[1]);
  t->months = UnZigZag(u[2]);
  t->seconds = UnZigZag(u[3]);
  t->offset = static_cast<int32_t>(UnZigZag(u[4]));
  return GetString(in, &t->zone);
}

}  // namespace

void PutValue(std::string* out, const Value& v) {
  switch (v.type()) {
    case Value::Type::kBool: out->push_back(v.as_bool() ? kTrue : kFalse); return;
    case Value::Type::kInt: out->push_back(kInt); PutVarint(out, ZigZag(v.as_int())); return;
    case Value::Type::kFloat: {
      out->push_back(kDouble);
      double d = v.as_float();
      char buf[8];
      std::memcpy(buf, &d, 8);
      out->append(buf, 8);
      return;
    }
    case Value::Type::kString: out->push_back(kString); PutString(out, v.as_string()); return;
    case Value::Type::kList:
      out->push_back(kList);
      PutVarint(out, v.as_list().size());
      for (const auto& item : v.as_list()) PutValue(out, item);
      return;
    case Value::Type::kMap: out->push_back(kMap); PutProperties(out, v.as_map()); return;
    case Value::Type::kTemporal: out->push_back(kTemporal); PutTemporal(out, v.as_temporal()); return;
    default: out->push_back(kNull); return;  // graph values are never stored
  }
}

bool GetValue(std::string_view* in, Value* v) {
  if (in->empty()) return false;
  uint8_t tag = static_cast<uint8_t>((*in)[0]);
  in->remove_prefix(1);
  switch (tag) {
    case kNull: *v = Value(); return true;
    case kFalse: *v = Value(false); return true;
    case kTrue: *v = Value(true); return true;
    case kInt: {
      uint64_t u;
      if (!GetVarint(in, &u)) return false;
      *v = Value(UnZigZag(u));
      return true;
    }
    case kDouble: {
      if (in->size() < 8) return false;
      double d;
      std::memcpy(&d, in->data(), 8);
      in->remove_prefix(8);
      *v = Value(d);
      return true;
    }
    case kString: {
      std::string s;
      if (!GetString(in, &s)) return false;
      *v = Value(std::move(s));
      return true;
    }
    case kList: {
      uint64_t n;
      if (!GetVarint(in, &n)) return false;
      List list;
      for (uint64_t i = 0; i < n; ++i) {
        Value item;
        if (!GetValue(in, &item)) return false;
        list.push_back(std::move(item));
      }
      *v = Value(std::move(list));
      return true;
    }
    case kTemporal: {
      Temporal t;
      if (!GetTemporal(in, &t)) return false;
      *v = Value(std::move(t));
      return true;
    }
    case kMap: {
      Map map;
      if (!GetProperties(in, &map)) return false;
      *v = Value(std::move(map));
      return true;
    }
  }
  return false;
}

std::string EncodeNode(const NodeRecord& node) {
  std::string out;
  PutVarint(&out, node.labels.size());
  for (const auto& label : node.labels) PutString(&out, label);
  PutProperties(&out, node.properties);
  return out;
}

bool DecodeNode(NodeId id, std::string_view in, NodeRecord* node) {
  node->id = id;
  uint64_t n;
  if (!GetVarint(&in, &n)) return false;
  node->labels.resize(n);
  for (auto& label : node->labels)
    if (!GetString(&in, &label)) return false;
  return GetProperties(&in, &node->properties);
}

std::string EncodeRel(const RelRecord& rel) {
  std::string out;
  PutString(&out, rel.type);
  PutVarint(&out, rel.start);
  PutVarint(&out, rel.end);
  PutProperties(&out, rel.properties);
  return out;
}

bool DecodeRel(RelId id, std::string_view in, RelRecord* rel) {
  rel->id = id;
  return GetString(&in, &rel->type) && GetVarint(&in, &rel->start) && GetVarint(&in, &rel->end) &&
         GetProperties(&in, &rel->properties);
}

std::string EncodeSource(const SourceRecord& s) {
  std::string out;
  PutString(&out, s.evidence);
  PutString(&out, s.kind);
  PutVarint(&out, s.begin);
  PutVarint(&out, s.end);
  return out;
}

bool DecodeSource(std::string_view article, std::string_view in, SourceRecord* s) {
  s->article = std::string(article);
  return GetString(&in, &s->evidence) && GetString(&in, &s->kind) && GetVarint(&in, &s->begin) &&
         GetVarint(&in, &s->end);
}

std::string EncodeArticle(const ArticleRecord& a) {
  std::string out;
  PutString(&out, a.path);
  PutString(&out, a.article_id);
  PutString(&out, a.content_hash);
  PutVarint(&out, a.article_node);
  PutIdList(&out, a.nodes);
  PutIdList(&out, a.rels);
  return out;
}

bool DecodeArticle(std::string_view in, ArticleRecord* a) {
  return GetString(&in, &a->path) && GetString(&in, &a->article_id) && GetString(&in, &a->content_hash) &&
         GetVarint(&in, &a->article_node) && GetIdList(&in, &a->nodes) && GetIdList(&in, &a->rels);
}

std::string EncodeAdjacency(const std::vector<AdjEntry>& entries) {
  std::string out;
  PutVarint(&out, entries.size());
  RelId previous = 0;
  for (const auto& e : entries) {
    PutVarint(&out, e.rel - previous);
    PutVarint(&out, e.neighbour);
    previous = e.rel;
  }
  return out;
}

bool DecodeAdjacency(std::string_view in, std::vector<AdjEntry>* entries) {
  uint64_t n;
  if (!GetVarint(&in, &n)) return false;
  entries->reserve(entries->size() + std::min<uint64_t>(n, in.size()));  // a corrupt count must not allocate
  RelId rel = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t delta, neighbour;
    if (!GetVarint(&in, &delta) || !GetVarint(&in, &neighbour)) return false;
    rel += delta;
    entries->push_back({rel, neighbour});
  }
  return true;
}

std::string FoldCase(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {  // Latin-1 supplement capitals À..Þ
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

}  // namespace kg::storage::codec
