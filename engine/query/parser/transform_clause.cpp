// Parse tree -> AST for statements, clauses and patterns.
#include "engine/query/parser/transformer.h"

namespace kg::query {

using P = kg_cypher::CypherParser;
using ast::Clause;

ast::Statement Transformer::Statement(P::StatementContext* ctx) {
  ast::Statement s;
  if (ctx->EXPLAIN()) s.mode = ast::Statement::Mode::kExplain;
  if (ctx->PROFILE()) s.mode = ast::Statement::Mode::kProfile;
  if (auto* show = ctx->showProcedures()) {
    s.query.parts.push_back({});
    s.query.parts.back().clauses.push_back(ShowProcedures(show));
    for (auto* c : show->clause()) s.query.parts.back().clauses.push_back(Clause(c));
  } else {
    s.query = Query(ctx->regularQuery());
  }
  return s;
}

ast::Query Transformer::Query(P::RegularQueryContext* ctx) {
  ast::Query q;
  q.parts.push_back(Single(ctx->singleQuery()));
  for (auto* u : ctx->unionPart()) {
    q.union_all.push_back(u->ALL() != nullptr);
    q.parts.push_back(Single(u->singleQuery()));
  }
  return q;
}

ast::SingleQuery Transformer::Single(P::SingleQueryContext* ctx) {
  ast::SingleQuery q;
  for (auto* c : ctx->clause()) q.clauses.push_back(Clause(c));
  return q;
}

void Transformer::Projection(P::ProjectionBodyContext* ctx, ast::Projection* out) {
  out->distinct = ctx->DISTINCT() != nullptr;
  auto* items = ctx->projectionItems();
  // Not children[0]->getText(): that walks the whole first item, recursively.
  out->star = !items->children.empty() && dynamic_cast<antlr4::tree::TerminalNode*>(items->children[0]);
  for (auto* item : items->projectionItem()) {
    ast::ProjectionItem p;
    p.expr = Expression(item->expression());
    p.explicit_alias = item->variable() != nullptr;
    p.alias = p.explicit_alias ? Name(item->variable()->symbolicName()) : Text(item->expression());
    out->items.push_back(std::move(p));
  }
  if (ctx->orderBy())
    for (auto* s : ctx->orderBy()->sortItem())
      out->order_by.push_back({Expression(s->expression()), s->DESC() != nullptr || s->DESCENDING() != nullptr});
  if (ctx->skipClause()) out->skip = Expression(ctx->skipClause()->expression());
  if (ctx->limitClause()) out->limit = Expression(ctx->limitClause()->expression());
}

std::vector<ast::SetItem> Transformer::SetItems(P::SetClauseContext* ctx) {
  std::vector<ast::SetItem> items;
  for (auto* item : ctx->setItem()) {
    ast::SetItem s;
    if (auto* p = dynamic_cast<P::SetPropertyContext*>(item)) {
      s.kind = ast::SetItem::Kind::kProperty;
      auto* pe = p->propertyExpression();
      s.target = Atom(pe->atom());
      for (size_t i = 0; i + 1 < pe->schemaName().size(); ++i) {
        auto prop = Make(ast::ExprKind::kProperty, pe);
        prop->name = Name(pe->schemaName(i));
        prop->children = {s.target};
        s.target = prop;
      }
      s.variable = Name(pe->schemaName().back());
      s.value = Expression(p->expression());
    } else if (auto* r = dynamic_cast<P::SetReplaceContext*>(item)) {
      s.kind = ast::SetItem::Kind::kReplace;
      s.variable = Name(r->variable()->symbolicName());
      s.value = Expression(r->expression());
    } else if (auto* m = dynamic_cast<P::SetMergeContext*>(item)) {
      s.kind = ast::SetItem::Kind::kMerge;
      s.variable = Name(m->variable()->symbolicName());
      s.value = Expression(m->expression());
    } else if (auto* l = dynamic_cast<P::SetLabelsContext*>(item)) {
      s.kind = ast::SetItem::Kind::kLabels;
      s.variable = Name(l->variable()->symbolicName());
      for (auto* name : l->nodeLabels()->schemaName()) s.labels.push_back(Name(name));
    }
    items.push_back(std::move(s));
  }
  return items;
}

ast::Clause Transformer::Call(P::CallClauseContext* ctx) {
  ast::Clause c{Clause::Kind::kCall};
  for (auto* part : ctx->procedureName()->symbolicName()) c.procedure += (c.procedure.empty() ? "" : ".") + Name(part);
  for (auto* arg : ctx->expression()) c.arguments.push_back(Expression(arg));
  if (auto* y = ctx->yieldClause()) Yield(y, &c);
  return c;
}

// `SHOW PROCEDURES [YIELD ... [clauses]]` is `CALL db.procedures() [YIELD ... [clauses]]`.
ast::Clause Transformer::ShowProcedures(P::ShowProceduresContext* ctx) {
  ast::Clause c{Clause::Kind::kCall};
  c.procedure = "db.procedures";
  c.pos = Pos(ctx);
  if (auto* y = ctx->yieldClause()) Yield(y, &c);
  return c;
}

void Transformer::Yield(P::YieldClauseContext* y, ast::Clause* c) {
  c->has_yield = true;
  c->yield_star = y->yieldItem().empty();
  for (auto* item : y->yieldItem()) {
    std::string field = Name(item->symbolicName());
    c->yields.emplace_back(field, item->variable() ? Name(item->variable()->symbolicName()) : field);
  }
  if (y->whereClause()) c->where = Expression(y->whereClause()->expression());
}

// `LOAD CSV WITH HEADERS FROM 'file:///x.csv' AS row FIELDTERMINATOR ';'`
void Transformer::LoadCsv(P::LoadCsvClauseContext* ctx, ast::Clause* c) {
  c->kind = Clause::Kind::kLoadCsv;
  c->headers = ctx->HEADERS() != nullptr;
  c->expr = Expression(ctx->expression());
  c->variable = Name(ctx->variable()->symbolicName());
  if (auto* terminator = ctx->StringLiteral()) {
    std::string text = UnescapeString(terminator->getText());
    if (text.size() != 1)
      throw TransformError("FIELDTERMINATOR must be one character, got '" + text + "'",
                           {static_cast<int>(terminator->getSymbol()->getLine()),
                            static_cast<int>(terminator->getSymbol()->getCharPositionInLine()) + 1});
    c->field_terminator = text[0];
  }
}

ast::Clause Transformer::Clause(P::ClauseContext* ctx) {
  ast::Clause c{Clause::Kind::kMatch};
  if (auto* m = ctx->matchClause()) {
    c.optional = m->OPTIONAL() != nullptr;
    c.patterns = Pattern(m->pattern());
    if (m->whereClause()) c.where = Expression(m->whereClause()->expression());
  } else if (auto* u = ctx->unwindClause()) {
    c.kind = Clause::Kind::kUnwind;
    c.expr = Expression(u->expression());
    c.variable = Name(u->variable()->symbolicName());
  } else if (auto* l = ctx->loadCsvClause()) {
    LoadCsv(l, &c);
  } else if (auto* w = ctx->withClause()) {
    c.kind = Clause::Kind::kWith;
    Projection(w->projectionBody(), &c.projection);
    if (w->whereClause()) c.projection.where = Expression(w->whereClause()->expression());
  } else if (auto* r = ctx->returnClause()) {
    c.kind = Clause::Kind::kReturn;
    Projection(r->projectionBody(), &c.projection);
  } else if (auto* cr = ctx->createClause()) {
    c.kind = Clause::Kind::kCreate;
    c.patterns = Pattern(cr->pattern());
  } else if (auto* me = ctx->mergeClause()) {
    c.kind = Clause::Kind::kMerge;
    c.patterns.push_back(Part(me->patternPart()));
    for (auto* action : me->mergeAction()) {
      auto items = SetItems(action->setClause());
      auto& target = action->MATCH() ? c.on_match : c.on_create;
      target.insert(target.end(), items.begin(), items.end());
    }
  } else if (auto* s = ctx->setClause()) {
    c.kind = Clause::Kind::kSet;
    c.set_items = SetItems(s);
  } else if (auto* rm = ctx->removeClause()) {
    c.kind = Clause::Kind::kRemove;
    for (auto* item : rm->removeItem()) {
      ast::SetItem s;
      if (item->variable()) {
        s.kind = ast::SetItem::Kind::kLabels;
        s.variable = Name(item->variable()->symbolicName());
        for (auto* name : item->nodeLabels()->schemaName()) s.labels.push_back(Name(name));
      } else {
        auto* pe = item->propertyExpression();
        s.kind = ast::SetItem::Kind::kProperty;
        s.target = Atom(pe->atom());
        s.variable = Name(pe->schemaName().back());
      }
      c.set_items.push_back(std::move(s));
    }
  } else if (auto* d = ctx->deleteClause()) {
    c.kind = Clause::Kind::kDelete;
    c.detach = d->DETACH() != nullptr;
    for (auto* e : d->expression()) c.delete_exprs.push_back(Expression(e));
  } else if (auto* call = ctx->callClause()) {
    c = Call(call);
  }
  c.pos = Pos(ctx);
  return c;
}

std::vector<ast::PatternPart> Transformer::Pattern(P::PatternContext* ctx) {
  std::vector<ast::PatternPart> parts;
  for (auto* part : ctx->patternPart()) parts.push_back(Part(part));
  return parts;
}

ast::PatternPart Transformer::Part(P::PatternPartContext* ctx) {
  ast::PatternPart part;
  auto* anon = ctx->anonymousPatternPart();
  if (auto* sp = anon->shortestPathPattern()) {
    Element(sp->patternElement(), &part);
    part.shortest = sp->SHORTESTPATH() ? ast::PatternPart::Shortest::kShortest : ast::PatternPart::Shortest::kAllShortest;
  } else {
    Element(anon->patternElement(), &part);
  }
  if (ctx->variable()) part.path_variable = Name(ctx->variable()->symbolicName());
  part.pos = Pos(ctx);
  return part;
}

void Transformer::Element(P::PatternElementContext* ctx, ast::PatternPart* out) {
  if (ctx->patternElement()) return Element(ctx->patternElement(), out);
  *out = Chain(ctx->nodePattern(), ctx->patternElementChain());
}

ast::PatternPart Transformer::Chain(P::NodePatternContext* first, const std::vector<P::PatternElementChainContext*>& chain) {
  ast::PatternPart part;
  part.pos = Pos(first);
  part.nodes.push_back(Node(first));
  for (auto* link : chain) {
    part.rels.push_back(Rel(link->relationshipPattern()));
    part.nodes.push_back(Node(link->nodePattern()));
  }
  return part;
}

ast::NodePattern Transformer::Node(P::NodePatternContext* ctx) {
  ast::NodePattern n;
  n.pos = Pos(ctx);
  if (ctx->variable()) n.variable = Name(ctx->variable()->symbolicName());
  if (ctx->nodeLabels())
    for (auto* name : ctx->nodeLabels()->schemaName()) n.labels.push_back(Name(name));
  n.properties = Properties(ctx->properties());
  return n;
}

ast::RelPattern Transformer::Rel(P::RelationshipPatternContext* ctx) {
  ast::RelPattern r;
  r.pos = Pos(ctx);
  bool left = ctx->leftArrow() != nullptr, right = ctx->rightArrow() != nullptr;
  r.direction = left && !right ? ast::Direction::kRightToLeft
                : right && !left ? ast::Direction::kLeftToRight
                                 : ast::Direction::kBoth;
  auto* detail = ctx->relationshipDetail();
  if (!detail) return r;
  if (detail->variable()) r.variable = Name(detail->variable()->symbolicName());
  if (detail->relationshipTypes())
    for (auto* name : detail->relationshipTypes()->schemaName()) r.types.push_back(Name(name));
  r.properties = Properties(detail->properties());
  if (auto* range = detail->rangeLiteral()) {
    r.variable_length = true;
    auto ints = range->IntegerLiteral();
    bool dots = range->getText().find("..") != std::string::npos;
    if (!dots) {
      if (!ints.empty()) r.min_hops = r.max_hops.emplace(ParseIntegerLiteral(ints[0]->getText(), Pos(range)));
    } else {
      // *a..b, *..b, *a.., *..: which integers are present follows the dots' position.
      std::string text = range->getText();
      size_t dot = text.find("..");
      bool has_min = dot > 1, has_max = dot + 2 < text.size();
      size_t next = 0;
      if (has_min) r.min_hops = ParseIntegerLiteral(ints[next++]->getText(), Pos(range));
      if (has_max) r.max_hops = ParseIntegerLiteral(ints[next]->getText(), Pos(range));
    }
  }
  return r;
}

}  // namespace kg::query
