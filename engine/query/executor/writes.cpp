// CREATE, MERGE, SET, REMOVE and DELETE. Changes go into the statement's transaction.
#include <algorithm>

#include "engine/query/executor/clauses.h"
#include "engine/query/executor/limits.h"
#include "engine/query/executor/match.h"
#include "engine/query/expression/evaluator.h"

namespace kg::query {

namespace {

Map PropertyValues(const ast::ExprPtr& e, const Row& row, ExecContext& ctx) {
  if (!e) return {};
  Value v = Evaluate(*e, row, ctx);
  if (v.is_null()) return {};
  if (!v.is_map()) ThrowType("properties must be a map");
  Map out;
  for (const auto& [k, value] : v.as_map()) {
    if (value.is_null()) continue;
    if (value.is_node() || value.is_relationship() || value.is_path() || value.is_map())
      ThrowType("property values must be primitives or lists of them");
    CheckPropertyNesting(value, ctx);
    out[k] = value;
  }
  ctx.stats.properties_set += static_cast<int64_t>(out.size());
  return out;
}

void CreatePart(const ast::PatternPart& part, Row& row, ExecContext& ctx) {
  std::vector<storage::NodeId> nodes;
  for (const auto& np : part.nodes) {
    auto bound = np.variable.empty() ? row.end() : row.find(np.variable);
    if (bound != row.end()) {
      if (!np.labels.empty() || np.properties)
        throw QueryError(ErrorKind::kSemantic, "variable `" + np.variable + "` already declared");
      if (!bound->second.is_node()) throw QueryError(ErrorKind::kSemantic, "cannot create a relationship to a null node");
      nodes.push_back(static_cast<storage::NodeId>(bound->second.as_node().id));
      continue;
    }
    storage::NodeId id = ctx.txn->CreateNode(np.labels, PropertyValues(np.properties, row, ctx));
    ctx.stats.nodes_created++;
    ctx.stats.labels_added += static_cast<int64_t>(np.labels.size());
    if (!np.variable.empty()) row[np.variable] = ExecContext::NodeRef(id);
    nodes.push_back(id);
  }
  Path path;
  path.nodes.push_back(ExecContext::NodeRef(nodes[0]).as_node());
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const auto& rp = part.rels[i];
    if (rp.types.size() != 1) throw QueryError(ErrorKind::kSemantic, "a relationship to create needs exactly one type");
    if (rp.direction == ast::Direction::kBoth) throw QueryError(ErrorKind::kSemantic, "a relationship to create needs a direction");
    if (rp.variable_length) throw QueryError(ErrorKind::kSemantic, "cannot create a variable-length relationship");
    if (!rp.variable.empty() && row.count(rp.variable))
      throw QueryError(ErrorKind::kSemantic, "variable `" + rp.variable + "` already declared");
    bool forward = rp.direction == ast::Direction::kLeftToRight;
    storage::NodeId start = forward ? nodes[i] : nodes[i + 1], end = forward ? nodes[i + 1] : nodes[i];
    Map props = PropertyValues(rp.properties, row, ctx);
    storage::RelId id = ctx.txn->CreateRel(rp.types[0], start, end, props);
    ctx.stats.relationships_created++;
    Value rel = storage::RelationshipRef({id, rp.types[0], start, end, {}});
    if (!rp.variable.empty()) row[rp.variable] = rel;
    path.relationships.push_back(rel.as_relationship());
    path.nodes.push_back(ExecContext::NodeRef(nodes[i + 1]).as_node());
  }
  if (!part.path_variable.empty()) row[part.path_variable] = Value(std::move(path));
}

void SetProperty(const Value& target, const std::string& key, Value value, ExecContext& ctx) {
  if (target.is_null()) return;
  if (value.is_map() || value.is_node() || value.is_relationship()) ThrowType("cannot store a " + TypeName(value) + " as a property");
  CheckPropertyNesting(value, ctx);
  if (target.is_node()) ctx.txn->SetNodeProperty(static_cast<storage::NodeId>(target.as_node().id), key, std::move(value));
  else if (target.is_relationship()) ctx.txn->SetRelProperty(static_cast<storage::RelId>(target.as_relationship().id), key, std::move(value));
  else ThrowType("cannot set a property on " + TypeName(target));
  ctx.stats.properties_set++;
}

void DeleteValue(const Value& v, bool detach, ExecContext& ctx) {
  if (v.is_null()) return;
  if (v.is_relationship()) {
    auto id = static_cast<storage::RelId>(v.as_relationship().id);
    if (ctx.txn->GetRel(id)) {
      ctx.txn->DeleteRel(id);
      ctx.stats.relationships_deleted++;
    }
  } else if (v.is_node()) {
    auto id = static_cast<storage::NodeId>(v.as_node().id);
    if (!ctx.txn->GetNode(id)) return;
    if (detach)
      for (const auto& e : ctx.txn->Edges(id, storage::Direction::kBoth, "")) {
        if (!ctx.txn->GetRel(e.rel)) continue;  // a self-loop is listed twice
        ctx.txn->DeleteRel(e.rel);
        ctx.stats.relationships_deleted++;
      }
    Status s = ctx.txn->DeleteNode(id);
    if (!s.ok()) throw QueryError(s.kind(), s.message());
    ctx.stats.nodes_deleted++;
  } else if (v.is_path()) {
    for (const auto& r : v.as_path().relationships) DeleteValue(Value(r), detach, ctx);
    for (const auto& n : v.as_path().nodes) DeleteValue(Value(n), detach, ctx);
  } else {
    ThrowType("cannot delete a " + TypeName(v));
  }
}

}  // namespace

