// tests/storage/memory_store.h — a fresh in-memory graph store for storage tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "storage/graph_store.h"

namespace kg::storage {

inline std::unique_ptr<GraphStore> OpenMemory() {
  std::unique_ptr<GraphStore> store;
  GraphStore::Options options;
  options.in_memory = true;
  EXPECT_TRUE(GraphStore::Open("/mem", options, &store).ok());
  return store;
}

}  // namespace kg::storage
