// storage/keys.h — column families and key layouts of the kg database.
//
// Key grammar (ids are big-endian u64 so keys sort by id; strings end with 0x00):
//
//   meta       "format_version" | "next_node_id" | "next_rel_id"  -> decimal text
//   nodes      node_id                                  -> codec node
//   rels       rel_id                                   -> codec rel
//   adjacency  node_id dir type 0x00                    -> codec adjacency (AdjacencyMerge)
//              dir := 'i' (incoming) | 'o' (outgoing)
//   index      'L' label 0x00 node_id                   -> ""   nodes by label
//              'T' type 0x00 rel_id                     -> ""   relationships by type
//              'N' label 0x00 name 0x00 node_id         -> ""   exact name or alias
//              'n' label 0x00 folded 0x00 node_id       -> ""   case-folded name or alias
//              (name entries are written once per label and once with the empty label)
//              'P' article_id 0x00 path                 -> ""   paths that hold an article
//   counts     'A' | 'R' | 'L' label | 'T' type | 'K' key  -> int64 LE (CounterMerge)
//              all nodes, all rels, nodes per label, rels per type, uses of a property key
//              'E' engine_key                           -> int64 LE (CounterMerge)
//              tallies the engine keeps (sources per claimed value, mentions per name form)
//   articles   path                                     -> codec article record
//   aux        engine-defined key                       -> engine-defined value
//   sources    rel_id article_id 0x00                   -> codec source (sentence, kind, offsets)
//              one record per (fact, article): a fact's `sources`, `evidence` and
//              `evidence_kind` lists are read from them, in article id order, so adding a
//              source is one Put whatever the number of sources before it
//
// Format versions: 1 kept a fact's sources as list properties of its relationship record;
// 2 keeps them in `sources`. A version 1 database is refused (built again from its articles).
//
// Node degree per (direction, type) is the count header of its adjacency value: one Get.
#pragma once

#include <string>
#include <string_view>

#include "storage/codec.h"

namespace kg::storage::keys {

enum Family {
  kMeta = 0,
  kNodes,
  kRels,
  kAdjacency,
  kIndex,
  kCounts,
  kArticles,
  kAux,
  kSources,
  kFamilyCount
};

inline const char* FamilyName(int f) {
  static const char* names[] = {"default", "nodes",    "rels", "adjacency", "index",
                                "counts",  "articles", "aux",  "sources"};
  return names[f];
}

inline constexpr uint64_t kFormatVersion = 2;
inline constexpr const char* kFormatVersionKey = "format_version";
inline constexpr const char* kNextNodeIdKey = "next_node_id";
inline constexpr const char* kNextRelIdKey = "next_rel_id";

inline std::string Id(uint64_t id) {
  std::string k;
  codec::PutBigEndian64(&k, id);
  return k;
}

inline std::string Adjacency(NodeId node, bool outgoing, std::string_view type) {
  std::string k = Id(node);
  k.push_back(outgoing ? 'o' : 'i');
  k.append(type);
  k.push_back('\0');
  return k;
}

inline std::string AdjacencyPrefix(NodeId node, bool outgoing) {
  std::string k = Id(node);
  k.push_back(outgoing ? 'o' : 'i');
  return k;
}

inline std::string LabelPrefix(std::string_view label) {
  std::string k = "L";
  k.append(label);
  k.push_back('\0');
  return k;
}

inline std::string TypePrefix(std::string_view type) {
  std::string k = "T";
  k.append(type);
  k.push_back('\0');
  return k;
}

inline std::string NamePrefix(bool folded, std::string_view label, std::string_view name) {
  std::string k(1, folded ? 'n' : 'N');
  k.append(label);
  k.push_back('\0');
  k.append(folded ? codec::FoldCase(name) : std::string(name));
  k.push_back('\0');
  return k;
}

inline std::string ArticlePathPrefix(std::string_view article_id) {
  std::string k = "P";
  k.append(article_id);
  k.push_back('\0');
  return k;
}

inline std::string ArticlePath(std::string_view article_id, std::string_view path) {
  return ArticlePathPrefix(article_id).append(path);
}

inline std::string Source(RelId rel, std::string_view article_id) {
  std::string k = Id(rel);
  k.append(article_id);
  k.push_back('\0');
  return k;
}

inline std::string Tally(std::string_view engine_key) {
  std::string k = "E";
  k.append(engine_key);
  return k;
}

inline std::string Counter(char kind, std::string_view name = {}) {
  std::string k(1, kind);
  k.append(name);
  return k;
}

}  // namespace kg::storage::keys
