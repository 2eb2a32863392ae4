#include "storage/merge_operators.h"

#include <algorithm>
#include <cstring>

namespace kg::storage {

std::string CounterOperand(int64_t delta) {
  std::string out(8, '\0');
  std::memcpy(out.data(), &delta, 8);
  return out;
}

int64_t DecodeCounter(std::string_view value) {
  int64_t v = 0;
  if (value.size() == 8) std::memcpy(&v, value.data(), 8);
  return v;
}

void AppendAdjacencyAdd(std::string* operand, RelId rel, NodeId neighbour) {
  if (operand->empty()) operand->push_back('A');
  codec::PutVarint(operand, rel);
  codec::PutVarint(operand, neighbour);
}

void AppendAdjacencyDelete(std::string* operand, RelId rel) {
  if (operand->empty()) operand->push_back('D');
  codec::PutVarint(operand, rel);
}

namespace {

class CounterMerge : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* new_value, rocksdb::Logger*) const override {
    int64_t sum = existing ? DecodeCounter(std::string_view(existing->data(), existing->size())) : 0;
    sum += DecodeCounter(std::string_view(value.data(), value.size()));
    *new_value = CounterOperand(sum);
    return true;
  }
  const char* Name() const override { return "kg.CounterMerge"; }
};

// Applies one operand to a list kept sorted by relationship id. New relationships have the
// highest ids, so an add is almost always an append.
bool ApplyAdjacencyOperand(std::string_view op, std::vector<codec::AdjEntry>* entries) {
  if (op.empty() || (op[0] != 'A' && op[0] != 'D')) return false;
  char kind = op[0];
  op.remove_prefix(1);
  while (!op.empty()) {
    uint64_t rel, neighbour = 0;
    if (!codec::GetVarint(&op, &rel)) return false;
    if (kind == 'A' && !codec::GetVarint(&op, &neighbour)) return false;
    bool append = entries->empty() || entries->back().rel < rel;
    auto pos = append ? entries->end()
                      : std::lower_bound(entries->begin(), entries->end(), rel,
                                         [](const codec::AdjEntry& e, uint64_t r) { return e.rel < r; });
    bool present = pos != entries->end() && pos->rel == rel;
    if (kind == 'A' && !present) entries->insert(pos, {rel, neighbour});
    if (kind == 'D' && present) entries->erase(pos);
  }
  return true;
}

class AdjacencyMerge : public rocksdb::MergeOperator {
 public:
  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    std::vector<codec::AdjEntry> entries;
    if (in.existing_value &&
        !codec::DecodeAdjacency(std::string_view(in.existing_value->data(), in.existing_value->size()),
                                &entries))
      return false;
    for (const auto& operand : in.operand_list)
      if (!ApplyAdjacencyOperand(std::string_view(operand.data(), operand.size()), &entries)) return false;
    out->new_value = codec::EncodeAdjacency(entries);
    return true;
  }
  const char* Name() const override { return "kg.AdjacencyMerge"; }
};

}  // namespace

std::shared_ptr<rocksdb::MergeOperator> NewCounterMerge() { return std::make_shared<CounterMerge>(); }
std::shared_ptr<rocksdb::MergeOperator> NewAdjacencyMerge() { return std::make_shared<AdjacencyMerge>(); }

}  // namespace kg::storage
