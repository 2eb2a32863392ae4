#include "storage/rocks_errors.h"

#include <fcntl.h>
#include <unistd.h>

namespace kg::storage {

namespace {

constexpr const char* kRebuildHint = "; restore it from a backup or delete it and rebuild with kg build";

// " (process 1234 holds it)": who holds RocksDB's LOCK file, which it locks with fcntl, as
// fcntl can tell; "" when it cannot (no file, or the lock is gone already).
std::string LockHolder(const std::string& path) {
  int fd = ::open((path + "/LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  struct flock query {};
  query.l_type = F_WRLCK;
  query.l_whence = SEEK_SET;
  bool held = ::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK && query.l_pid > 0;
  ::close(fd);
  return held ? " (process " + std::to_string(query.l_pid) + " holds it)" : "";
}

}  // namespace

Status DatabaseFailure(const rocksdb::Status& s, const std::string& path) {
  std::string message = s.ToString();
  if (s.IsCorruption()) return Status::Database("database corrupt: " + path + ": " + message + kRebuildHint);
  if (s.IsNoSpace())
    return Status::Database("disk full writing database " + path + ": " + message + "; free space and retry");
  if (s.IsIOError()) return Status::Database("I/O error on database " + path + ": " + message);
  return Status::Database("database error on " + path + ": " + message);
}

Status CorruptRecord(const std::string& path, const std::string& what) {
  return Status::Database("database corrupt: " + path + ": " + what + " does not decode" + kRebuildHint);
}

// RocksDB reports a held LOCK file as an IOError mentioning the lock; users get one sentence.
Status OpenFailure(const rocksdb::Status& s, const std::string& path) {
  std::string message = s.ToString();
  if (message.find("lock") != std::string::npos ||
      message.find("Resource temporarily unavailable") != std::string::npos)
    return Status::Database("database is locked by another process: " + path + LockHolder(path));
  if (s.IsCorruption() || s.IsNoSpace()) return DatabaseFailure(s, path);
  return Status::Database("cannot open database " + path + ": " + message);
}

}  // namespace kg::storage
