// storage/transaction_impl.h — a Transaction over RocksStore.
//
// Writes are kept in memory as the final state of every touched node, relationship,
// article record, aux record and source (nullopt = deleted), and as deltas of tallies.
// Reads merge that overlay with the database, so a statement sees its own writes. Commit
// diffs each touched item against the database and writes records, index entries, counter
// deltas and merge operands in one WriteBatch (transaction_write.cpp).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/adjacency_cursor.h"
#include "storage/rocks_store.h"

namespace kg::storage {

// Counter deltas and adjacency operands of one commit, gathered per key.
struct CommitBuffers {
  std::map<std::string, int64_t> counters;
  std::map<std::string, std::string> adjacency_adds, adjacency_deletes;
};

class TransactionImpl : public Transaction {
 public:
  explicit TransactionImpl(RocksStore* store) : store_(store) {}

  std::optional<NodeRecord> GetNode(NodeId id) override;
  std::shared_ptr<const NodeRecord> ReadNode(NodeId id) override;
  std::optional<RelRecord> GetRel(RelId id) override;
  void ScanSources(RelId rel, const std::function<bool(const SourceRecord&)>& fn) override;
  std::optional<SourceRecord> GetSource(RelId rel, std::string_view article) override;
  void ScanNodes(std::string_view label, const std::function<bool(NodeId)>& fn) override;
  void ScanNodeRecords(const std::function<bool(const NodeRecord&)>& fn) override;
  void ScanRels(std::string_view type, const std::function<bool(RelId)>& fn) override;
  std::vector<Edge> Edges(NodeId node, Direction dir, std::string_view type) override;
  std::vector<NodeId> FindByName(std::string_view label, std::string_view name, bool case_insensitive) override;
  std::vector<NodeId> FindByNamePrefix(std::string_view label, std::string_view prefix) override;
  int64_t CountNodes(std::string_view label) override;
  int64_t CountRels(std::string_view type) override;
  int64_t Degree(NodeId node, Direction dir, std::string_view type) override;
  std::vector<std::string> Labels() override;
  std::vector<std::string> RelTypes() override;
  std::vector<std::string> PropertyKeys() override;
  std::optional<ArticleRecord> GetArticle(std::string_view path) override;
  void ScanArticles(const std::function<bool(const ArticleRecord&)>& fn) override;
  std::vector<std::string> ArticlePaths(std::string_view article_id) override;
  std::optional<std::string> GetAux(std::string_view key) override;
  void ScanAux(std::string_view prefix,
               const std::function<bool(std::string_view, std::string_view)>& fn) override;
  void ScanTallies(std::string_view prefix,
                   const std::function<bool(std::string_view, int64_t)>& fn) override;
  Status status() override { return error_; }

  NodeId CreateNode(std::vector<std::string> labels, PropertyMap properties) override;
  void SetNodeProperty(NodeId id, const std::string& key, Value value) override;
  void AddLabel(NodeId id, const std::string& label) override;
  void RemoveLabel(NodeId id, const std::string& label) override;
  Status DeleteNode(NodeId id) override;
  RelId CreateRel(const std::string& type, NodeId start, NodeId end, PropertyMap properties) override;
  void SetRelProperty(RelId id, const std::string& key, Value value) override;
  void DeleteRel(RelId id) override;
  void PutSource(RelId rel, const SourceRecord& source) override;
  void DeleteSource(RelId rel, std::string_view article) override;
  void PutArticle(const ArticleRecord& record) override;
  void DeleteArticle(std::string_view path) override;
  void PutAux(std::string_view key, std::string_view value) override;
  void DeleteAux(std::string_view key) override;
  void AddToTally(std::string_view key, int64_t delta) override;
  Status Commit() override;
  void Rollback() override;

 private:
  // Written records of one family: key -> value, nullopt = deleted in this transaction.
  using Overlay = std::map<std::string, std::optional<std::string>, std::less<>>;

