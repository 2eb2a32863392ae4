// storage/graph_store.h — the property-graph store of kg, on RocksDB.
//
// Nodes (labels + properties) and directed, typed relationships (+ properties), with
// adjacency readable in both directions per node and per relationship type, an index
// from (label, name) to node (exact and case-insensitive; `name` and each of `aliases`),
// counters per label, per relationship type and per node degree, and one record per
// compiled article. Every change goes through a Transaction, committed as one RocksDB
// WriteBatch: a crash never leaves half a transaction.
//
// Errors are never read as absence: a read that meets a corrupt file or an I/O error
// returns what it can (nothing, or a scan cut short) and the transaction keeps the
// DatabaseError in status(); Commit then refuses to write, so no decision taken on a
// failed read reaches the disk.
//
// Thread-safety: GraphStore::Begin may be called from several threads. One Transaction is
// used by one thread. Commits are serialised by the store; the Database lets one write
// transaction run at a time, so transactions need no conflict detection.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"
#include "kg/value.h"

namespace rocksdb {
class Env;
}

namespace kg::storage {

using NodeId = uint64_t;
using RelId = uint64_t;
using PropertyMap = kg::Map;  // values are never nodes, relationships or paths

struct NodeRecord {
  NodeId id = 0;
  std::vector<std::string> labels;
  PropertyMap properties;
};

struct RelRecord {
  RelId id = 0;
  std::string type;
  NodeId start = 0;
  NodeId end = 0;
  PropertyMap properties;
};

// A stored relationship as a query value: its id, type and ends; its properties are read when
// a query asks for them.
inline Value RelationshipRef(const RelRecord& r) {
  Relationship rel;
  rel.id = static_cast<int64_t>(r.id);
  rel.type = r.type;
  rel.start = static_cast<int64_t>(r.start);
  rel.end = static_cast<int64_t>(r.end);
  return Value(std::move(rel));
}

enum class Direction { kOutgoing, kIncoming, kBoth };

// One entry of a node's adjacency, seen from that node.
struct Edge {
  RelId rel = 0;
  NodeId neighbour = 0;
  std::string type;
  bool outgoing = true;  // the node is the relationship's start
};

// What one compiled article contributed, so a changed version can be retracted. Paths
// with the same content share its article: each has a record, all naming the same
// article_id and contributions (ArticlePaths lists them).
struct ArticleRecord {
  std::string path;          // the key: one record per article path
  std::string article_id;    // stable id derived from the content
  std::string content_hash;
  NodeId article_node = 0;
  std::vector<NodeId> nodes;  // entities it mentions
  std::vector<RelId> rels;    // relationships it is a source of
};

// One article's statement of a fact: kept as its own record (keys.h `sources`), so a fact
// stated by many articles never makes one value that grows with them.
struct SourceRecord {
  std::string article;          // Article id
  std::string evidence;         // the verbatim sentence
  std::string kind = "body";    // body | caption | standfirst
  uint64_t begin = 0, end = 0;  // the sentence's byte offsets in the article's text
};

// Read access; implemented by Transaction (which sees its own uncommitted writes).
class GraphReader {
 public:
  virtual ~GraphReader() = default;

  virtual std::optional<NodeRecord> GetNode(NodeId id) = 0;
  // GetNode without a copy: null when the node does not exist. An unchanged stored record
  // is shared with the store's other readers (decoded once while the database does not
  // change); the caller must not keep it past the transaction if it needs current data.
  virtual std::shared_ptr<const NodeRecord> ReadNode(NodeId id) = 0;
  // A relationship with sources (SourceRecord) has them as three list properties, in
  // article id order: `sources` (article ids), `evidence` and `evidence_kind`.
  virtual std::optional<RelRecord> GetRel(RelId id) = 0;

  // The sources of `rel` in article id order; stops when fn returns false. Streams: the
  // records are read as they are visited.
  virtual void ScanSources(RelId rel, const std::function<bool(const SourceRecord&)>& fn) = 0;
  // The source of `rel` that `article` is, if any: one Get.
  virtual std::optional<SourceRecord> GetSource(RelId rel, std::string_view article) = 0;

  // Visits node ids in ascending order; all nodes when label is empty. Stops when fn returns false.
  virtual void ScanNodes(std::string_view label, const std::function<bool(NodeId)>& fn) = 0;
  // Visits every node's record in ascending id order, in one pass over the stored records:
  // for a reader that will need most of them, cheaper than a GetNode each. Stops when fn
  // returns false.
  virtual void ScanNodeRecords(const std::function<bool(const NodeRecord&)>& fn) = 0;
  // Visits every relationship id (of `type` when non-empty) in ascending order.
  virtual void ScanRels(std::string_view type, const std::function<bool(RelId)>& fn) = 0;
  // Relationships of `node` in direction `dir`, of `type` when non-empty.
  virtual std::vector<Edge> Edges(NodeId node, Direction dir, std::string_view type) = 0;
  // Nodes whose `name` or one of whose `aliases` equals `name` (label may be empty = any).
  virtual std::vector<NodeId> FindByName(std::string_view label, std::string_view name,
                                         bool case_insensitive) = 0;
  // Nodes whose `name` or one of whose `aliases` begins with `prefix` (label may be empty =
  // any), ascending and each once: a range of the name index (`STARTS WITH` on a name).
  virtual std::vector<NodeId> FindByNamePrefix(std::string_view label, std::string_view prefix) = 0;

