// engine/query/query_engine.h — the query pipeline's entry point, used by the Database.
//
// text -> parser (ANTLR, transform to AST) -> binder (semantic analysis) -> planner
//      -> executor (physical operators over a storage::Transaction) -> QueryResult.
#pragma once

#include <string_view>

#include "kg/database.h"
#include "storage/graph_store.h"

namespace kg::query {

// Runs one statement (EXPLAIN/PROFILE included) against the store. Reads and writes go
// through one Transaction, committed only when the whole statement succeeds.
QueryResult RunQuery(storage::GraphStore& store, std::string_view statement, const Params& params,
                     const QueryOptions& options);

// Names of the built-in procedures, for completion.
std::vector<std::string> ProcedureNames();

}  // namespace kg::query
