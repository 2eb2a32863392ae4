#include "engine/query/binder/binder.h"

#include <map>
#include <set>
#include <stdexcept>

#include "engine/query/functions/functions.h"

namespace kg::query {

namespace {

using ast::Clause;
using ast::Expr;
using ast::ExprKind;

enum class Kind { kNode, kRel, kPath, kValue };

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kNode: return "a node";
    case Kind::kRel: return "a relationship";
    case Kind::kPath: return "a path";
    case Kind::kValue: return "a value";
  }
  return "a value";
}

struct BindError : std::runtime_error {
  BindError(const std::string& m, ast::Position p) : std::runtime_error(m), pos(p) {}
  ast::Position pos;
};

using Scope = std::map<std::string, Kind>;

class Binder {
 public:
  void Query(const ast::Query& q, const Scope& outer) {
    std::vector<std::string> columns;
    for (size_t i = 0; i < q.parts.size(); ++i) {
      std::vector<std::string> part_columns = Single(q.parts[i], outer);
      if (i > 0 && part_columns != columns)
        throw BindError("all sub queries in a UNION must have the same column names", {1, 1});
      columns = part_columns;
    }
  }

 private:
  std::vector<std::string> Single(const ast::SingleQuery& q, Scope scope) {
    std::vector<std::string> columns;
    for (const auto& c : q.clauses) columns = ClauseBind(c, &scope);
    return columns;
  }

  std::vector<std::string> ClauseBind(const Clause& c, Scope* scope) {
    switch (c.kind) {
      case Clause::Kind::kMatch:
        for (const auto& p : c.patterns) Pattern(p, scope, false, c.pos);
        if (c.where) Where(*c.where, *scope);
        return {};
      case Clause::Kind::kUnwind:
      case Clause::Kind::kLoadCsv:
        Expression(*c.expr, *scope);
        if (scope->count(c.variable)) throw BindError("variable `" + c.variable + "` already declared", c.pos);
        (*scope)[c.variable] = Kind::kValue;
        return {};
      case Clause::Kind::kWith:
      case Clause::Kind::kReturn: return Projection(c, scope);
      case Clause::Kind::kCreate:
        for (const auto& p : c.patterns) Pattern(p, scope, true, c.pos, true);
        return {};
      case Clause::Kind::kMerge:
        Pattern(c.patterns[0], scope, true, c.pos);
        for (const auto& items : {c.on_create, c.on_match}) SetItems(items, *scope);
        return {};
      case Clause::Kind::kSet:
      case Clause::Kind::kRemove: SetItems(c.set_items, *scope); return {};
      case Clause::Kind::kDelete:
        for (const auto& e : c.delete_exprs) {
          Expression(*e, *scope);
          if (e->kind == ExprKind::kLiteral || e->kind == ExprKind::kBinary || e->kind == ExprKind::kList ||
              e->kind == ExprKind::kMap)
            throw BindError("DELETE expects a node, relationship or path", e->pos);
        }
        return {};
      case Clause::Kind::kCall: {
        for (const auto& a : c.arguments) Expression(*a, *scope);
        std::vector<std::string> columns;
        for (const auto& [field, alias] : c.yields) {
          if (scope->count(alias)) throw BindError("variable `" + alias + "` already declared", c.pos);
          (*scope)[alias] = Kind::kValue;
          columns.push_back(alias);
        }
        if (c.where) Where(*c.where, *scope);
        return columns;
      }
    }
    return {};
  }

  // A variable of unknown kind (from UNWIND, WITH expressions, ...) may be anything.
  void Declare(Scope* scope, const std::string& name, Kind kind, ast::Position pos) {
    auto it = scope->find(name);
    if (it != scope->end() && it->second != kind && it->second != Kind::kValue)
      throw BindError("variable `" + name + "` is " + KindName(it->second) + ", not " + KindName(kind), pos);
    if (it == scope->end()) (*scope)[name] = kind;
  }

