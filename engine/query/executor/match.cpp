// Pattern matching: each pattern part starts at its cheapest node and expands along
// adjacency, rightwards then leftwards; variable-length relationships expand depth-first.
#include "engine/query/executor/match.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <set>

#include "engine/common/ascii.h"
#include "engine/query/executor/shortest_path.h"
#include "engine/query/expression/evaluator.h"

namespace kg::query {

namespace {

using ast::NodePattern;
using ast::PatternPart;
using ast::RelPattern;

// One rel position's match: a single relationship, or the hops of a variable-length one.
// Relationships stay records (identity only) until a variable or a path needs them as
// values: `MATCH (p)-[:KNOWS]->(q)` makes no value per relationship.
struct Hop {
  std::vector<storage::RelRecord> rels;  // in left-to-right order
  std::vector<storage::NodeId> inner;  // nodes between the rels, left-to-right
};

struct PartState {
  const PatternPart* part;
  std::vector<storage::NodeId> nodes;
  std::vector<Hop> hops;
};

class Matcher {
 public:
  Matcher(const std::vector<PatternPart>& parts, ExecContext& ctx, const std::function<bool(const Row&)>& fn,
          const ast::Expr* where, MatchProfiler* profiler)
      : parts_(parts), ctx_(ctx), fn_(fn), where_(where), profiler_(profiler) {}

  bool MatchFrom(size_t part_index, Row& row);

 private:
  bool StartPart(size_t part_index, Row& row);
  bool Step(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step, size_t part_index, Row& row);
  bool Finish(PartState& st, size_t part_index, Row& row);
  bool ExpandVar(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step, size_t part_index,
                 Row& row, storage::NodeId at, Hop& hop, int64_t depth);
  bool FollowBoundRels(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step,
                       size_t part_index, Row& row, const Value& rels);
  bool TryTarget(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step, size_t part_index,
                 Row& row, storage::NodeId target, const Hop& hop);
  bool Shortest(size_t part_index, Row& row);
  std::optional<storage::NodeId> KnownFarEnd(const NodePattern& np, const Row& row);
  bool EmitShortest(size_t part_index, Row& row, storage::NodeId start, storage::NodeId end,
                    const std::vector<storage::RelRecord>& rels);
  bool NodeMatches(const NodePattern& np, storage::NodeId id, const Row& row);
  bool RelMatches(const RelPattern& rp, storage::RelId id, const Row& row);
  std::vector<storage::Edge> EdgesOf(const RelPattern& rp, storage::NodeId from, bool rightwards);
  // Calls fn with each node that may match np, first at a bound node, then by name, then by
  // label. *known_to_match (when given) tells that every node given matches np. Under
  // PROFILE the lookup runs as its operator, whose index *op receives.
  void Candidates(const NodePattern& np, const Row& row, const std::function<bool(storage::NodeId)>& fn,
                  bool* known_to_match = nullptr, int* op = nullptr);

  // PROFILE: the operators of a start and of an expansion (-1 when not profiling), the clock
  // to charge them with, and a row passed on by one.
  int StartOp(StartKind kind, const NodePattern& np);
  int ExpandOp(const PatternPart& part, size_t from, size_t to);
  OperatorClock* clock() { return profiler_ ? profiler_->clock : nullptr; }
  void CountRow(int op) {
    if (profiler_ && op >= 0) ++(*profiler_->ops)[op].rows;
  }

  const std::vector<PatternPart>& parts_;
  ExecContext& ctx_;
  bool PathAllows(const std::vector<const ast::Expr*>& filters, storage::RelId rel, Row& scratch);

  bool Used(storage::RelId rel) const { return std::find(used_.begin(), used_.end(), rel) != used_.end(); }

