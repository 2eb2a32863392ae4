// engine/query/ast/expression.h — Cypher expressions as the transformer builds them.
// One node type with a kind keeps the evaluator a single switch; children are ordered as
// each kind's comment says.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kg/value.h"

namespace kg::query::ast {

struct Position {
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

struct PatternPart;
struct Query;
struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

enum class ExprKind {
  kLiteral,        // literal
  kVariable,       // name
  kParameter,      // name
  kProperty,       // children[0].name
  kList,           // children...
  kMap,            // keys[i]: children[i]
  kUnary,          // op ("-", "+", "NOT") children[0]
  kBinary,         // children[0] op children[1]; op: OR XOR AND = <> < > <= >= + - * / % ^
                   //   STARTS ENDS CONTAINS =~ IN
  kIsNull,         // children[0] IS NULL
  kIsNotNull,      // children[0] IS NOT NULL
  kFunction,       // name(children...), distinct
  kCountStar,      // count(*)
  kCase,           // children: [subject?] (when, then)* [else]; has_subject, has_else
  kIndex,          // children[0][children[1]]
  kSlice,          // children[0][children[1]..children[2]] (null child = open end)
  kLabels,         // children[0]:labels...
  kListComprehension,  // [name IN children[0] WHERE children[1] | children[2]] (null = absent)
  kQuantifier,     // op (all any none single)(name IN children[0] WHERE children[1])
  kPatternPredicate,   // pattern
  kPatternComprehension,  // [pattern WHERE children[0] | children[1]]
  kExists,         // EXISTS { subquery or pattern WHERE children[0] }
};

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  Position pos;
  std::string text;  // the source text, the column name of an unaliased RETURN item
  Value literal;
  std::string name;  // variable, parameter, property key, function name
  std::string op;
  std::vector<std::string> keys;    // map keys / labels
  std::vector<ExprPtr> children;
  bool distinct = false;
  bool has_subject = false;
  bool has_else = false;
  std::shared_ptr<PatternPart> pattern;
  std::shared_ptr<Query> subquery;
};

}  // namespace kg::query::ast
