#include "engine/export/exporter.h"

namespace kg::exporter {

Status ExportGraph(storage::GraphReader&, ExportFormat, std::ostream&) {
  return Status::Runtime("export is not implemented yet");
}

}  // namespace kg::exporter
