#include "engine/query/executor/shortest_path.h"

#include <algorithm>

#include "engine/query/executor/context.h"

namespace kg::query {

void BidirectionalSearch::Side::Reset(storage::NodeId root, bool is_forward) {
  forward = is_forward;
  parent.clear();
  parent.emplace(root, std::make_pair(root, storage::RelRecord()));
  frontier.assign(1, root);
  next.clear();
}

std::optional<storage::NodeId> BidirectionalSearch::Widen(Side& side, const Side& other, const EdgesFn& edges) {
  side.next.clear();
  for (storage::NodeId node : side.frontier) {
    for (const auto& edge : edges(node, side.forward)) {
      if (!side.parent.emplace(edge.neighbour, std::make_pair(node, ExecContext::EdgeRecord(edge, node))).second)
        continue;
      if (other.parent.count(edge.neighbour)) return edge.neighbour;
      side.next.push_back(edge.neighbour);
    }
  }
  side.frontier.swap(side.next);
  return std::nullopt;
}

std::vector<storage::RelRecord> BidirectionalSearch::Walk(const Side& side, storage::NodeId node) {
  std::vector<storage::RelRecord> rels;
  for (auto it = side.parent.find(node); it->second.first != node; it = side.parent.find(node)) {
    rels.push_back(it->second.second);
    node = it->second.first;
  }
  std::reverse(rels.begin(), rels.end());
  return rels;
}

std::optional<std::vector<storage::RelRecord>> BidirectionalSearch::Find(storage::NodeId from, storage::NodeId to,
                                                                         int64_t max_hops, const EdgesFn& edges) {
  start_.Reset(from, true);
  end_.Reset(to, false);
  // With no shared node so far, the two balls are disjoint, so a node one widening finds
  // in the other ball closes a path of exactly the sum of both radii: the shortest.
  for (int64_t hops = 0; hops < max_hops && !start_.frontier.empty() && !end_.frontier.empty(); ++hops) {
    bool from_start = start_.frontier.size() <= end_.frontier.size();
    Side& side = from_start ? start_ : end_;
    auto meet = Widen(side, from_start ? end_ : start_, edges);
    if (!meet) continue;
    std::vector<storage::RelRecord> path = Walk(start_, *meet), back = Walk(end_, *meet);
    path.insert(path.end(), back.rbegin(), back.rend());
    return path;
  }
  return std::nullopt;
}

}  // namespace kg::query
