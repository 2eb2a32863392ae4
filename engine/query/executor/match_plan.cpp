// What EXPLAIN and PROFILE say about a MATCH: the start MatchPattern will choose and the
// expansions after it, read from the pattern alone (no values are known yet).
#include <algorithm>

#include "engine/query/executor/match.h"

namespace kg::query {

namespace {

bool HasNameProperty(const ast::NodePattern& np) {
  return np.properties && np.properties->kind == ast::ExprKind::kMap &&
         std::find(np.properties->keys.begin(), np.properties->keys.end(), "name") != np.properties->keys.end();
}

// A conjunct `v.name STARTS WITH ...` of `where` (as match.cpp's NamePrefix, less the value).
bool HasNamePrefix(const ast::Expr* where, const std::string& variable) {
  if (!where || variable.empty()) return false;
  if (where->kind == ast::ExprKind::kBinary && where->op == "AND")
    return std::any_of(where->children.begin(), where->children.end(),
                       [&](const ast::ExprPtr& c) { return HasNamePrefix(c.get(), variable); });
  if (where->kind != ast::ExprKind::kBinary || where->op != "STARTS") return false;
  const ast::Expr& subject = *where->children[0];
  return subject.kind == ast::ExprKind::kProperty && subject.name == "name" &&
         subject.children[0]->kind == ast::ExprKind::kVariable && subject.children[0]->name == variable;
}

// The start node's score, as Matcher::StartPart ranks them: bound, named, labelled, any.
int StartScore(const ast::NodePattern& np, const ast::Expr* where, const std::set<std::string>& bound) {
  if (!np.variable.empty() && bound.count(np.variable)) return 3;
  if (HasNameProperty(np) || HasNamePrefix(where, np.variable)) return 2;
  return np.labels.empty() ? 0 : 1;
}

std::string DescribeStart(const ast::NodePattern& np, const ast::Expr* where, const std::set<std::string>& bound) {
  std::string var = np.variable.empty() ? "anon" : np.variable;
  std::string labelled = np.labels.empty() ? var : var + ":" + np.labels[0];
  if (!np.variable.empty() && bound.count(np.variable)) return "Argument(" + var + ")";
  if (HasNameProperty(np)) return "NameIndexSeek(" + var + ")";
  if (HasNamePrefix(where, np.variable)) return "NamePrefixSeek(" + labelled + ")";
  return np.labels.empty() ? "AllNodesScan(" + var + ")" : "LabelScan(" + labelled + ")";
}

std::string Hops(const ast::RelPattern& rp) {
  std::string out = "*" + std::to_string(rp.min_hops) + "..";
  if (rp.max_hops) out += std::to_string(*rp.max_hops);
  return out;
}

// The expansions from the start rightwards, then leftwards, as Matcher::StartPart takes them;
// runs of single relationships read as one `Expand xN`.
std::string DescribeExpansions(const ast::PatternPart& part, size_t start) {
  std::vector<size_t> order;
  for (size_t i = start; i < part.rels.size(); ++i) order.push_back(i);
  for (size_t i = start; i > 0; --i) order.push_back(i - 1);
  std::string out;
  size_t fixed = 0;
  auto flush = [&] {
    if (fixed) out += " -> Expand x" + std::to_string(fixed);
    fixed = 0;
  };
  for (size_t rel : order) {
    const ast::RelPattern& rp = part.rels[rel];
    if (!rp.variable_length) {
      ++fixed;
      continue;
    }
    flush();
    out += " -> VarLengthExpand(" + Hops(rp) + ")";
  }
  flush();
  return out;
}

void BindPattern(const ast::PatternPart& part, std::set<std::string>* bound) {
  if (!part.path_variable.empty()) bound->insert(part.path_variable);
  for (const auto& n : part.nodes)
    if (!n.variable.empty()) bound->insert(n.variable);
  for (const auto& r : part.rels)
    if (!r.variable.empty()) bound->insert(r.variable);
}

}  // namespace

std::string DescribeMatch(const std::vector<ast::PatternPart>& parts, const ast::Expr* where,
                          std::set<std::string>* bound) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += ", ";
    if (part.shortest != ast::PatternPart::Shortest::kNone) {  // always from its left end
      out += DescribeStart(part.nodes[0], where, *bound);
      const char* kind = part.shortest == ast::PatternPart::Shortest::kShortest ? "ShortestPath(" : "AllShortestPaths(";
      if (!part.rels.empty()) out += std::string(" -> ") + kind + Hops(part.rels[0]) + ")";
      BindPattern(part, bound);
      continue;
    }
    size_t start = 0;
    int score = -1;
    for (size_t i = 0; i < part.nodes.size(); ++i)
      if (int s = StartScore(part.nodes[i], where, *bound); s > score) score = s, start = i;
    out += DescribeStart(part.nodes[start], where, *bound) + DescribeExpansions(part, start);
    BindPattern(part, bound);
  }
  return out;
}

}  // namespace kg::query