  // Maintained counters (no scans).
  virtual int64_t CountNodes(std::string_view label) = 0;  // all nodes when label is empty
  virtual int64_t CountRels(std::string_view type) = 0;    // all when type is empty
  virtual int64_t Degree(NodeId node, Direction dir, std::string_view type) = 0;

  // Catalog, sorted.
  virtual std::vector<std::string> Labels() = 0;
  virtual std::vector<std::string> RelTypes() = 0;
  virtual std::vector<std::string> PropertyKeys() = 0;

  virtual std::optional<ArticleRecord> GetArticle(std::string_view path) = 0;
  virtual void ScanArticles(const std::function<bool(const ArticleRecord&)>& fn) = 0;
  // The paths whose record names `article_id`, sorted.
  virtual std::vector<std::string> ArticlePaths(std::string_view article_id) = 0;

  // Engine-owned records (value claims, disputes, ...), opaque to storage, kept in their
  // own column family. Keys sort bytewise; ScanAux visits keys starting with prefix.
  virtual std::optional<std::string> GetAux(std::string_view key) = 0;
  virtual void ScanAux(std::string_view prefix,
                       const std::function<bool(std::string_view key, std::string_view value)>& fn) = 0;

  // Engine-owned counters, maintained by merges (no read to add to one): visits the
  // non-zero tallies whose key starts with prefix, in key order.
  virtual void ScanTallies(std::string_view prefix,
                           const std::function<bool(std::string_view key, int64_t count)>& fn) = 0;

  // OK, or the DatabaseError ("database corrupt: PATH: ...", an I/O error) the first
  // failed read of this transaction met. Reads after it may have missed data.
  virtual Status status() = 0;
};

class Transaction : public GraphReader {
 public:
  virtual NodeId CreateNode(std::vector<std::string> labels, PropertyMap properties) = 0;
  // A null value removes the property.
  virtual void SetNodeProperty(NodeId id, const std::string& key, Value value) = 0;
  virtual void AddLabel(NodeId id, const std::string& label) = 0;
  virtual void RemoveLabel(NodeId id, const std::string& label) = 0;
  // Fails (RuntimeError) while the node still has relationships: delete those first.
  virtual Status DeleteNode(NodeId id) = 0;

  virtual RelId CreateRel(const std::string& type, NodeId start, NodeId end, PropertyMap properties) = 0;
  virtual void SetRelProperty(RelId id, const std::string& key, Value value) = 0;
  // Also deletes the relationship's sources.
  virtual void DeleteRel(RelId id) = 0;
  // Adds (or replaces) the source `source.article` of `rel`.
  virtual void PutSource(RelId rel, const SourceRecord& source) = 0;
  virtual void DeleteSource(RelId rel, std::string_view article) = 0;

  virtual void PutArticle(const ArticleRecord& record) = 0;
  virtual void DeleteArticle(std::string_view path) = 0;

  virtual void PutAux(std::string_view key, std::string_view value) = 0;
  virtual void DeleteAux(std::string_view key) = 0;
  // Adds delta to the tally `key` (ScanTallies); written as one merge operand at Commit.
  virtual void AddToTally(std::string_view key, int64_t delta) = 0;

  // Writes everything as one WriteBatch. After Commit or Rollback the transaction is done.
  // Returns status() without writing when a read failed, and a DatabaseError naming the
  // cause when the write fails (disk full, I/O error).
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
};

class GraphStore {
 public:
  struct Options {
    bool read_only = false;
    bool create_if_missing = true;
    bool in_memory = false;  // RocksDB on an in-memory Env: for tests and the TCK runner
    rocksdb::Env* env = nullptr;  // when set (tests: a failing disk), RocksDB's files go through it
  };

  // Opens the database directory, creating it when missing (and create_if_missing). A
  // database whose creation was cut short (RocksDB files, no key yet) is initialised as new.
  // DatabaseError when missing (and !create_if_missing), not a folder, in a missing or
  // unreadable folder, locked by another process ("database is locked by another process:
  // PATH"), corrupt, holding data but no format version, or of a newer format version.
  static Status Open(const std::string& path, const Options& options, std::unique_ptr<GraphStore>* store);

  virtual ~GraphStore() = default;

  // A transaction over the current state. Read-only stores give transactions whose
  // Commit fails with a DatabaseError when they hold writes.
  virtual std::unique_ptr<Transaction> Begin() = 0;

  // OK, or the first DatabaseError any transaction met (Transaction::status()): for callers
  // that do not hold the transaction, such as the query engine's.
  virtual Status status() const = 0;
};

}  // namespace kg::storage