  const std::function<bool(const Row&)>& fn_;
  const ast::Expr* where_;
  MatchProfiler* profiler_;
  std::map<std::pair<const void*, int>, int> ops_;  // (pattern element, kind or direction) -> operator
  // The relationships of the match so far, as a stack: a match has few, and a vector
  // needs no allocation per step as a set would.
  std::vector<storage::RelId> used_;
  BidirectionalSearch search_;  // reused by every shortestPath search of this match
};

// The value a relationship variable is bound to: the one relationship, or the list of a
// variable-length hop's.
Value RelValue(const RelPattern& rp, const Hop& hop) {
  if (!rp.variable_length) return storage::RelationshipRef(hop.rels[0]);
  List rels;
  rels.reserve(hop.rels.size());
  for (const auto& r : hop.rels) rels.push_back(storage::RelationshipRef(r));
  return Value(std::move(rels));
}

storage::RelRecord RelIdentity(const Relationship& rel) {
  storage::RelRecord r;
  r.id = static_cast<storage::RelId>(rel.id);
  r.type = rel.type;
  r.start = static_cast<storage::NodeId>(rel.start);
  r.end = static_cast<storage::NodeId>(rel.end);
  return r;
}

// Binds `name` to `value` in `row` for as long as it lives, then puts back what was there.
// The matcher extends one row in place as it goes deeper rather than copying it per step.
class ScopedBinding {
 public:
  ScopedBinding(Row& row, const std::string& name, Value value) : row_(row), name_(name) {
    if (name.empty()) return;
    auto [it, fresh] = row.try_emplace(name);
    if (!fresh) previous_ = std::move(it->second);
    had_previous_ = !fresh;
    it->second = std::move(value);
  }
  ~ScopedBinding() {
    if (name_.empty()) return;
    if (had_previous_) row_[name_] = std::move(previous_);
    else row_.erase(name_);
  }
  ScopedBinding(const ScopedBinding&) = delete;
  ScopedBinding& operator=(const ScopedBinding&) = delete;

