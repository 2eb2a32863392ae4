// engine/export/graph_snapshot.h — the whole graph read once, in id order, as public values.
#pragma once

#include <vector>

#include "kg/value.h"
#include "storage/graph_store.h"

namespace kg::exporter {

struct GraphSnapshot {
  std::vector<Node> nodes;
  std::vector<Relationship> relationships;
};

GraphSnapshot ReadGraph(storage::GraphReader& graph);

}  // namespace kg::exporter