Rows RunCreate(const ast::Clause& c, Rows input, ExecContext& ctx) {
  for (auto& row : input)
    for (const auto& part : c.patterns) CreatePart(part, row, ctx);
  return input;
}

Rows RunMerge(const ast::Clause& c, Rows input, ExecContext& ctx) {
  Rows out;
  for (auto& row : input) {
    Rows matches;
    MatchPattern(c.patterns, row, ctx, [&](const Row& m) {
      matches.push_back(m);
      return true;
    });
    if (matches.empty()) {
      CreatePart(c.patterns[0], row, ctx);
      ApplySetItems(c.on_create, row, ctx, false);
      out.push_back(std::move(row));
    } else {
      for (auto& m : matches) {
        ApplySetItems(c.on_match, m, ctx, false);
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}

void ApplySetItems(const std::vector<ast::SetItem>& items, Row& row, ExecContext& ctx, bool remove) {
  for (const auto& item : items) {
    switch (item.kind) {
      case ast::SetItem::Kind::kProperty:
        SetProperty(Evaluate(*item.target, row, ctx), item.variable, remove ? Value() : Evaluate(*item.value, row, ctx), ctx);
        break;
      case ast::SetItem::Kind::kReplace:
      case ast::SetItem::Kind::kMerge: {
        Value target = row.at(item.variable);
        if (target.is_null()) break;
        Value v = Evaluate(*item.value, row, ctx);
        Map props = (v.is_node() || v.is_relationship()) ? ctx.Properties(v) : v.is_map() ? v.as_map() : Map();
        if (!v.is_null() && !v.is_map() && !v.is_node() && !v.is_relationship()) ThrowType("SET = expects a map");
        if (item.kind == ast::SetItem::Kind::kReplace)
          for (const auto& [k, old] : ctx.Properties(target))
            if (!props.count(k)) SetProperty(target, k, Value(), ctx);
        for (const auto& [k, value] : props) SetProperty(target, k, value, ctx);
        break;
      }
      case ast::SetItem::Kind::kLabels: {
        Value target = row.at(item.variable);
        if (target.is_null()) break;
        if (!target.is_node()) ThrowType("labels can only be set on nodes");
        auto id = static_cast<storage::NodeId>(target.as_node().id);
        auto labels = ctx.Labels(target);
        for (const auto& l : item.labels) {
          bool has = std::find(labels.begin(), labels.end(), l) != labels.end();
          if (remove && has) ctx.txn->RemoveLabel(id, l), ctx.stats.labels_removed++;
          if (!remove && !has) ctx.txn->AddLabel(id, l), ctx.stats.labels_added++, labels.push_back(l);
        }
        break;
      }
    }
  }
}

Rows RunSet(const ast::Clause& c, Rows input, ExecContext& ctx) {
  for (auto& row : input) ApplySetItems(c.set_items, row, ctx, c.kind == ast::Clause::Kind::kRemove);
  return input;
}

Rows RunDelete(const ast::Clause& c, Rows input, ExecContext& ctx) {
  for (auto& row : input)
    for (const auto& e : c.delete_exprs) DeleteValue(Evaluate(*e, row, ctx), c.detach, ctx);
  return input;
}

}  // namespace kg::query