 private:
  Row& row_;
  const std::string& name_;
  Value previous_;
  bool had_previous_ = false;
};

// The quantifiers over `relationships(path)` among the conjuncts of `where`: each must hold
// for every relationship of the path on its own, so a search may apply it edge by edge.
void RelationshipFilters(const ast::Expr* where, const std::string& path, std::vector<const ast::Expr*>* out) {
  if (!where || path.empty()) return;
  if (where->kind == ast::ExprKind::kBinary && where->op == "AND") {
    for (const auto& c : where->children) RelationshipFilters(c.get(), path, out);
    return;
  }
  if (where->kind != ast::ExprKind::kQuantifier || (where->op != "NONE" && where->op != "ALL")) return;
  const ast::Expr* list = where->children.empty() ? nullptr : where->children[0].get();
  bool over_rels = list && list->kind == ast::ExprKind::kFunction && AsciiLower(list->name) == "relationships" &&
                   list->children.size() == 1 && list->children[0]->kind == ast::ExprKind::kVariable &&
                   list->children[0]->name == path;
  if (over_rels && where->children.size() > 1 && where->children[1]) out->push_back(where);
}

std::optional<storage::NodeId> BoundNode(const NodePattern& np, const Row& row, bool* null_bound) {
  if (np.variable.empty()) return std::nullopt;
  auto it = row.find(np.variable);
  if (it == row.end()) return std::nullopt;
  if (!it->second.is_node()) {
    *null_bound = true;
    return std::nullopt;
  }
  return static_cast<storage::NodeId>(it->second.as_node().id);
}

// Can `e` be evaluated before the pattern is matched: does every variable it names come
// from an earlier clause (`UNWIND $rows AS r MATCH (a:Person {name: r[0]})`)? Expressions
// with scopes of their own (comprehensions, subqueries) are left to the filter.
bool KnownBeforeMatch(const ast::Expr& e, const Row& row) {
  switch (e.kind) {
    case ast::ExprKind::kVariable: return row.count(e.name) > 0;
    case ast::ExprKind::kListComprehension:
    case ast::ExprKind::kQuantifier:
    case ast::ExprKind::kPatternPredicate:
    case ast::ExprKind::kPatternComprehension:
    case ast::ExprKind::kExists: return false;
    default:
      for (const auto& c : e.children)
        if (c && !KnownBeforeMatch(*c, row)) return false;
      return true;
  }
}

// `(n:L {name: x})`: the name to look up in the index, when x is known before the match
// (a literal, a parameter, or an expression over earlier clauses' variables) and a string.
std::optional<std::string> NameEquality(const NodePattern& np, const Row& row, ExecContext& ctx) {
  if (!np.properties || np.properties->kind != ast::ExprKind::kMap) return std::nullopt;
  for (size_t i = 0; i < np.properties->keys.size(); ++i) {
    if (np.properties->keys[i] != "name") continue;
    const auto& e = *np.properties->children[i];
    if (!KnownBeforeMatch(e, row)) return std::nullopt;
    Value v = Evaluate(e, row, ctx);
    if (v.is_string()) return v.as_string();
  }
  return std::nullopt;
}

// `WHERE n.name STARTS WITH x` (a conjunct of the clause's WHERE, x known before the
// match and a string): the prefix whose range of the name index holds every node that
// can pass; the WHERE still filters each match.
std::optional<std::string> NamePrefix(const NodePattern& np, const ast::Expr* where, const Row& row, ExecContext& ctx) {
  if (!where || np.variable.empty()) return std::nullopt;
  if (where->kind == ast::ExprKind::kBinary && where->op == "AND") {
    for (const auto& c : where->children)
      if (auto prefix = NamePrefix(np, c.get(), row, ctx)) return prefix;
    return std::nullopt;
  }
  if (where->kind != ast::ExprKind::kBinary || where->op != "STARTS") return std::nullopt;
  const ast::Expr& subject = *where->children[0];
  bool on_name = subject.kind == ast::ExprKind::kProperty && subject.name == "name" &&
                 subject.children[0]->kind == ast::ExprKind::kVariable && subject.children[0]->name == np.variable;
  if (!on_name || !KnownBeforeMatch(*where->children[1], row)) return std::nullopt;
  Value prefix = Evaluate(*where->children[1], row, ctx);
  if (!prefix.is_string()) return std::nullopt;
  return prefix.as_string();
}

bool PropertiesMatch(const ast::ExprPtr& props, const Map& actual, const Row& row, ExecContext& ctx) {
  if (!props) return true;
  Value wanted = Evaluate(*props, row, ctx);
  if (wanted.is_null()) return true;
  if (!wanted.is_map()) ThrowType("pattern properties must be a map");
  for (const auto& [key, value] : wanted.as_map()) {
    auto it = actual.find(key);
    if (it == actual.end() || CypherEquals(it->second, value) != true) return false;
  }
  return true;
}

}  // namespace

bool Matcher::NodeMatches(const NodePattern& np, storage::NodeId id, const Row& row) {
  bool null_bound = false;
  auto bound = BoundNode(np, row, &null_bound);
  if (null_bound || (bound && *bound != id)) return false;
  if (np.labels.empty() && !np.properties) return true;
  auto node = ctx_.NodeRecord(id);
  if (!node) return false;
  for (const auto& l : np.labels)
    if (std::find(node->labels.begin(), node->labels.end(), l) == node->labels.end()) return false;
  return PropertiesMatch(np.properties, node->properties, row, ctx_);
}

bool Matcher::RelMatches(const RelPattern& rp, storage::RelId id, const Row& row) {
  if (Used(id)) return false;
  if (!rp.variable_length && !rp.variable.empty()) {
    auto it = row.find(rp.variable);
    if (it != row.end() && (!it->second.is_relationship() || it->second.as_relationship().id != int64_t(id))) return false;
  }
  if (!rp.properties) return true;
  auto rel = ctx_.RelRecord(id);
  return rel && PropertiesMatch(rp.properties, rel->properties, row, ctx_);
}

std::vector<storage::Edge> Matcher::EdgesOf(const RelPattern& rp, storage::NodeId from, bool rightwards) {
  storage::Direction dir = storage::Direction::kBoth;
  if (rp.direction == ast::Direction::kLeftToRight) dir = rightwards ? storage::Direction::kOutgoing : storage::Direction::kIncoming;
  if (rp.direction == ast::Direction::kRightToLeft) dir = rightwards ? storage::Direction::kIncoming : storage::Direction::kOutgoing;
  if (rp.types.empty()) return ctx_.txn->Edges(from, dir, "");
  std::vector<storage::Edge> all;
  for (const auto& t : std::set<std::string>(rp.types.begin(), rp.types.end())) {  // [:T|T] is [:T]
    auto edges = ctx_.txn->Edges(from, dir, t);
    all.insert(all.end(), edges.begin(), edges.end());
  }
  return all;
}

void Matcher::Candidates(const NodePattern& np, const Row& row, const std::function<bool(storage::NodeId)>& fn,
                         bool* known_to_match, int* op) {
  if (known_to_match) *known_to_match = false;
  int scratch_op = -1;
  if (!op) op = &scratch_op;
  bool null_bound = false;
  if (auto bound = BoundNode(np, row, &null_bound)) {
    OperatorScope scope(clock(), *op = StartOp(StartKind::kArgument, np));
    fn(*bound);
    return;
  }
  if (null_bound) return;
  if (auto name = NameEquality(np, row, ctx_)) {
    OperatorScope scope(clock(), *op = StartOp(StartKind::kNameIndexSeek, np));
    for (auto id : ctx_.txn->FindByName(np.labels.empty() ? "" : np.labels[0], *name, false))
      if (!fn(id)) return;
    return;
  }
  if (auto prefix = NamePrefix(np, where_, row, ctx_)) {
    OperatorScope scope(clock(), *op = StartOp(StartKind::kNamePrefixSeek, np));
    for (auto id : ctx_.txn->FindByNamePrefix(np.labels.empty() ? "" : np.labels[0], *prefix))
      if (!fn(id)) return;
    return;
  }
  std::string label;
  int64_t best = -1;
  for (const auto& l : np.labels) {
    int64_t count = ctx_.txn->CountNodes(l);
    if (best < 0 || count < best) best = count, label = l;
  }
  // `(p:Person)` scanned by its one label holds nothing more to check: its record is not read.
  if (known_to_match) *known_to_match = np.labels.size() <= 1 && !np.properties;
  StartKind kind = label.empty() ? StartKind::kAllNodesScan : StartKind::kLabelScan;
  OperatorScope scope(clock(), *op = StartOp(kind, np));
  ctx_.txn->ScanNodes(label, fn);
}

int Matcher::StartOp(StartKind kind, const NodePattern& np) {
  if (!profiler_) return -1;
  auto [it, fresh] = ops_.try_emplace({&np, static_cast<int>(kind)}, -1);
  if (fresh) it->second = profiler_->Operator(StartOperatorName(kind, np));
  return it->second;
}

int Matcher::ExpandOp(const PatternPart& part, size_t from, size_t to) {
  if (!profiler_) return -1;
  auto [it, fresh] = ops_.try_emplace({&part.rels[std::min(from, to)], to > from ? 1 : 0}, -1);
  if (fresh) it->second = profiler_->Operator(ExpandOperatorName(part, from, to));
  return it->second;
}

bool Matcher::MatchFrom(size_t part_index, Row& row) {
  if (part_index == parts_.size()) {
    OperatorScope downstream(clock(), OperatorClock::kNone);
    return fn_(row);
  }
  if (parts_[part_index].shortest != PatternPart::Shortest::kNone) return Shortest(part_index, row);
  return StartPart(part_index, row);
}

bool Matcher::StartPart(size_t part_index, Row& row) {
  const PatternPart& part = parts_[part_index];
  // Start at a bound node, else at one with a name lookup, else at one with a label.
  size_t start = 0;
  int score = -1;
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    const auto& np = part.nodes[i];
    int s = (!np.variable.empty() && row.count(np.variable)) ? 3
            : NameEquality(np, row, ctx_) || NamePrefix(np, where_, row, ctx_) ? 2
            : !np.labels.empty() ? 1 : 0;
    if (s > score) score = s, start = i;
  }
  std::vector<std::pair<size_t, size_t>> steps;  // (from node index, to node index)
  for (size_t i = start; i + 1 < part.nodes.size(); ++i) steps.emplace_back(i, i + 1);
  for (size_t i = start; i > 0; --i) steps.emplace_back(i, i - 1);
  bool go = true, known_to_match = false;
  int op = -1;
  Candidates(
      part.nodes[start], row,
      [&](storage::NodeId id) {
        ctx_.CheckCancel();
        if (!known_to_match && !NodeMatches(part.nodes[start], id, row)) return true;
        CountRow(op);
        PartState st{&part, std::vector<storage::NodeId>(part.nodes.size()), std::vector<Hop>(part.rels.size())};
        st.nodes[start] = id;
        ScopedBinding node(row, part.nodes[start].variable, ExecContext::NodeRef(id));
        go = Step(st, steps, 0, part_index, row);
        return go;
      },
      &known_to_match, &op);
  return go;
}

