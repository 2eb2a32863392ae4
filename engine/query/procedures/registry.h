// engine/query/procedures/registry.h — built-in procedures for CALL.
//
// Adding a procedure: write a function returning a Procedure in its own file, declare it
// in this header's list below, and add it to AllProcedures() in registry.cpp. Its
// parameters, fields and description are what `SHOW PROCEDURES` prints.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/query/executor/context.h"

namespace kg::query {

struct Procedure {
  std::string name;                     // e.g. "db.labels"
  std::vector<std::string> parameters;  // argument names, in order; the call takes exactly these
  std::vector<std::string> columns;     // the fields it yields, in order
  std::string description;              // one line for SHOW PROCEDURES
  std::function<std::vector<std::vector<Value>>(const std::vector<Value>& args, ExecContext& ctx)> run;
};

const Procedure* FindProcedure(const std::string& name);
const std::vector<Procedure>& AllProcedures();

// "kg.claims(item) :: (attribute, value, as_of, sources, evidence)", as Neo4j writes one.
std::string Signature(const Procedure& procedure);

// The procedures, one family per file.
std::vector<Procedure> DbProcedures();  // db.labels, db.relationshipTypes, db.propertyKeys, db.schema, db.procedures
std::vector<Procedure> KgProcedures();  // kg.claims, kg.conflicts, kg.sources, kg.search

}  // namespace kg::query
