// engine/query/procedures/registry.h — built-in procedures for CALL.
//
// Adding a procedure: write a function returning a Procedure in its own file, declare it
// in this header's list below, and add it to AllProcedures() in registry.cpp.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/query/executor/context.h"

namespace kg::query {

struct Procedure {
  std::string name;                  // e.g. "db.labels"
  size_t arguments = 0;              // exact number of arguments
  std::vector<std::string> columns;  // the fields it yields, in order
  std::function<std::vector<std::vector<Value>>(const std::vector<Value>& args, ExecContext& ctx)> run;
};

const Procedure* FindProcedure(const std::string& name);
const std::vector<Procedure>& AllProcedures();

// The procedures, one family per file.
std::vector<Procedure> DbProcedures();  // db.labels, db.relationshipTypes, db.propertyKeys, db.schema
std::vector<Procedure> KgProcedures();  // kg.claims, kg.conflicts, kg.sources, kg.search

}  // namespace kg::query
