// storage/rocks_errors.h — RocksDB failures as the one sentence a user can act on.
//
// Every RocksDB call that is neither ok nor NotFound becomes a DatabaseError naming the
// database folder, what went wrong and what to do, e.g.
//   "database corrupt: /data/news.db: Corruption: block checksum mismatch ...; restore it
//    from a backup or delete it and rebuild with kg build"
// so that a damaged file is never read as "nothing there".
#pragma once

#include <string>

#include <rocksdb/status.h>

#include "kg/status.h"

namespace kg::storage {

// REQUIRES: !s.ok() && !s.IsNotFound()
Status DatabaseFailure(const rocksdb::Status& s, const std::string& path);

// A record whose bytes do not decode: the same error a checksum failure gives.
Status CorruptRecord(const std::string& path, const std::string& what);

// Open's failures: a held LOCK file is "locked by another process", the rest as above.
Status OpenFailure(const rocksdb::Status& s, const std::string& path);

}  // namespace kg::storage
