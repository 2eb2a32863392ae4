#include "storage/rocks_store.h"

#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <filesystem>

#include "storage/merge_operators.h"
#include "storage/rocks_errors.h"
#include "storage/rocks_logger.h"
#include "storage/transaction_impl.h"

namespace kg::storage {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxSuccessiveMerges = 16;

rocksdb::ColumnFamilyOptions FamilyOptions(int family) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = true;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  if (family == keys::kCounts) options.merge_operator = NewCounterMerge();
  if (family == keys::kAdjacency) options.merge_operator = NewAdjacencyMerge();
  // A key merged by every article (the tally of a name a story repeats, a hub's MENTIONS)
  // would otherwise pile up one operand per commit in the memtable, and every read of it
  // would merge them all: past this many the memtable keeps the merged value instead.
  if (options.merge_operator) options.max_successive_merges = kMaxSuccessiveMerges;
  // Most relationships (MENTIONS, any made with Cypher) have no sources, and each read of
  // one seeks them: a bloom filter of rel id prefixes lets that seek skip every file.
  if (family == keys::kSources) {
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(8));
    options.memtable_prefix_bloom_size_ratio = 0.02;
  }
  // A commit writes these families' keys in ascending order (node and relationship ids,
  // adjacency keys from a sorted map); with one hint for the whole family (a 1-byte prefix),
  // each memtable insert starts where the previous one ended instead of at the top.
  if (family == keys::kNodes || family == keys::kRels || family == keys::kAdjacency)
    options.memtable_insert_with_hint_prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(1));
  return options;
}

// What the folder is, before RocksDB sees it: a file, an unreadable parent or a missing
// parent would otherwise come back as a raw RocksDB message (or, from std::filesystem, an
// exception).
Status CheckFolder(const std::string& path, const GraphStore::Options& options) {
  std::error_code ec;
  fs::file_status folder = fs::status(path, ec);
  if (folder.type() == fs::file_type::none)
    return Status::Database("cannot open database " + path + ": " + ec.message());
  if (fs::exists(folder) && !fs::is_directory(folder))
    return Status::Database("cannot open database " + path + ": it is a file, not a database folder");
  fs::file_status current = fs::status(fs::path(path) / "CURRENT", ec);
  if (current.type() == fs::file_type::none)
    return Status::Database("cannot open database " + path + ": " + ec.message());
  if (!fs::exists(current) && (!options.create_if_missing || options.read_only))
    return Status::Database("no database at " + path);
  fs::path parent = fs::absolute(path, ec).parent_path();
  if (!fs::exists(folder) && !fs::is_directory(parent, ec))
    return Status::Database("cannot create database " + path + ": folder " + parent.string() +
                            " does not exist");
  return Status::Ok();
}

// The families the database at `path` holds, as keys::Family values; every family when
// there is no database yet (RocksDB creates them). An older kg's database lacks the
// families added since: opening it must not add them, or that kg could no longer open it.
std::vector<int> ExistingFamilies(const rocksdb::DBOptions& options, const std::string& path) {
  std::vector<std::string> names;
  std::vector<int> families;
  bool listed = rocksdb::DB::ListColumnFamilies(options, path, &names).ok();
  for (int f = 0; f < keys::kFamilyCount; ++f)
    if (!listed || std::find(names.begin(), names.end(), keys::FamilyName(f)) != names.end())
      families.push_back(f);
  return families;
}

}  // namespace

Status GraphStore::Open(const std::string& path, const Options& options, std::unique_ptr<GraphStore>* store) {
  return RocksStore::OpenRocks(path, options, store);
}

RocksStore::~RocksStore() {
  FoldAdjacencyOperands();
  for (auto* h : handles_)
    if (h) db_->DestroyColumnFamilyHandle(h);
  delete db_;
}

// Adjacency values are written as merge operands (keys.h) and stay operands until a
// compaction reaches the last level: until then every read folds them again, a Get its
// key's and a scan each key it steps over (`MATCH (p:Person)-[:KNOWS]->(q)` reads every
// person's). A session that wrote operands for a good part of the family's keys (a load,
// an import) compacts the family as the store closes, so later sessions read one value
// per key; a few writes leave it to RocksDB. A failed compaction leaves the operands,
// which read the same.
void RocksStore::FoldAdjacencyOperands() {
  constexpr uint64_t kMinOperands = 1000;
  uint64_t operands = adjacency_operands_.load(), keys = 0;
  if (read_only_ || operands < kMinOperands) return;
  db_->GetIntProperty(handles_[keys::kAdjacency], "rocksdb.estimate-num-keys", &keys);
  if (operands * 8 < keys) return;
  rocksdb::CompactRangeOptions options;
  options.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForceOptimized;
  db_->CompactRange(options, handles_[keys::kAdjacency], nullptr, nullptr);
}

