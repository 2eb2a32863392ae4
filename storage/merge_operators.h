// storage/merge_operators.h — RocksDB merge operators that let writers append instead of
// read-modify-write:
//   CounterMerge    int64 (8 bytes little-endian) operands are summed.
//   AdjacencyMerge  operands "A" (varint rel varint neighbour)+ (add) or "D" (varint rel)+
//                   (delete) applied to the packed adjacency list of codec.h. A commit
//                   writes one operand per key, so reads merge few operands.
#pragma once

#include <memory>
#include <string>

#include <rocksdb/merge_operator.h>

#include "storage/codec.h"

namespace kg::storage {

std::shared_ptr<rocksdb::MergeOperator> NewCounterMerge();
std::shared_ptr<rocksdb::MergeOperator> NewAdjacencyMerge();

std::string CounterOperand(int64_t delta);
int64_t DecodeCounter(std::string_view value);
// Appends one entry to an add ("A...") or delete ("D...") operand being built.
void AppendAdjacencyAdd(std::string* operand, RelId rel, NodeId neighbour);
void AppendAdjacencyDelete(std::string* operand, RelId rel);

}  // namespace kg::storage
