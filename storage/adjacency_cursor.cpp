#include "storage/adjacency_cursor.h"

namespace kg::storage {

namespace {

// How far the cursor steps before it seeks instead: a node's adjacency is a handful of
// keys (a direction and a type each), and a step costs a fraction of a seek.
constexpr int kMaxSteps = 16;

rocksdb::Slice AsSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

}  // namespace

void AdjacencyCursor::Position(std::string_view target) {
  rocksdb::Slice wanted = AsSlice(target);
  rocksdb::SequenceNumber now = db_->GetLatestSequenceNumber();
  if (!it_ || now != sequence_ || !it_->status().ok()) {
    sequence_ = now;  // read before the iterator is made: a write in between makes a new one next time
    it_.reset(db_->NewIterator(rocksdb::ReadOptions(), family_));
  } else if (it_->Valid() && it_->key().compare(wanted) <= 0) {
    for (int step = 0; step < kMaxSteps && it_->Valid() && it_->key().compare(wanted) < 0; ++step)
      it_->Next();
    if (!it_->Valid() ? it_->status().ok() : it_->key().compare(wanted) >= 0) return;
  }
  it_->Seek(wanted);
}

bool AdjacencyCursor::Get(std::string_view key, std::string_view* value) {
  Position(key);
  if (!it_->Valid() || it_->key() != AsSlice(key)) return false;
  *value = std::string_view(it_->value().data(), it_->value().size());
  return true;
}

void AdjacencyCursor::Scan(std::string_view prefix,
                           const std::function<bool(std::string_view, std::string_view)>& fn) {
  rocksdb::Slice p = AsSlice(prefix);
  for (Position(prefix); it_->Valid() && it_->key().starts_with(p); it_->Next()) {
    std::string_view key(it_->key().data(), it_->key().size());
    if (!fn(key, std::string_view(it_->value().data(), it_->value().size()))) return;
  }
}

}  // namespace kg::storage