bool Matcher::Step(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step, size_t part_index,
                   Row& row) {
  if (step == steps.size()) return Finish(st, part_index, row);
  auto [from, to] = steps[step];
  bool rightwards = to > from;
  const RelPattern& rp = st.part->rels[std::min(from, to)];
  OperatorScope scope(clock(), ExpandOp(*st.part, from, to));
  if (rp.variable_length) {
    if (auto bound = row.find(rp.variable); !rp.variable.empty() && bound != row.end())
      return FollowBoundRels(st, steps, step, part_index, row, bound->second);
    Hop hop;
    return ExpandVar(st, steps, step, part_index, row, st.nodes[from], hop, 0);
  }
  Hop& slot = st.hops[std::min(from, to)];  // reused by every edge: no allocation per edge
  for (const auto& edge : EdgesOf(rp, st.nodes[from], rightwards)) {
    if (!RelMatches(rp, edge.rel, row)) continue;
    slot.rels.clear();
    slot.inner.clear();
    slot.rels.push_back(ExecContext::EdgeRecord(edge, st.nodes[from]));
    if (!TryTarget(st, steps, step, part_index, row, edge.neighbour, slot)) return false;
  }
  return true;
}

bool Matcher::TryTarget(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step,
                        size_t part_index, Row& row, storage::NodeId target, const Hop& hop) {
  auto [from, to] = steps[step];
  const NodePattern& np = st.part->nodes[to];
  if (!NodeMatches(np, target, row)) return true;
  CountRow(ExpandOp(*st.part, from, to));
  const RelPattern& rp = st.part->rels[std::min(from, to)];
  Hop& slot = st.hops[std::min(from, to)];
  if (&slot != &hop) {
    slot.rels.assign(hop.rels.begin(), hop.rels.end());
    slot.inner.assign(hop.inner.begin(), hop.inner.end());
  }
  if (to < from) {  // collected right-to-left
    std::reverse(slot.rels.begin(), slot.rels.end());
    std::reverse(slot.inner.begin(), slot.inner.end());
  }
  ScopedBinding node(row, np.variable, ExecContext::NodeRef(target));
  ScopedBinding rel(row, rp.variable, rp.variable.empty() ? Value() : RelValue(rp, slot));
  // A variable-length hop's rels are already marked by ExpandVar, which unmarks them itself.
  size_t marked = 0;
  for (const auto& r : slot.rels)
    if (!Used(r.id)) used_.push_back(r.id), ++marked;
  st.nodes[to] = target;
  bool go = Step(st, steps, step + 1, part_index, row);
  used_.resize(used_.size() - marked);
  return go;
}

