// Storage when the disk or the files fail: a corrupt table file, a full disk, a creation
// cut short, a path that is no database folder. Every failure is a DatabaseError; none is
// read as "not found", none aborts.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <rocksdb/file_system.h>
#include <rocksdb/metadata.h>

#include "storage/graph_store.h"
#include "storage/keys.h"
#include "storage/merge_operators.h"

namespace kg::storage {
namespace {

namespace fs = std::filesystem;

std::string TempDir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("kg_failure_test_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  return dir.string();
}

// The database opened with plain RocksDB, behind kg's back.
class RawDb {
 public:
  explicit RawDb(const std::string& dir) {
    rocksdb::DBOptions options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (int f = 0; f < keys::kFamilyCount; ++f) {
      rocksdb::ColumnFamilyOptions family;
      if (f == keys::kCounts) family.merge_operator = NewCounterMerge();
      if (f == keys::kAdjacency) family.merge_operator = NewAdjacencyMerge();
      families.emplace_back(keys::FamilyName(f), family);
    }
    status_ = rocksdb::DB::Open(options, dir, families, &handles_, &db_);
  }
  ~RawDb() {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    delete db_;
  }
  bool ok() const { return status_.ok(); }
  rocksdb::DB* db() { return db_; }
  rocksdb::ColumnFamilyHandle* cf(keys::Family f) { return handles_[f]; }
  // Moves every family's data from the write-ahead log into table files.
  bool Flush() { return db_->Flush(rocksdb::FlushOptions(), handles_).ok(); }
  // The table files of one family.
  std::vector<std::string> TableFiles(const std::string& dir, keys::Family family) {
    std::vector<rocksdb::LiveFileMetaData> files;
    db_->GetLiveFilesMetaData(&files);
    std::vector<std::string> out;
    for (const auto& f : files)
      if (f.column_family_name == keys::FamilyName(family)) out.push_back(dir + "/" + f.name);
    return out;
  }

 private:
  rocksdb::Status status_;
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

// Overwrites the start of the first data block, as a bad sector would.
void Damage(const std::string& file) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(4);
  f.write("\xde\xad\xbe\xef\xde\xad\xbe\xef\xde\xad\xbe\xef", 12);
}

// Builds a database of `people` Person nodes and one article record, its families in table
// files, and damages the table files of `family`.
void BuildAndDamage(const std::string& dir, int people, keys::Family family) {
  {
    std::unique_ptr<GraphStore> store;
    ASSERT_TRUE(GraphStore::Open(dir, {}, &store).ok());
    auto txn = store->Begin();
    for (int i = 0; i < people; ++i) txn->CreateNode({"Person"}, {{"name", Value("P" + std::to_string(i))}});
    txn->PutArticle({"/a.txt", "id1", "id1", 0, {}, {}});
    ASSERT_TRUE(txn->Commit().ok());
  }
  RawDb raw(dir);
  ASSERT_TRUE(raw.ok());
  ASSERT_TRUE(raw.Flush());
  auto files = raw.TableFiles(dir, family);
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) Damage(file);
}

bool SaysCorrupt(const Status& s) {
  return s.kind() == ErrorKind::kDatabase && s.message().find("database corrupt: ") != std::string::npos;
}

TEST(CorruptFile, AScanIsAnErrorNotAnEmptyGraph) {
  std::string dir = TempDir("scan");
  BuildAndDamage(dir, 40, keys::kNodes);
  std::unique_ptr<GraphStore> store;
  Status opened = GraphStore::Open(dir, {}, &store);
  ASSERT_TRUE(opened.ok()) << opened.ToString();
  auto txn = store->Begin();
  int seen = 0;
  txn->ScanNodes("", [&](NodeId) { return ++seen, true; });
  EXPECT_TRUE(SaysCorrupt(txn->status())) << txn->status().ToString() << " after " << seen << " nodes";
  EXPECT_NE(txn->status().message().find(dir), std::string::npos) << "names the database";
  EXPECT_TRUE(SaysCorrupt(store->status()));
  EXPECT_TRUE(SaysCorrupt(txn->Commit()));
  store.reset();
  fs::remove_all(dir);
}

TEST(CorruptFile, AGetIsAnErrorNotAMissingNode) {
  std::string dir = TempDir("get");
  BuildAndDamage(dir, 3, keys::kNodes);
  std::unique_ptr<GraphStore> store;
  ASSERT_TRUE(GraphStore::Open(dir, {}, &store).ok());
  auto txn = store->Begin();
  EXPECT_FALSE(txn->GetNode(0));
  EXPECT_TRUE(SaysCorrupt(txn->status())) << txn->status().ToString();
  store.reset();
  fs::remove_all(dir);
}

// A build reads the article index to know whether an article is new: on a damaged index
// it must refuse, not compile the article a second time.
TEST(CorruptFile, NoWriteRestsOnAFailedRead) {
  std::string dir = TempDir("commit");
  BuildAndDamage(dir, 3, keys::kArticles);
  std::unique_ptr<GraphStore> store;
  ASSERT_TRUE(GraphStore::Open(dir, {}, &store).ok());
  auto txn = store->Begin();
  EXPECT_FALSE(txn->GetArticle("/a.txt"));
  ASSERT_TRUE(SaysCorrupt(txn->status())) << txn->status().ToString();
  txn->CreateNode({"Article"}, {});
  txn->PutArticle({"/a.txt", "id1", "id1", 3, {}, {}});
  EXPECT_TRUE(SaysCorrupt(txn->Commit()));
  EXPECT_EQ(store->Begin()->CountNodes(""), 3) << "nothing was written";
  store.reset();
  fs::remove_all(dir);
}

// A file system that runs out of space when told to.
class FillingFileSystem : public rocksdb::FileSystemWrapper {
 public:
  explicit FillingFileSystem(std::atomic<bool>* full)
      : rocksdb::FileSystemWrapper(rocksdb::FileSystem::Default()), full_(full) {}
  const char* Name() const override { return "FillingFileSystem"; }

