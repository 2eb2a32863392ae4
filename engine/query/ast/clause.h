// engine/query/ast/clause.h — clauses and statements.
#pragma once

#include <string>
#include <vector>

#include "engine/query/ast/pattern.h"

namespace kg::query::ast {

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // the column name: the AS name or the expression's text
  bool explicit_alias = false;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip, limit, where;  // where: WITH ... WHERE
};

struct SetItem {
  enum class Kind { kProperty, kReplace, kMerge, kLabels } kind = Kind::kProperty;
  ExprPtr target;  // kProperty: the property expression; else a variable
  std::string variable;
  std::vector<std::string> labels;
  ExprPtr value;
};

struct Clause {
  enum class Kind { kMatch, kUnwind, kLoadCsv, kWith, kReturn, kCreate, kMerge, kSet, kRemove, kDelete, kCall };
  explicit Clause(Kind k = Kind::kMatch) : kind(k) {}
  Kind kind;
  Position pos;
  bool optional = false;                // OPTIONAL MATCH
  std::vector<PatternPart> patterns;    // MATCH, CREATE, MERGE (one)
  ExprPtr where;                        // MATCH / CALL ... YIELD ... WHERE
  ExprPtr expr;                         // UNWIND; LOAD CSV's FROM
  std::string variable;                 // UNWIND / LOAD CSV ... AS variable
  bool headers = false;                 // LOAD CSV WITH HEADERS
  char field_terminator = ',';          // LOAD CSV ... FIELDTERMINATOR
  Projection projection;                // WITH, RETURN
  std::vector<SetItem> set_items;       // SET, REMOVE (kLabels / kProperty with null value)
  std::vector<SetItem> on_create, on_match;  // MERGE
  bool detach = false;                  // DETACH DELETE
  std::vector<ExprPtr> delete_exprs;
  std::string procedure;                // CALL name
  std::vector<ExprPtr> arguments;
  bool yield_star = false;
  std::vector<std::pair<std::string, std::string>> yields;  // (field, alias)
  bool has_yield = false;
};

struct SingleQuery {
  std::vector<Clause> clauses;
};

struct Query {
  std::vector<SingleQuery> parts;  // UNION of parts
  std::vector<bool> union_all;     // between parts[i] and parts[i+1]
};

struct Statement {
  enum class Mode { kRun, kExplain, kProfile } mode = Mode::kRun;
  Query query;
};

}  // namespace kg::query::ast