// `[rs*]` with rs already bound to a list of rels: the only walk is along that list.
bool Matcher::FollowBoundRels(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step,
                              size_t part_index, Row& row, const Value& rels) {
  if (!rels.is_list()) return true;
  auto [from, to] = steps[step];
  const RelPattern& rp = st.part->rels[std::min(from, to)];
  List walk = rels.as_list();
  if (to < from) std::reverse(walk.begin(), walk.end());
  auto length = static_cast<int64_t>(walk.size());
  if (length < rp.min_hops || (rp.max_hops && length > *rp.max_hops)) return true;
  Hop hop;
  storage::NodeId at = st.nodes[from];
  for (const auto& r : walk) {
    if (!r.is_relationship() || Used(static_cast<storage::RelId>(r.as_relationship().id))) return true;
    const Relationship& rel = r.as_relationship();
    bool forward = rel.start == int64_t(at), backward = rel.end == int64_t(at);
    bool wants_forward = rp.direction == ast::Direction::kLeftToRight ? to > from : to < from;
    if (rp.direction != ast::Direction::kBoth ? !(wants_forward ? forward : backward) : !(forward || backward)) return true;
    if (!rp.types.empty() && std::find(rp.types.begin(), rp.types.end(), rel.type) == rp.types.end()) return true;
    if (!hop.rels.empty()) hop.inner.push_back(at);
    hop.rels.push_back(RelIdentity(rel));
    at = static_cast<storage::NodeId>(forward ? rel.end : rel.start);
  }
  return TryTarget(st, steps, step, part_index, row, at, hop);
}

bool Matcher::ExpandVar(PartState& st, const std::vector<std::pair<size_t, size_t>>& steps, size_t step,
                        size_t part_index, Row& row, storage::NodeId at, Hop& hop, int64_t depth) {
  auto [from, to] = steps[step];
  const RelPattern& rp = st.part->rels[std::min(from, to)];
  if (depth >= rp.min_hops && !TryTarget(st, steps, step, part_index, row, at, hop)) return false;
  if (rp.max_hops && depth >= *rp.max_hops) return true;
  ctx_.CheckCancel();
  for (const auto& edge : EdgesOf(rp, at, to > from)) {
    if (!RelMatches(rp, edge.rel, row)) continue;
    // Each hop is a level of recursion here and a relationship in every row it yields.
    if (depth >= ctx_.limits.max_path_length)
      throw QueryError(ErrorKind::kRuntime, "variable-length path longer than " +
                                                std::to_string(ctx_.limits.max_path_length) + " relationships");
    used_.push_back(edge.rel);
    hop.rels.push_back(ExecContext::EdgeRecord(edge, at));
    if (depth > 0) hop.inner.push_back(at);
    bool go = ExpandVar(st, steps, step, part_index, row, edge.neighbour, hop, depth + 1);
    if (depth > 0) hop.inner.pop_back();
    hop.rels.pop_back();
    used_.pop_back();
    if (!go) return false;
  }
  return true;
}

