#include "engine/query/query_engine.h"

namespace kg::query {

QueryResult RunQuery(storage::GraphStore&, std::string_view, const Params&, const QueryOptions&) {
  return QueryResult(Status::Runtime("queries are not implemented yet"));
}

std::vector<std::string> ProcedureNames() { return {}; }

}  // namespace kg::query

namespace kg {
Status ParseCypherLiteral(std::string_view, Value*) { return Status::Runtime("not implemented yet"); }
}  // namespace kg
