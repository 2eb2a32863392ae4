#include "engine/query/binder/unknown_names.h"

#include <algorithm>
#include <functional>
#include <set>
#include <string>

namespace kg::query {

namespace {

// The names a statement reads and writes, gathered in one walk of its clauses.
class NameUse {
 public:
  void Query(const ast::Query& query) {
    for (const auto& part : query.parts)
      for (const auto& clause : part.clauses) Clause(clause);
  }

  std::vector<std::string> labels_read, types_read, keys_read;
  std::set<std::string> labels_written, types_written, keys_written;

 private:
  void Clause(const ast::Clause& c) {
    using K = ast::Clause::Kind;
    bool writes = c.kind == K::kCreate || c.kind == K::kMerge;
    for (const auto& part : c.patterns) Pattern(part, writes);
    Expr(c.where.get());
    Expr(c.expr.get());
    for (const auto& item : c.projection.items) Expr(item.expr.get());
    for (const auto& s : c.projection.order_by) Expr(s.expr.get());
    Expr(c.projection.where.get());
    for (const auto& e : c.delete_exprs) Expr(e.get());
    for (const auto& e : c.arguments) Expr(e.get());
    for (const auto* items : {&c.set_items, &c.on_create, &c.on_match})
      for (const auto& item : *items) SetItem(item);
  }

  void Pattern(const ast::PatternPart& part, bool writes) {
    for (const auto& n : part.nodes) {
      if (!n.variable.empty()) pattern_variables_.insert(n.variable);
      for (const auto& l : n.labels) writes ? (void)labels_written.insert(l) : labels_read.push_back(l);
      MapKeys(n.properties.get(), writes);
    }
    for (const auto& r : part.rels) {
      if (!r.variable.empty()) pattern_variables_.insert(r.variable);
      for (const auto& t : r.types) writes ? (void)types_written.insert(t) : types_read.push_back(t);
      MapKeys(r.properties.get(), writes);
    }
  }

  // `{name: x}` in a pattern: its keys are read (MATCH) or written (CREATE, MERGE).
  void MapKeys(const ast::Expr* map, bool writes) {
    if (!map) return;
    if (map->kind == ast::ExprKind::kMap)
      for (const auto& key : map->keys) writes ? (void)keys_written.insert(key) : keys_read.push_back(key);
    for (const auto& child : map->children) Expr(child.get());
  }

  void SetItem(const ast::SetItem& item) {
    if (item.kind == ast::SetItem::Kind::kLabels)
      labels_written.insert(item.labels.begin(), item.labels.end());
    if (item.kind == ast::SetItem::Kind::kProperty) keys_written.insert(item.variable);  // `SET n.key = ...`
    if (item.value && item.value->kind == ast::ExprKind::kMap)
      keys_written.insert(item.value->keys.begin(), item.value->keys.end());
    Expr(item.value.get());
  }

  void Expr(const ast::Expr* e) {
    if (!e) return;
    if (e->kind == ast::ExprKind::kProperty && e->children[0]->kind == ast::ExprKind::kVariable &&
        pattern_variables_.count(e->children[0]->name))
      keys_read.push_back(e->name);
    if (e->kind == ast::ExprKind::kLabels)
      labels_read.insert(labels_read.end(), e->keys.begin(), e->keys.end());
    if (e->pattern) Pattern(*e->pattern, false);
    if (e->subquery) Query(*e->subquery);
    for (const auto& child : e->children) Expr(child.get());
  }

  std::set<std::string> pattern_variables_;
};

void Warn(const std::vector<std::string>& read, const std::set<std::string>& written,
          const std::function<bool(const std::string&)>& known, const char* code, const char* what,
          std::vector<Notification>* out) {
  std::set<std::string> warned;
  for (const auto& name : read) {
    if (written.count(name) || warned.count(name) || known(name)) continue;
    if (warned.insert(name).second)
      out->push_back({code, std::string("the ") + what + " " + name + " does not exist in the database"});
  }
}

}  // namespace

std::vector<Notification> UnknownNameWarnings(const ast::Statement& statement, storage::GraphReader& reader) {
  NameUse use;
  use.Query(statement.query);
  std::vector<Notification> out;
  // Labels and types by their counters (a Get each); keys from the catalog, read once.
  Warn(
      use.labels_read, use.labels_written, [&](const std::string& l) { return reader.CountNodes(l) > 0; },
      "UnknownLabelWarning", "label", &out);
  Warn(
      use.types_read, use.types_written, [&](const std::string& t) { return reader.CountRels(t) > 0; },
      "UnknownRelationshipTypeWarning", "relationship type", &out);
  std::vector<std::string> keys;
  if (!use.keys_read.empty()) keys = reader.PropertyKeys();
  Warn(
      use.keys_read, use.keys_written,
      [&](const std::string& k) { return std::binary_search(keys.begin(), keys.end(), k); },
      "UnknownPropertyKeyWarning", "property key", &out);
  return out;
}

}  // namespace kg::query
