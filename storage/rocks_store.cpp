#include "storage/rocks_store.h"

#include <filesystem>

#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/filter_policy.h>

#include "storage/merge_operators.h"
#include "storage/transaction_impl.h"

namespace kg::storage {

namespace {

rocksdb::ColumnFamilyOptions FamilyOptions(int family) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = true;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  if (family == keys::kCounts) options.merge_operator = NewCounterMerge();
  if (family == keys::kAdjacency) options.merge_operator = NewAdjacencyMerge();
  return options;
}

// RocksDB reports a held LOCK file as an IOError mentioning the lock; users get one sentence.
Status TranslateOpenError(const rocksdb::Status& s, const std::string& path) {
  std::string message = s.ToString();
  if (message.find("lock") != std::string::npos || message.find("Resource temporarily unavailable") != std::string::npos)
    return Status::Database("database is locked by another process: " + path);
  if (s.IsCorruption()) return Status::Database("database is corrupt: " + path + " (" + message + ")");
  return Status::Database("cannot open database " + path + ": " + message);
}

}  // namespace

Status GraphStore::Open(const std::string& path, const Options& options, std::unique_ptr<GraphStore>* store) {
  return RocksStore::OpenRocks(path, options, store);
}

RocksStore::~RocksStore() {
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  delete db_;
}

Status RocksStore::OpenRocks(const std::string& path, const Options& options, std::unique_ptr<GraphStore>* out) {
  std::unique_ptr<RocksStore> store(new RocksStore());
  rocksdb::DBOptions db_options;
  if (options.in_memory) {
    store->mem_env_.reset(rocksdb::NewMemEnv(rocksdb::Env::Default()));
    db_options.env = store->mem_env_.get();
  } else {
    bool exists = std::filesystem::exists(std::filesystem::path(path) / "CURRENT");
    if (!exists && (!options.create_if_missing || options.read_only))
      return Status::Database("no database at " + path);
  }
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  db_options.info_log_level = rocksdb::InfoLogLevel::ERROR_LEVEL;
  db_options.keep_log_file_num = 2;
  bool created = options.in_memory || !std::filesystem::exists(std::filesystem::path(path) / "CURRENT");

  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (int f = 0; f < keys::kFamilyCount; ++f) families.emplace_back(keys::FamilyName(f), FamilyOptions(f));
  rocksdb::Status s = options.read_only
                          ? rocksdb::DB::OpenForReadOnly(db_options, path, families, &store->handles_, &store->db_)
                          : rocksdb::DB::Open(db_options, path, families, &store->handles_, &store->db_);
  if (!s.ok()) return TranslateOpenError(s, path);
  store->read_only_ = options.read_only;
  Status format = store->CheckFormat(created);
  if (!format.ok()) return format;
  *out = std::move(store);
  return Status::Ok();
}

uint64_t RocksStore::ReadMetaNumber(const std::string& key) {
  std::string value;
  if (!db_->Get(rocksdb::ReadOptions(), handles_[keys::kMeta], key, &value).ok()) return 0;
  return std::strtoull(value.c_str(), nullptr, 10);
}

Status RocksStore::CheckFormat(bool created) {
  uint64_t version = ReadMetaNumber("format_version");
  if (version == 0 && created && !read_only_) {
    rocksdb::Status s = db_->Put(rocksdb::WriteOptions(), handles_[keys::kMeta], "format_version",
                                 std::to_string(keys::kFormatVersion));
    if (!s.ok()) return Status::Database("cannot initialise database: " + s.ToString());
    version = keys::kFormatVersion;
  }
  if (version == 0) return Status::Database("not a kg database (no format version)");
  if (version > keys::kFormatVersion)
    return Status::Database("database format v" + std::to_string(version) + " is newer than this kg supports (v" +
                            std::to_string(keys::kFormatVersion) + ")");
  next_node_id_ = std::max<uint64_t>(ReadMetaNumber("next_node_id"), 0);
  next_rel_id_ = std::max<uint64_t>(ReadMetaNumber("next_rel_id"), 0);
  return Status::Ok();
}

std::unique_ptr<Transaction> RocksStore::Begin() { return std::make_unique<TransactionImpl>(this); }

}  // namespace kg::storage
