// engine/query/executor/shortest_path.h — one shortest path between two known nodes.
//
// `shortestPath((a {name: 'x'})-[:T*..4]-(b {name: 'y'}))` with both ends known searches
// breadth-first from both ends at once, each step widening the smaller frontier, and
// stops at the first node the two searches share: on a graph where every node has ten
// neighbours, two balls of radius 2 instead of one of radius 4.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "storage/graph_store.h"

namespace kg::query {

class BidirectionalSearch {
 public:
  // The relationships usable from `node` (followed forwards from the start's side, or
  // backwards from the far end's), already filtered by type, direction and predicates.
  using EdgesFn = std::function<std::vector<storage::Edge>(storage::NodeId node, bool forward)>;

  // The relationships of one shortest path from `from` to `to` of at most `max_hops`, in
  // order, or nullopt when there is none. REQUIRES: from != to. Reuses its tables, so a
  // search per start node allocates little.
  std::optional<std::vector<storage::RelRecord>> Find(storage::NodeId from, storage::NodeId to, int64_t max_hops,
                                                      const EdgesFn& edges);

 private:
  struct Side {
    bool forward = true;
    // Each reached node's parent on this side and the relationship to it (none at the root).
    std::unordered_map<storage::NodeId, std::pair<storage::NodeId, storage::RelRecord>> parent;
    std::vector<storage::NodeId> frontier, next;
    void Reset(storage::NodeId root, bool is_forward);
  };
  // Widens `side` by one level; returns a node the other side has reached, if any.
  std::optional<storage::NodeId> Widen(Side& side, const Side& other, const EdgesFn& edges);
  // The path root-of-`side` .. node, as relationships from the root outwards.
  static std::vector<storage::RelRecord> Walk(const Side& side, storage::NodeId node);

  Side start_, end_;
};

}  // namespace kg::query
