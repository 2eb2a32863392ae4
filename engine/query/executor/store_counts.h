// engine/query/executor/store_counts.h — counts the store keeps, instead of a scan.
//
//   MATCH (p:Person) RETURN count(*)              -> the counter of label Person
//   MATCH ()-[r:KNOWS]->() RETURN count(r) AS n   -> the counter of type KNOWS
//
// The rewrite applies to a MATCH that starts its query (nothing bound), of one node with at
// most one label and no properties, or one directed relationship with at most one type
// between two distinct unconstrained nodes; followed by a WITH or RETURN whose only item is
// count(*) or count(v) of a pattern variable, with no DISTINCT, ORDER BY, SKIP, LIMIT or WHERE.
#pragma once

#include "engine/query/executor/clauses.h"

namespace kg::query {

// Can `match` followed by `projection` be answered from the store's counters, when the
// match is the first clause of the statement (`first_clause`)?
bool CountsFromStore(const ast::Clause& match, const ast::Clause& projection, bool first_clause);

// The one row of the projection, one per input row. REQUIRES: CountsFromStore.
Rows StoreCountRows(const ast::Clause& match, const ast::Projection& projection, size_t input_rows, ExecContext& ctx,
                    std::vector<std::string>* columns);

// For EXPLAIN and PROFILE, e.g. "NodeCountFromStore(:Person)".
std::string DescribeStoreCount(const ast::Clause& match);

}  // namespace kg::query
