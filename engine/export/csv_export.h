// engine/export/csv_export.h — the graph as neo4j-admin import CSV, which `kg import` reads
// back (engine/import/).
//
// One stream: a node section, a blank line, a relationship section.
//   :ID,name,age:long,tags:string[],:LABEL          node ids are kg's
//   1,Ada,36,"x;y",Person
//
//   :START_ID,since:date,:END_ID,:TYPE
//   1,2020-01-02,2,KNOWS
// Each property key has one typed column: long, double, boolean, a temporal type, or
// string (no suffix); a list of one item type is `type[]`, its items joined by the array
// delimiter. A key whose values differ in type is a string column of their Cypher text.
// An empty field is no value; a quoted empty one ("") is '' or an empty list.
#pragma once

#include <ostream>

#include "engine/export/graph_snapshot.h"

namespace kg::exporter {

// The array delimiter: ';' (neo4j-admin's default) unless a list item or label holds one;
// then the first of '|' and U+001F that none holds. `kg import --array-delimiter` takes it.
char ArrayDelimiter(const GraphSnapshot& g);

void WriteCsv(const GraphSnapshot& g, std::ostream& out);

}  // namespace kg::exporter
