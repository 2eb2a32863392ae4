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

StartKind StaticStart(const ast::NodePattern& np, const ast::Expr* where,
                      const std::set<std::string>& bound) {
  if (!np.variable.empty() && bound.count(np.variable)) return StartKind::kArgument;
  if (HasNameProperty(np)) return StartKind::kNameIndexSeek;
  if (HasNamePrefix(where, np.variable)) return StartKind::kNamePrefixSeek;
  return np.labels.empty() ? StartKind::kAllNodesScan : StartKind::kLabelScan;
}

std::string Hops(const ast::RelPattern& rp) {
  std::string out = "*" + std::to_string(rp.min_hops) + "..";
  if (rp.max_hops) out += std::to_string(*rp.max_hops);
  return out;
}

std::string NodeText(const ast::NodePattern& np, bool with_label) {
  std::string out = "(" + np.variable;
  if (with_label && !np.labels.empty()) out += ":" + np.labels[0];
  return out + ")";
}

void BindPattern(const ast::PatternPart& part, std::set<std::string>* bound) {
  if (!part.path_variable.empty()) bound->insert(part.path_variable);
  for (const auto& n : part.nodes)
    if (!n.variable.empty()) bound->insert(n.variable);
  for (const auto& r : part.rels)
    if (!r.variable.empty()) bound->insert(r.variable);
}

}  // namespace

std::string StartOperatorName(StartKind kind, const ast::NodePattern& np) {
  std::string var = np.variable.empty() ? "anon" : np.variable;
  std::string labelled = np.labels.empty() ? var : var + ":" + np.labels[0];
  switch (kind) {
    case StartKind::kArgument: return "Argument(" + var + ")";
    case StartKind::kNameIndexSeek: return "NameIndexSeek(" + var + ")";
    case StartKind::kNamePrefixSeek: return "NamePrefixSeek(" + labelled + ")";
    case StartKind::kLabelScan: return "LabelScan(" + labelled + ")";
    case StartKind::kAllNodesScan: return "AllNodesScan(" + var + ")";
  }
  return "?";
}

std::string ExpandOperatorName(const ast::PatternPart& part, size_t from, size_t to) {
  const ast::RelPattern& rp = part.rels[std::min(from, to)];
  std::string rel = "[";
  for (size_t i = 0; i < rp.types.size(); ++i) rel += (i ? "|" : ":") + rp.types[i];
  if (rp.variable_length) rel += Hops(rp);
  rel += "]";
  // The arrow as the expansion walks it, from `from` to `to`.
  bool forward = rp.direction == ast::Direction::kLeftToRight ? to > from : to < from;
  std::string arrow = rp.direction == ast::Direction::kBoth ? "-" + rel + "-"
                      : forward                              ? "-" + rel + "->"
                                                             : "<-" + rel + "-";
  const char* kind = part.shortest == ast::PatternPart::Shortest::kShortest        ? "ShortestPath"
                     : part.shortest == ast::PatternPart::Shortest::kAllShortest ? "AllShortestPaths"
                     : rp.variable_length                                        ? "VarLengthExpand"
                                                                                 : "Expand";
  return kind + NodeText(part.nodes[from], false) + arrow + NodeText(part.nodes[to], true);
}

int MatchProfiler::Operator(const std::string& name) {
  for (size_t i = 0; i < ops->size(); ++i)
    if ((*ops)[i].name == name) return static_cast<int>(i);
  ops->push_back({name, 0, 0});
  return static_cast<int>(ops->size() - 1);
}

std::vector<std::string> DescribeMatch(const std::vector<ast::PatternPart>& parts, const ast::Expr* where,
                                       std::set<std::string>* bound) {
  std::vector<std::string> ops;
  for (const auto& part : parts) {
    size_t start = 0;
    int score = -1;
    if (part.shortest == ast::PatternPart::Shortest::kNone) {
      for (size_t i = 0; i < part.nodes.size(); ++i)
        if (int s = StartScore(part.nodes[i], where, *bound); s > score) score = s, start = i;
    }  // a shortest path always starts at its left end
    ops.push_back(StartOperatorName(StaticStart(part.nodes[start], where, *bound), part.nodes[start]));
    for (size_t i = start; i + 1 < part.nodes.size(); ++i) ops.push_back(ExpandOperatorName(part, i, i + 1));
    for (size_t i = start; i > 0; --i) ops.push_back(ExpandOperatorName(part, i, i - 1));
    BindPattern(part, bound);
  }
  return ops;
}

}  // namespace kg::query
