#include "storage/graph_store.h"

namespace kg::storage {

Status GraphStore::Open(const std::string& path, const Options&, std::unique_ptr<GraphStore>*) {
  return Status::Database("storage is not implemented yet: " + path);
}

}  // namespace kg::storage