bool Matcher::Finish(PartState& st, size_t part_index, Row& row) {
  const PatternPart& part = *st.part;
  if (part.path_variable.empty()) return MatchFrom(part_index + 1, row);
  // A zero-length hop adds no node: its two ends are the same node.
  Path path;
  path.nodes.push_back(ExecContext::NodeRef(st.nodes[0]).as_node());
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const Hop& hop = st.hops[i];
    for (size_t h = 0; h < hop.rels.size(); ++h) {
      path.relationships.push_back(storage::RelationshipRef(hop.rels[h]).as_relationship());
      storage::NodeId next = h + 1 < hop.rels.size() ? hop.inner[h] : st.nodes[i + 1];
      path.nodes.push_back(ExecContext::NodeRef(next).as_node());
    }
  }
  ScopedBinding bound(row, part.path_variable, Value(std::move(path)));
  return MatchFrom(part_index + 1, row);
}

// The far end of a shortestPath when it is one known node: bound by an earlier clause, or
// the one node its name finds.
std::optional<storage::NodeId> Matcher::KnownFarEnd(const NodePattern& np, const Row& row) {
  bool null_bound = false;
  if (auto bound = BoundNode(np, row, &null_bound)) return bound;
  auto name = NameEquality(np, row, ctx_);
  if (!name) return std::nullopt;
  auto ids = ctx_.txn->FindByName(np.labels.empty() ? "" : np.labels[0], *name, false);
  if (ids.size() != 1 || !NodeMatches(np, ids[0], row)) return std::nullopt;
  return ids[0];
}

bool Matcher::Shortest(size_t part_index, Row& row) {
  const PatternPart& part = parts_[part_index];
  if (part.nodes.size() != 2) throw QueryError(ErrorKind::kSemantic, "shortestPath needs a single relationship");
  const RelPattern& rp = part.rels[0];
  bool all = part.shortest == PatternPart::Shortest::kAllShortest;
  std::vector<const ast::Expr*> filters;
  RelationshipFilters(where_, part.path_variable, &filters);
  Row scratch = row;  // for the path filters, copied once rather than per edge
  auto usable = [&](storage::NodeId at, bool forward) {
    std::vector<storage::Edge> edges = EdgesOf(rp, at, forward);
    edges.erase(std::remove_if(edges.begin(), edges.end(),
                               [&](const storage::Edge& e) {
                                 return !RelMatches(rp, e.rel, row) || !PathAllows(filters, e.rel, scratch);
                               }),
                edges.end());
    return edges;
  };
  std::optional<storage::NodeId> far = all || rp.min_hops > 1 ? std::nullopt : KnownFarEnd(part.nodes[1], row);
  bool go = true;
  int start_op = -1, search_op = ExpandOp(part, 0, 1);
  auto search_from = [&](storage::NodeId start) {
    if (!NodeMatches(part.nodes[0], start, row)) return true;
    CountRow(start_op);
    OperatorScope search(clock(), search_op);
    if (far && *far != start) {
      auto rels = search_.Find(start, *far, rp.max_hops.value_or(std::numeric_limits<int64_t>::max()), usable);
      return !rels || (go = EmitShortest(part_index, row, start, *far, *rels));
    }
    // Breadth-first search keeping every shortest predecessor edge.
    std::map<storage::NodeId, int64_t> depth{{start, 0}};
    std::map<storage::NodeId, std::vector<std::pair<storage::NodeId, storage::RelRecord>>> preds;
    std::deque<storage::NodeId> queue{start};
    // Every node the far end may be gets its own shortest paths; a far end bound by an
    // earlier clause lets the search stop at the first depth that reaches it.
    bool null_bound = false;
    bool end_fixed = BoundNode(part.nodes[1], row, &null_bound).has_value();
    std::vector<storage::NodeId> ends;
    int64_t found_depth = -1;
    while (!queue.empty()) {
      storage::NodeId at = queue.front();
      queue.pop_front();
      int64_t d = depth[at];
      if (end_fixed && found_depth >= 0 && d >= found_depth) break;
      if (rp.max_hops && d >= *rp.max_hops) continue;
      for (const auto& edge : usable(at, true)) {
        auto it = depth.find(edge.neighbour);
        if (it != depth.end() && it->second != d + 1) continue;
        if (it == depth.end()) {
          depth[edge.neighbour] = d + 1;
          queue.push_back(edge.neighbour);
          if (d + 1 >= rp.min_hops && edge.neighbour != start && NodeMatches(part.nodes[1], edge.neighbour, row)) {
            ends.push_back(edge.neighbour);
            found_depth = d + 1;
          }
        }
        preds[edge.neighbour].emplace_back(at, ExecContext::EdgeRecord(edge, at));
      }
    }
    for (auto end : ends) {
      // Enumerate paths back from end to start.
      std::vector<std::vector<storage::RelRecord>> paths;
      std::function<void(storage::NodeId, std::vector<storage::RelRecord>&)> back = [&](storage::NodeId n, std::vector<storage::RelRecord>& acc) {
        if (n == start) {
          paths.emplace_back(acc.rbegin(), acc.rend());
          return;
        }
        for (const auto& [prev, rel] : preds[n]) {
          if (depth[prev] != depth[n] - 1) continue;
          acc.push_back(rel);
          back(prev, acc);
          acc.pop_back();
          if (!all && !paths.empty()) return;
        }
      };
      std::vector<storage::RelRecord> acc;
      back(end, acc);
      for (const auto& rels : paths)
        if (!(go = EmitShortest(part_index, row, start, end, rels))) return false;
    }
    return true;
  };
  Candidates(part.nodes[0], row, search_from, nullptr, &start_op);
  return go;
}

