// engine/query/executor/load_csv.h — the rows of a LOAD CSV clause, read as they are used.
//
//   LOAD CSV FROM 'file:///data/people.csv' AS row             row: ['1', 'Ada', null]
//   LOAD CSV WITH HEADERS FROM 'people.csv' AS row             row: {id: '1', name: 'Ada', age: null}
//
// Every value is a string; an empty, unquoted field is null and a quoted empty one ('""')
// is ''. With HEADERS the first record names the keys; a record shorter than it gives null
// for the keys it lacks, and fields past it are ignored. Blank lines are skipped.
//
// Where the file is: `file:///abs/path` (RFC 8089: an absolute path; %20 and the like are
// decoded), `file:relative/path`, or a plain path; a relative path is resolved against the
// working directory of the process, as DuckDB's and Kùzu's COPY do. Only local files:
// http:// and other schemes are an ArgumentError.
#pragma once

#include <functional>

#include "engine/query/ast/clause.h"
#include "engine/query/executor/context.h"

namespace kg::query {

// Reads the file that `url` names as clause `c` says, calling fn with each row until it
// returns false. Throws QueryError: TypeError when url is no string, ArgumentError for a
// URL that names no local file, InputError "FILE: cannot open: ..." or "FILE:LINE: ..." for
// a file that cannot be read or a quoted field that never ends.
void ForEachCsvRow(const ast::Clause& c, const Value& url, ExecContext& ctx,
                   const std::function<bool(Value)>& fn);

}  // namespace kg::query
