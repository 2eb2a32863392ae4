// storage/codec.h — binary encodings of values, records and keys.
//
// Keys sort bytewise in the order of their tuples: ids are big-endian u64, strings end
// with 0x00 (labels, types and names never contain NUL). Values use varints:
//
//   value     := tag payload
//     tag 0 null | 1 false | 2 true | 3 int (zigzag varint) | 4 double (8 bytes LE)
//       | 5 string (varint len, bytes) | 6 list (varint n, value*) | 7 map (varint n, (string value)*)
//       | 8 temporal (kind(1) zigzag days, nanos, months, seconds, offset; string zone)
//           -- kind: 0 date, 1 localtime, 2 time, 3 localdatetime, 4 datetime, 5 duration
//   node      := varint nlabels (string)* props
//   rel       := string type, varint start, varint end, props
//   props     := varint n (string value)*     -- keys sorted
//   source    := string evidence, string kind, varint begin, varint end   -- article id in the key
//   adjacency := varint count (varint rel_delta varint neighbour)*   -- ascending rel ids
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/graph_store.h"

namespace kg::storage::codec {

void PutVarint(std::string* out, uint64_t v);
bool GetVarint(std::string_view* in, uint64_t* v);
void PutString(std::string* out, std::string_view s);
bool GetString(std::string_view* in, std::string* s);
void PutBigEndian64(std::string* out, uint64_t v);
uint64_t GetBigEndian64(std::string_view in);

void PutValue(std::string* out, const Value& v);
bool GetValue(std::string_view* in, Value* v);

std::string EncodeNode(const NodeRecord& node);
bool DecodeNode(NodeId id, std::string_view in, NodeRecord* node);
std::string EncodeRel(const RelRecord& rel);
bool DecodeRel(RelId id, std::string_view in, RelRecord* rel);
std::string EncodeArticle(const ArticleRecord& article);
bool DecodeArticle(std::string_view in, ArticleRecord* article);
std::string EncodeSource(const SourceRecord& source);
bool DecodeSource(std::string_view article, std::string_view in, SourceRecord* source);

// One adjacency entry and the packed list of a (node, direction, type).
struct AdjEntry {
  RelId rel;
  NodeId neighbour;
};
std::string EncodeAdjacency(const std::vector<AdjEntry>& entries);
bool DecodeAdjacency(std::string_view in, std::vector<AdjEntry>* entries);

// Lower-cases ASCII letters and the common Latin-1 range of UTF-8, for the
// case-insensitive name index.
std::string FoldCase(std::string_view s);

}  // namespace kg::storage::codec
