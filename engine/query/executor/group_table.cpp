#include "engine/query/executor/group_table.h"

#include <cmath>
#include <functional>
#include <string>

#include "engine/query/expression/value_ops.h"

namespace kg::query {

namespace {

using Type = Value::Type;

// Values whose GroupKey equality is plain equality of their type's value.
bool Plain(Type t) {
  return t == Type::kNull || t == Type::kBool || t == Type::kInt || t == Type::kString || t == Type::kNode ||
         t == Type::kRelationship;
}

size_t Mix(size_t seed, size_t h) { return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)); }

}  // namespace

size_t GroupHash(const Value& v) {
  switch (v.type()) {
    case Type::kNull:
      return 0x6e756c6cU;
    case Type::kBool:
      return v.as_bool() ? 1 : 2;
    // An integer and a float that group together are the same double, and hash as one.
    case Type::kInt:
      return std::hash<double>()(static_cast<double>(v.as_int()));
    case Type::kFloat:
      return std::isnan(v.as_float()) ? 0x6e616eU : std::hash<double>()(v.as_float());
    case Type::kString:
      return std::hash<std::string>()(v.as_string());
    case Type::kNode:
      return Mix(3, static_cast<size_t>(v.as_node().id));
    case Type::kRelationship:
      return Mix(4, static_cast<size_t>(v.as_relationship().id));
    default:
      return std::hash<std::string>()(GroupKey(v));
  }
}

bool SameGroup(const Value& a, const Value& b) {
  Type t = a.type();
  if (t == b.type() && Plain(t)) {
    switch (t) {
      case Type::kNull:
        return true;
      case Type::kBool:
        return a.as_bool() == b.as_bool();
      case Type::kInt:
        return a.as_int() == b.as_int();
      case Type::kString:
        return a.as_string() == b.as_string();
      case Type::kNode:
        return a.as_node().id == b.as_node().id;
      default:
        return a.as_relationship().id == b.as_relationship().id;
    }
  }
  if ((Plain(t) || Plain(b.type())) && !(a.is_number() && b.is_number())) return false;
  return GroupKey(a) == GroupKey(b);
}

size_t GroupTable::Intern(const std::vector<Value>& key, size_t next, bool* fresh) {
  if (2 * (used_ + 1) > slots_.size()) Grow();
  size_t hash = 0;
  for (const auto& v : key) hash = Mix(hash, GroupHash(v));
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.position == kEmpty) {
      slot = {hash, next};
      ++used_;
      *fresh = true;
      return next;
    }
    if (slot.hash != hash) continue;
    const std::vector<Value>& candidate = keys_at_(slot.position);
    bool same = candidate.size() == key.size();
    for (size_t k = 0; same && k < key.size(); ++k) same = SameGroup(candidate[k], key[k]);
    if (same) {
      *fresh = false;
      return slot.position;
    }
  }
}

void GroupTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot());
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.position == kEmpty) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].position != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace kg::query
