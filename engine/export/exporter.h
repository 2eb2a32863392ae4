// engine/export/exporter.h — writes the whole graph in one of SPEC.md's export formats.
#pragma once

#include <ostream>

#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::exporter {

// Reads every node and relationship through `txn` and writes them to `out` in `format`.
Status ExportGraph(storage::GraphReader& graph, ExportFormat format, std::ostream& out);

}  // namespace kg::exporter
