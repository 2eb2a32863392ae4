// engine/query/executor/group_table.h — finding a group by its key values, without building
// a string per row.
//
// Two keys are the same group when GroupKey (value_ops.h) says so, value by value: 1 and
// 1.0 group together, a list by its items. Keys of nulls, booleans, integers, strings,
// nodes and relationships (the common ones: `RETURN q.name, count(*)`, `WITH q, count(p)`)
// are hashed and compared as they are; other keys fall back to their GroupKey strings.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "kg/value.h"

namespace kg::query {

class GroupTable {
 public:
  // `keys_at(position)` returns the key recorded at a position, for as long as the table
  // is used (the caller keeps the keys: HashAggregation's groups).
  explicit GroupTable(std::function<const std::vector<Value>&(size_t)> keys_at)
      : keys_at_(std::move(keys_at)) {}

  // The position of the group `key` belongs to; when it is new, `next` is recorded as its
  // position and *fresh set.
  size_t Intern(const std::vector<Value>& key, size_t next, bool* fresh);
  void Clear() {
    slots_.clear();
    used_ = 0;
  }

 private:
  static constexpr size_t kEmpty = static_cast<size_t>(-1);
  struct Slot {
    size_t hash = 0;
    size_t position = kEmpty;
  };
  void Grow();

  std::function<const std::vector<Value>&(size_t)> keys_at_;
  // Open addressing with linear probing, at most half full: one probe into one array per
  // row mostly, where a node-based map chases a pointer per lookup.
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

// Hash and equality of single values with GroupKey's meaning (exposed for DISTINCT).
size_t GroupHash(const Value& v);
bool SameGroup(const Value& a, const Value& b);

}  // namespace kg::query