// Binds the part's variables to one path found from `start` to `end` and matches on.
bool Matcher::EmitShortest(size_t part_index, Row& row, storage::NodeId start, storage::NodeId end,
                           const std::vector<storage::RelRecord>& rels) {
  const PatternPart& part = parts_[part_index];
  CountRow(ExpandOp(part, 0, 1));
  Path path;
  storage::NodeId at = start;
  path.nodes.push_back(ExecContext::NodeRef(at).as_node());
  List rel_values;
  for (const auto& r : rels) {
    at = r.start == at ? r.end : r.start;
    path.relationships.push_back(storage::RelationshipRef(r).as_relationship());
    rel_values.push_back(storage::RelationshipRef(r));
    path.nodes.push_back(ExecContext::NodeRef(at).as_node());
  }
  Row next = row;
  if (!part.nodes[0].variable.empty()) next[part.nodes[0].variable] = ExecContext::NodeRef(start);
  if (!part.nodes[1].variable.empty()) next[part.nodes[1].variable] = ExecContext::NodeRef(end);
  if (!part.rels[0].variable.empty()) next[part.rels[0].variable] = Value(std::move(rel_values));
  if (!part.path_variable.empty()) next[part.path_variable] = Value(std::move(path));
  return MatchFrom(part_index + 1, next);
}

// Can relationship `rel` be on a path that passes each filter: `none(r IN relationships(p)
// WHERE c)` needs c false for it, `all(...)` needs c true (a null makes the quantifier null).
// `scratch` is the row being matched; each filter's variable is bound in it in turn.
bool Matcher::PathAllows(const std::vector<const ast::Expr*>& filters, storage::RelId rel, Row& scratch) {
  if (filters.empty()) return true;
  Value value = storage::RelationshipRef(*ctx_.RelRecord(rel));
  for (const ast::Expr* q : filters) {
    scratch[q->name] = value;
    Value c = Evaluate(*q->children[1], scratch, ctx_);
    if (!c.is_bool() || c.as_bool() != (q->op == "ALL")) return false;
  }
  return true;
}

void MatchPattern(const std::vector<PatternPart>& parts, const Row& row, ExecContext& ctx,
                  const std::function<bool(const Row&)>& fn, const ast::Expr* where,
                  MatchProfiler* profiler) {
  Matcher matcher(parts, ctx, fn, where, profiler);
  Row start = row;
  matcher.MatchFrom(0, start);
}

}  // namespace kg::query
