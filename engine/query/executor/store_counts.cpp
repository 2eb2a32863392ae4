#include "engine/query/executor/store_counts.h"

#include "engine/common/ascii.h"

namespace kg::query {

namespace {

bool Unconstrained(const ast::NodePattern& n) { return n.labels.empty() && !n.properties; }

bool CountableNode(const ast::PatternPart& part) {
  return part.rels.empty() && part.nodes[0].labels.size() <= 1 && !part.nodes[0].properties;
}

bool CountableRel(const ast::PatternPart& part) {
  if (part.rels.size() != 1) return false;
  const auto& r = part.rels[0];
  const auto& a = part.nodes[0];
  const auto& b = part.nodes[1];
  bool distinct_ends = a.variable.empty() || b.variable.empty() || a.variable != b.variable;
  return !r.variable_length && !r.properties && r.types.size() <= 1 && r.direction != ast::Direction::kBoth &&
         Unconstrained(a) && Unconstrained(b) && distinct_ends;
}

// count(*), or count(v) of a variable the pattern binds (never null in a match).
bool CountsMatches(const ast::Expr& e, const ast::PatternPart& part) {
  if (e.kind == ast::ExprKind::kCountStar) return true;
  if (e.kind != ast::ExprKind::kFunction || AsciiLower(e.name) != "count" || e.distinct || e.children.size() != 1)
    return false;
  const ast::Expr& arg = *e.children[0];
  if (arg.kind != ast::ExprKind::kVariable) return false;
  for (const auto& n : part.nodes)
    if (n.variable == arg.name) return true;
  for (const auto& r : part.rels)
    if (r.variable == arg.name) return true;
  return false;
}

}  // namespace

bool CountsFromStore(const ast::Clause& match, const ast::Clause& next, bool first_clause) {
  if (!first_clause || match.kind != ast::Clause::Kind::kMatch || match.optional || match.where) return false;
  if (match.patterns.size() != 1) return false;
  const auto& part = match.patterns[0];
  if (!part.path_variable.empty() || part.shortest != ast::PatternPart::Shortest::kNone) return false;
  if (!CountableNode(part) && !CountableRel(part)) return false;
  if (next.kind != ast::Clause::Kind::kWith && next.kind != ast::Clause::Kind::kReturn) return false;
  const auto& p = next.projection;
  if (p.distinct || p.star || !p.order_by.empty() || p.skip || p.limit || p.where || p.items.size() != 1) return false;
  return CountsMatches(*p.items[0].expr, part);
}

Rows StoreCountRows(const ast::Clause& match, const ast::Projection& projection, size_t input_rows, ExecContext& ctx,
                    std::vector<std::string>* columns) {
  const auto& part = match.patterns[0];
  int64_t count = part.rels.empty()
                      ? ctx.txn->CountNodes(part.nodes[0].labels.empty() ? "" : part.nodes[0].labels[0])
                      : ctx.txn->CountRels(part.rels[0].types.empty() ? "" : part.rels[0].types[0]);
  const std::string& alias = projection.items[0].alias;
  columns->push_back(alias);
  return Rows(input_rows, Row{{alias, Value(count)}});
}

std::string DescribeStoreCount(const ast::Clause& match) {
  const auto& part = match.patterns[0];
  if (part.rels.empty())
    return "NodeCountFromStore(" + (part.nodes[0].labels.empty() ? std::string() : ":" + part.nodes[0].labels[0]) + ")";
  return "RelationshipCountFromStore(" + (part.rels[0].types.empty() ? std::string() : ":" + part.rels[0].types[0]) + ")";
}

}  // namespace kg::query
