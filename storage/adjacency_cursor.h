// storage/adjacency_cursor.h — one iterator over the adjacency family, kept across a
// transaction's reads of it.
//
// A statement that expands from every node of a scan (`MATCH (p:Person)-[:KNOWS]->(q)`)
// asks for adjacency keys in ascending node id order, each a few keys after the one before
// (keys.h: node_id dir type). A Get searches the memtable and every file afresh for each;
// this cursor steps on from where the last read ended and seeks only when the key is
// behind it or far ahead. It reads what the database held when it was last positioned by
// a seek: a write to the database (RocksDB's sequence number moved) makes it start again.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/iterator.h>

#include <functional>
#include <memory>
#include <string_view>

namespace kg::storage {

class AdjacencyCursor {
 public:
  AdjacencyCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* family) : db_(db), family_(family) {}

  // The stored value of `key` in *value: true when found. A failed read is false, and
  // status() tells it apart from absence.
  bool Get(std::string_view key, std::string_view* value);
  // Visits the keys that start with `prefix`, in order; stops when fn returns false.
  // REQUIRES: fn does not use this cursor.
  void Scan(std::string_view prefix,
            const std::function<bool(std::string_view key, std::string_view value)>& fn);

  rocksdb::Status status() const { return it_ ? it_->status() : rocksdb::Status::OK(); }

 private:
  // Leaves the cursor at the first key >= target (or past the end).
  void Position(std::string_view target);

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* family_;
  std::unique_ptr<rocksdb::Iterator> it_;
  rocksdb::SequenceNumber sequence_ = 0;  // the database's when it_ was made
};

}  // namespace kg::storage