  rocksdb::IOStatus NewWritableFile(const std::string& name, const rocksdb::FileOptions& options,
                                    std::unique_ptr<rocksdb::FSWritableFile>* file,
                                    rocksdb::IODebugContext* debug) override {
    rocksdb::IOStatus s = target()->NewWritableFile(name, options, file, debug);
    if (s.ok()) *file = std::make_unique<FillingFile>(std::move(*file), full_);
    return s;
  }

 private:
  class FillingFile : public rocksdb::FSWritableFileOwnerWrapper {
   public:
    FillingFile(std::unique_ptr<rocksdb::FSWritableFile> file, std::atomic<bool>* full)
        : rocksdb::FSWritableFileOwnerWrapper(std::move(file)), full_(full) {}
    rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                             rocksdb::IODebugContext* debug) override {
      if (*full_) return rocksdb::IOStatus::NoSpace("no space left on device");
      return target()->Append(data, options, debug);
    }
    rocksdb::IOStatus Append(const rocksdb::Slice& data, const rocksdb::IOOptions& options,
                             const rocksdb::DataVerificationInfo&, rocksdb::IODebugContext* debug) override {
      return Append(data, options, debug);
    }

   private:
    std::atomic<bool>* full_;
  };

  std::atomic<bool>* full_;
};

TEST(FullDisk, WritesFailWithADatabaseErrorAndNothingAborts) {
  std::string dir = TempDir("full");
  std::atomic<bool> full{false};
  std::unique_ptr<rocksdb::Env> env = rocksdb::NewCompositeEnv(std::make_shared<FillingFileSystem>(&full));
  {
    GraphStore::Options options;
    options.env = env.get();
    std::unique_ptr<GraphStore> store;
    ASSERT_TRUE(GraphStore::Open(dir, options, &store).ok());
    full = true;
    for (int attempt = 0; attempt < 3; ++attempt) {  // a build goes on to the next article
      auto txn = store->Begin();
      txn->CreateNode({"Person"}, {{"name", Value("Ann")}});
      Status s = txn->Commit();
      EXPECT_EQ(s.kind(), ErrorKind::kDatabase) << s.ToString();
      EXPECT_NE(s.message().find(dir), std::string::npos) << s.message();
    }
  }  // closing with a full disk
  full = false;
  std::unique_ptr<GraphStore> store;
  ASSERT_TRUE(GraphStore::Open(dir, {}, &store).ok());
  EXPECT_EQ(store->Begin()->CountNodes(""), 0);
  store.reset();
  fs::remove_all(dir);
}

// What a process killed in its first milliseconds of `kg build` leaves: RocksDB's files
// and families, no key. It is a new database, not "not a kg database".
TEST(Creation, CutShortIsInitialisedAsNew) {
  std::string dir = TempDir("cut");
  {
    RawDb raw(dir);
    ASSERT_TRUE(raw.ok());
  }
  for (bool read_only : {true, false}) {
    GraphStore::Options options;
    options.read_only = read_only;
    std::unique_ptr<GraphStore> store;
    Status s = GraphStore::Open(dir, options, &store);
    ASSERT_TRUE(s.ok()) << (read_only ? "read-only: " : "") << s.ToString();
    EXPECT_EQ(store->Begin()->CountNodes(""), 0);
  }
  RawDb raw(dir);
  std::string version;
  EXPECT_TRUE(
      raw.db()->Get(rocksdb::ReadOptions(), raw.cf(keys::kMeta), keys::kFormatVersionKey, &version).ok());
  fs::remove_all(dir);
}

TEST(Creation, DataWithoutAVersionIsRefused) {
  std::string dir = TempDir("noversion");
  {
    RawDb raw(dir);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE(raw.db()->Put(rocksdb::WriteOptions(), raw.cf(keys::kNodes), keys::Id(1), "x").ok());
  }
  std::unique_ptr<GraphStore> store;
  Status s = GraphStore::Open(dir, {}, &store);
  EXPECT_EQ(s.kind(), ErrorKind::kDatabase);
  EXPECT_NE(s.message().find("not a kg database"), std::string::npos) << s.message();
  fs::remove_all(dir);
}

TEST(OpenFolder, AFileIsNoDatabase) {
  std::string file = TempDir("file");
  std::ofstream(file) << "not a database";
  std::unique_ptr<GraphStore> store;
  Status s = GraphStore::Open(file, {}, &store);
  EXPECT_EQ(s.kind(), ErrorKind::kDatabase);
  EXPECT_NE(s.message().find("not a database folder"), std::string::npos) << s.message();
  fs::remove(file);
}

TEST(OpenFolder, AMissingParentIsAnError) {
  std::unique_ptr<GraphStore> store;
  Status s = GraphStore::Open(TempDir("parent") + "/no/such/g.db", {}, &store);
  EXPECT_EQ(s.kind(), ErrorKind::kDatabase);
  EXPECT_NE(s.message().find("does not exist"), std::string::npos) << s.message();
}

TEST(OpenFolder, LeavesNoLogFiles) {
  std::string dir = TempDir("log");
  for (bool read_only : {false, true, true}) {
    GraphStore::Options options;
    options.read_only = read_only;
    std::unique_ptr<GraphStore> store;
    ASSERT_TRUE(GraphStore::Open(dir, options, &store).ok());
  }
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename().string().rfind("LOG", 0), std::string::npos) << entry.path();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kg::storage
