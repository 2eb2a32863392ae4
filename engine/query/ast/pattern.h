// engine/query/ast/pattern.h — graph patterns: (a:L {k: v})-[r:T*1..3]->(b).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/query/ast/expression.h"

namespace kg::query::ast {

struct NodePattern {
  std::string variable;  // empty = anonymous
  std::vector<std::string> labels;
  ExprPtr properties;  // a map or a parameter; may be null
  Position pos;
};

enum class Direction { kLeftToRight, kRightToLeft, kBoth };

struct RelPattern {
  std::string variable;
  std::vector<std::string> types;  // any of these; empty = any type
  ExprPtr properties;
  Direction direction = Direction::kBoth;
  bool variable_length = false;
  int64_t min_hops = 1;
  std::optional<int64_t> max_hops;  // unbounded when absent
  Position pos;
};

struct PatternPart {
  std::string path_variable;  // p = ...
  enum class Shortest { kNone, kShortest, kAllShortest } shortest = Shortest::kNone;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
  Position pos;
};

}  // namespace kg::query::ast