  // creating: CREATE (needs a direction) or MERGE (may leave it open).
  void Pattern(const ast::PatternPart& p, Scope* scope, bool creating, ast::Position pos, bool directed = false) {
    Scope before = *scope;
    if (!p.path_variable.empty() && scope->count(p.path_variable))
      throw BindError("variable `" + p.path_variable + "` already declared", p.pos);
    for (const auto& n : p.nodes) {
      if (n.properties) Expression(*n.properties, *scope);
      if (n.variable.empty()) continue;
      bool bound = before.count(n.variable) > 0;
      if (creating && bound && (!n.labels.empty() || n.properties || p.nodes.size() == 1))
        throw BindError("variable `" + n.variable + "` already declared", n.pos);
      Declare(scope, n.variable, Kind::kNode, n.pos);
    }
    std::set<std::string> rels_here;
    for (const auto& r : p.rels) {
      if (r.properties) Expression(*r.properties, *scope);
      if (creating) {
        if (r.types.size() != 1) throw BindError("a relationship to create needs exactly one type", r.pos);
        if (directed && r.direction == ast::Direction::kBoth)
          throw BindError("a relationship to create needs a direction", r.pos);
        if (r.variable_length) throw BindError("cannot create a variable-length relationship", r.pos);
      }
      if (r.variable.empty()) continue;
      if (creating && before.count(r.variable)) throw BindError("variable `" + r.variable + "` already declared", r.pos);
      if (!rels_here.insert(r.variable).second) throw BindError("relationship variable `" + r.variable + "` repeated in a pattern", r.pos);
      if (r.variable_length) {
        auto it = scope->find(r.variable);
        if (it != scope->end() && it->second != Kind::kValue)
          throw BindError("variable `" + r.variable + "` is " + KindName(it->second), r.pos);
        (*scope)[r.variable] = Kind::kValue;
      } else {
        Declare(scope, r.variable, Kind::kRel, r.pos);
      }
    }
    if (!p.path_variable.empty()) (*scope)[p.path_variable] = Kind::kPath;
    (void)pos;
  }

  void SetItems(const std::vector<ast::SetItem>& items, const Scope& scope) {
    for (const auto& item : items) {
      if (item.target) Expression(*item.target, scope);
      if (item.value) Expression(*item.value, scope);
      if (item.kind != ast::SetItem::Kind::kProperty && !scope.count(item.variable))
        throw BindError("variable `" + item.variable + "` not defined", {1, 1});
    }
  }

  void Where(const Expr& e, const Scope& scope) {
    if (ContainsAggregateCall(e)) throw BindError("aggregate functions are not allowed in WHERE", e.pos);
    Expression(e, scope);
  }

  std::vector<std::string> Projection(const Clause& c, Scope* scope) {
    const ast::Projection& p = c.projection;
    Scope next;
    std::vector<std::string> columns;
    // `CREATE () WITH * CREATE ()` is fine; only RETURN * needs something to return.
    if (c.kind == Clause::Kind::kReturn && p.star && scope->empty() && p.items.empty())
      throw BindError("RETURN * is not allowed when there are no variables in scope", c.pos);
    if (p.star)
      for (const auto& [name, kind] : *scope) next[name] = kind, columns.push_back(name);
    bool aggregating = false;
    for (const auto& item : p.items) {
      Expression(*item.expr, *scope);
      aggregating |= ContainsAggregateCall(*item.expr);
      if (c.kind == Clause::Kind::kWith && !item.explicit_alias && item.expr->kind != ExprKind::kVariable)
        throw BindError("expression in WITH must be aliased (use AS)", item.expr->pos);
      if (std::find(columns.begin(), columns.end(), item.alias) != columns.end())
        throw BindError("multiple result columns with the same name `" + item.alias + "`", item.expr->pos);
      columns.push_back(item.alias);
      Kind kind = Kind::kValue;
      if (item.expr->kind == ExprKind::kVariable && scope->count(item.expr->name)) kind = scope->at(item.expr->name);
      next[item.alias] = kind;
    }
    // ORDER BY sees the projection and the input.
    Scope order_scope = *scope;
    for (const auto& [name, kind] : next) order_scope[name] = kind;
    for (const auto& s : p.order_by) {
      Expression(*s.expr, order_scope);
      // Sorting by an aggregate needs groups to aggregate over: the projection must make them.
      if (!aggregating && ContainsAggregateCall(*s.expr))
        throw BindError("aggregate functions in ORDER BY need an aggregating RETURN or WITH", s.expr->pos);
    }
    for (const auto& e : {p.skip, p.limit})
      if (e) Expression(*e, Scope());
    if (p.where) Where(*p.where, c.kind == Clause::Kind::kWith ? next : *scope);
    *scope = next;
    return columns;
  }

