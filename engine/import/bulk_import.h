// engine/import/bulk_import.h — `kg import`: neo4j-admin import files into the graph.
//
// Node files first, then relationship files, each read once as a stream and written
// through storage's ordinary Transaction (so labels, name index, counters and adjacency
// are kept as any write keeps them), committed every `batch_rows` rows as one WriteBatch.
// Ids in the files (`:ID`) are local to one import, as in neo4j-admin: they name the nodes
// that relationships join and are not kept (unless the column is named, `id:ID`, which
// also stores them as a property). Nodes imported join whatever the database already
// holds; they never merge with it.
//
// A file that `kg export --format csv` wrote holds a node section, a blank line and a
// relationship section; given as a node file, its relationship section is loaded after
// every node file, with the relationship files.
#pragma once

#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::import {

// Loads the files of `options` into `store`. On an error (InputError "FILE:LINE: message",
// or a DatabaseError) what this import had committed is deleted again, so the database is
// as it was before (if that fails too, the error's message says so and its kind is the
// undo's); a crash midway leaves the batches committed so far.
// REQUIRES: no other writer uses `store` meanwhile (node and relationship ids are taken
// in one run, which the undo relies on).
Status ImportFiles(storage::GraphStore& store, const ImportOptions& options, ImportReport* report);

}  // namespace kg::import
