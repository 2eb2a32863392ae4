// Nodes by the beginning of their name: a range of the 'N' index entries (keys.h),
// 'N' label 0x00 name 0x00 node_id, whose name part starts with the prefix.
#include <algorithm>

#include "storage/transaction_impl.h"

namespace kg::storage {

namespace {

bool BeginsWith(const Value& v, std::string_view prefix) {
  return v.is_string() && std::string_view(v.as_string()).substr(0, prefix.size()) == prefix;
}

// The overlay's own test: is a node this transaction touched one the index would name?
bool NamePrefixMatches(const NodeRecord& n, std::string_view prefix) {
  auto it = n.properties.find("name");
  if (it != n.properties.end() && BeginsWith(it->second, prefix)) return true;
  it = n.properties.find("aliases");
  if (it == n.properties.end() || !it->second.is_list()) return false;
  return std::any_of(it->second.as_list().begin(), it->second.as_list().end(),
                     [&](const Value& alias) { return BeginsWith(alias, prefix); });
}

}  // namespace

std::vector<NodeId> TransactionImpl::FindByNamePrefix(std::string_view label, std::string_view prefix) {
  std::string range(1, 'N');
  range.append(label);
  range.push_back('\0');
  range.append(prefix);
  std::vector<NodeId> ids;
  ScanIndex(range, [&](uint64_t id) {
    if (!nodes_.count(id)) ids.push_back(id);  // the overlay decides about touched nodes
    return true;
  });
  for (const auto& [id, node] : nodes_)
    if (node && (label.empty() || std::find(node->labels.begin(), node->labels.end(), label) != node->labels.end()) &&
        NamePrefixMatches(*node, prefix))
      ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace kg::storage