Status RocksStore::OpenRocks(const std::string& path, const Options& options,
                             std::unique_ptr<GraphStore>* out) {
  std::unique_ptr<RocksStore> store(new RocksStore());
  store->path_ = path;
  rocksdb::DBOptions db_options;
  if (options.in_memory) {
    store->mem_env_.reset(rocksdb::NewMemEnv(rocksdb::Env::Default()));
    db_options.env = store->mem_env_.get();
  } else {
    Status folder = CheckFolder(path, options);
    if (!folder.ok()) return folder;
    if (options.env) db_options.env = options.env;
  }
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  db_options.info_log = NewKgRocksLogger();
  // A torn last record is what a crash leaves, and is dropped; damage before it is an
  // error, where RocksDB's default would drop everything after it without a word.
  db_options.wal_recovery_mode = rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords;

  std::vector<int> opened = ExistingFamilies(db_options, path);
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (int f : opened) families.emplace_back(keys::FamilyName(f), FamilyOptions(f));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status s = options.read_only
                          ? rocksdb::DB::OpenForReadOnly(db_options, path, families, &handles, &store->db_)
                          : rocksdb::DB::Open(db_options, path, families, &handles, &store->db_);
  if (!s.ok()) return OpenFailure(s, path);
  store->handles_.assign(keys::kFamilyCount, nullptr);
  for (size_t i = 0; i < opened.size(); ++i) store->handles_[opened[i]] = handles[i];
  store->read_only_ = options.read_only;
  Status format = store->CheckFormat();
  if (!format.ok()) return format;
  *out = std::move(store);
  return Status::Ok();
}

// Creates the families an older kg did not have, once the format check let the database in.
Status RocksStore::CreateMissingFamilies() {
  for (int f = 0; f < keys::kFamilyCount; ++f) {
    if (handles_[f]) continue;
    if (read_only_)
      return CorruptRecord(path_, std::string("the column family ") + keys::FamilyName(f) + " is missing");
    rocksdb::Status s = db_->CreateColumnFamily(FamilyOptions(f), keys::FamilyName(f), &handles_[f]);
    if (!s.ok()) return DatabaseFailure(s, path_);
  }
  return Status::Ok();
}

Status RocksStore::ReadMetaNumber(const std::string& key, uint64_t* number) {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[keys::kMeta], key, &value);
  *number = s.ok() ? std::strtoull(value.c_str(), nullptr, 10) : 0;
  return s.ok() || s.IsNotFound() ? Status::Ok() : DatabaseFailure(s, path_);
}

// True when no family holds a key: what RocksDB leaves when a process creating the
// database is killed before kg wrote its format version.
Status RocksStore::HoldsNoKey(bool* empty) {
  *empty = true;
  for (auto* family : handles_) {
    if (!family) continue;
    rocksdb::ReadOptions every_key;
    every_key.total_order_seek = true;  // past the prefix bloom of the sources family
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(every_key, family));
    it->SeekToFirst();
    if (!it->status().ok()) return DatabaseFailure(it->status(), path_);
    if (it->Valid()) *empty = false;
  }
  return Status::Ok();
}

// The format version, synced: a database either has
// them or holds nothing, whenever the process creating it dies.
Status RocksStore::Initialise() {
  rocksdb::WriteBatch batch;
  batch.Put(handles_[keys::kMeta], keys::kFormatVersionKey, std::to_string(keys::kFormatVersion));
  rocksdb::WriteOptions options;
  options.sync = true;
  rocksdb::Status s = db_->Write(options, &batch);
  return s.ok() ? Status::Ok() : DatabaseFailure(s, path_);
}

// A folder RocksDB opened that holds no key at all is a database whose creation was cut
// short: it is initialised now (or, read-only, read as an empty graph). Keys without a
// format version are someone else's data, and refused.
Status RocksStore::CheckFormat() {
  uint64_t version = 0;
  Status s = ReadMetaNumber(keys::kFormatVersionKey, &version);
  if (!s.ok()) return s;
  if (version == 0) {
    bool empty = false;
    s = HoldsNoKey(&empty);
    if (!s.ok()) return s;
    if (!empty) return Status::Database("not a kg database (no format version): " + path_);
    if (!read_only_ && (!(s = CreateMissingFamilies()).ok() || !(s = Initialise()).ok())) return s;
    version = keys::kFormatVersion;
  }
  if (version > keys::kFormatVersion)
    return Status::Database("database format v" + std::to_string(version) +
                            " is newer than this kg supports (v" + std::to_string(keys::kFormatVersion) +
                            ")");
  if (version < keys::kFormatVersion)
    return Status::Database("database format v" + std::to_string(version) +
                            " is older than this kg reads (v" + std::to_string(keys::kFormatVersion) +
                            "): " + path_ +
                            " keeps facts' sources in a layout kg no longer reads; build a new database from "
                            "the same articles (kg build --db NEW PATH...)");
  if (!(s = CreateMissingFamilies()).ok()) return s;
  uint64_t next_node = 0, next_rel = 0;
  if (!(s = ReadMetaNumber(keys::kNextNodeIdKey, &next_node)).ok()) return s;
  if (!(s = ReadMetaNumber(keys::kNextRelIdKey, &next_rel)).ok()) return s;
  next_node_id_ = next_node;
  next_rel_id_ = next_rel;
  return Status::Ok();
}

Status RocksStore::status() const {
  std::lock_guard<std::mutex> lock(error_mutex_);
  return error_;
}

Status RocksStore::RecordError(Status error) {
  std::lock_guard<std::mutex> lock(error_mutex_);
  if (error_.ok()) error_ = error;
  return error;
}

std::unique_ptr<Transaction> RocksStore::Begin() { return std::make_unique<TransactionImpl>(this); }

}  // namespace kg::storage
