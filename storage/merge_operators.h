// storage/merge_operators.h — RocksDB merge operators that let writers append instead of
// read-modify-write:
//   CounterMerge    int64 (8 bytes little-endian) operands are summed.
//   AdjacencyMerge  operands "A" varint rel varint neighbour (add) or "D" varint rel
//                   (delete) applied to the packed adjacency list of codec.h.
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
std::string AdjacencyAddOperand(RelId rel, NodeId neighbour);
std::string AdjacencyDeleteOperand(RelId rel);

}  // namespace kg::storage
