// Every node record in one pass over the nodes column family (keys.h: node_id -> codec
// node), for readers that would otherwise Get most nodes one by one.
#include "storage/transaction_impl.h"

namespace kg::storage {

void TransactionImpl::ScanNodeRecords(const std::function<bool(const NodeRecord&)>& fn) {
  // Stored records stream in id order; the overlay's records replace or join them in place.
  auto overlay = nodes_.begin();
  auto visit_overlay_before = [&](NodeId id) {
    for (; overlay != nodes_.end() && overlay->first < id; ++overlay)
      if (overlay->second && !fn(*overlay->second)) return false;
    return true;
  };
  auto it = NewIterator(keys::kNodes);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    NodeId id = codec::GetBigEndian64(std::string_view(it->key().data(), 8));
    if (!visit_overlay_before(id)) return;
    if (overlay != nodes_.end() && overlay->first == id) continue;  // the overlay decides about touched nodes
    NodeRecord node;
    if (!codec::DecodeNode(id, std::string_view(it->value().data(), it->value().size()), &node)) {
      RecordCorrupt("node " + std::to_string(id));
      continue;
    }
    if (!fn(node)) return;
  }
  CheckScan(*it);
  for (; overlay != nodes_.end(); ++overlay)
    if (overlay->second && !fn(*overlay->second)) return;
}

}  // namespace kg::storage