  static bool ContainsAggregateCall(const Expr& e) {
    if (e.kind == ExprKind::kCountStar || (e.kind == ExprKind::kFunction && IsAggregateFunction(e.name))) return true;
    if (e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier || e.kind == ExprKind::kExists ||
        e.kind == ExprKind::kPatternComprehension)
      return false;
    for (const auto& c : e.children)
      if (c && ContainsAggregateCall(*c)) return true;
    return false;
  }

  static bool NonBooleanLiteral(const Expr& e) {
    if (e.kind == ExprKind::kList || e.kind == ExprKind::kMap) return true;
    return e.kind == ExprKind::kLiteral && !e.literal.is_null() && !e.literal.is_bool();
  }

  void Expression(const Expr& e, const Scope& scope) {
    switch (e.kind) {
      case ExprKind::kVariable:
        if (!scope.count(e.name)) throw BindError("variable `" + e.name + "` not defined", e.pos);
        return;
      case ExprKind::kFunction: {
        if (IsAggregateFunction(e.name))
          for (const auto& c : e.children)
            if (c && ContainsAggregateCall(*c)) throw BindError("aggregate functions cannot be nested", c->pos);
        if (!IsKnownFunction(e.name)) throw BindError("unknown function '" + e.name + "'", e.pos);
        break;
      }
      case ExprKind::kBinary:
        if ((e.op == "AND" || e.op == "OR" || e.op == "XOR") &&
            (NonBooleanLiteral(*e.children[0]) || NonBooleanLiteral(*e.children[1])))
          throw BindError("type mismatch: " + e.op + " expects booleans", e.pos);
        break;
      case ExprKind::kUnary:
        if (e.op == "NOT" && NonBooleanLiteral(*e.children[0])) throw BindError("type mismatch: NOT expects a boolean", e.pos);
        break;
      case ExprKind::kListComprehension:
      case ExprKind::kQuantifier: {
        Expression(*e.children[0], scope);
        Scope inner = scope;
        inner[e.name] = Kind::kValue;
        for (size_t i = 1; i < e.children.size(); ++i)
          if (e.children[i]) Expression(*e.children[i], inner);
        return;
      }
      case ExprKind::kPatternPredicate:
        for (const auto& n : e.pattern->nodes)
          if (!n.variable.empty() && !scope.count(n.variable))
            throw BindError("variable `" + n.variable + "` not defined", n.pos);
        for (const auto& r : e.pattern->rels)
          if (!r.variable.empty() && !scope.count(r.variable))
            throw BindError("variable `" + r.variable + "` not defined", r.pos);
        return;
      case ExprKind::kPatternComprehension: {
        Scope inner = scope;
        ast::PatternPart part = *e.pattern;
        Pattern(part, &inner, false, e.pos);
        for (const auto& c : e.children)
          if (c) Expression(*c, inner);
        return;
      }
      case ExprKind::kExists: Query(*e.subquery, scope); return;
      default: break;
    }
    for (const auto& c : e.children)
      if (c) Expression(*c, scope);
  }
};

}  // namespace

Status Bind(const ast::Statement& statement) {
  try {
    Binder().Query(statement.query, {});
  } catch (const BindError& e) {
    return Status::Semantic(e.what(), e.pos.line, e.pos.column);
  }
  return Status::Ok();
}

}  // namespace kg::query
