// storage/rocks_logger.h — RocksDB's info log, sent to kg's logger instead of a LOG file.
//
// A LOG file per database costs a file per reader run (and a rename that fails in a
// read-only folder), and RocksDB's file logger asserts when the disk fills up under it.
// RocksDB's warnings and errors go to kg's logger (engine/common/log.h) as debug lines, seen
// with `kg -v`: what a user must know comes back as a DatabaseError from the failing call.
#pragma once

#include <memory>

#include <rocksdb/env.h>

namespace kg::storage {

std::shared_ptr<rocksdb::Logger> NewKgRocksLogger();

}  // namespace kg::storage