  // Visits in key order the keys under `prefix` as this transaction sees them: the stored
  // ones merged with `overlay`, both streamed.
  // REQUIRES: fn does not write to this transaction.
  void ScanMerged(keys::Family family, std::string_view prefix, const Overlay& overlay,
                  const std::function<bool(std::string_view key, std::string_view value)>& fn);
  void TakeWriteLock();
  // Sets `sources`, `evidence` and `evidence_kind` of a relationship that has sources.
  void AddSourceProperties(RelRecord* rel);
  bool StoredHasSources(RelId rel);
  // Counts the three source properties of each relationship whose sources changed from
  // none to some (or back), as SetRelProperty would have counted them.
  void CountSourceProperties(CommitBuffers* buffers);
  // Get from `family`: true when found; NotFound is false; any other failure is kept in
  // error_ (and the store's status) and is false too.
  bool GetStored(keys::Family family, std::string_view key, std::string* value);
  std::unique_ptr<rocksdb::Iterator> NewIterator(keys::Family family);
  // After a scan: keeps the failure that ended it early, if any.
  void CheckScan(const rocksdb::Iterator& it);
  void RecordCorrupt(const std::string& what);
  int64_t StoredCounter(const std::string& key);
  std::set<std::string> PositiveCounters(char kind);
  std::optional<NodeRecord> StoredNode(NodeId id);
  // Puts every stored node record in the store's NodeCache: for a transaction that has
  // read many one by one (ReadNode).
  void CacheAllNodes(uint64_t sequence);
  std::optional<ArticleRecord> GetStoredArticle(std::string_view path);
  std::optional<RelRecord> StoredRel(RelId id);
  NodeRecord* MutableNode(NodeId id);
  // The path whose article record holds `id` as its Article node; "" for other nodes.
  std::string CompiledArticlePath(NodeId id);
  RelRecord* MutableRel(RelId id);
  void IndexNames(const NodeRecord& node);
  void StoredEdges(NodeId node, bool outgoing, std::string_view type, std::vector<Edge>* out);
  AdjacencyCursor& Adjacency();  // made at the first read of adjacency
  void ScanIndex(const std::string& prefix, const std::function<bool(uint64_t)>& fn);
  bool HasWrites() const {
    return !nodes_.empty() || !rels_.empty() || !articles_.empty() || !aux_.empty() || !sources_.empty() ||
           !tallies_.empty();
  }
  void ApplyNodeDiff(rocksdb::WriteBatch* batch, CommitBuffers* buffers, NodeId id,
                     const std::optional<NodeRecord>& after);
  void ApplyArticleDiff(rocksdb::WriteBatch* batch, const std::string& path, const std::optional<ArticleRecord>& after);
  void ApplyRelDiff(rocksdb::WriteBatch* batch, CommitBuffers* buffers, RelId id, const std::optional<RelRecord>& after);

  RocksStore* store_;
  std::map<NodeId, std::optional<NodeRecord>> nodes_;
  std::map<RelId, std::optional<RelRecord>> rels_;
  std::unordered_map<NodeId, std::set<RelId>> touched_rels_by_node_;  // overlay rels per endpoint
  // Folded name or alias -> overlay nodes that have had it in this transaction: a superset
  // that FindByName re-checks, so that it need not scan every overlay node.
  std::unordered_map<std::string, std::set<NodeId>> overlay_names_;
  std::map<std::string, std::optional<ArticleRecord>, std::less<>> articles_;
  Overlay aux_;
  Overlay sources_;                                      // keys::Source -> codec source
  std::map<std::string, int64_t, std::less<>> tallies_;  // engine key -> delta
  Status error_;  // the first failed read
  std::unique_ptr<AdjacencyCursor> adjacency_;
  int64_t node_cache_misses_ = 0;
  int64_t bulk_read_after_ = 0;  // ReadNode's misses before CacheAllNodes; -1 never; 0 not known yet
  std::unique_lock<std::mutex> write_lock_;  // held from the first write to Commit/Rollback
  // The store's next ids when write_lock_ was taken: ids from these on were made by this
  // transaction and have no stored version to diff against (a bulk import saves a Get each).
  NodeId first_new_node_ = 0;
  RelId first_new_rel_ = 0;
};

}  // namespace kg::storage
