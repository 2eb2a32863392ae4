// Parse tree -> AST for expressions.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "engine/query/parser/transformer.h"

namespace kg::query {

using P = kg_cypher::CypherParser;
using ast::ExprKind;
using ast::ExprPtr;

ast::Position Transformer::Pos(antlr4::ParserRuleContext* ctx) {
  return {static_cast<int>(ctx->start->getLine()), static_cast<int>(ctx->start->getCharPositionInLine()) + 1};
}

std::string Transformer::Text(antlr4::ParserRuleContext* ctx) const {
  if (!ctx->stop || ctx->stop->getStopIndex() < ctx->start->getStartIndex()) return "";
  return input_->getText(antlr4::misc::Interval(ctx->start->getStartIndex(), ctx->stop->getStopIndex()));
}

std::string Transformer::Name(P::SymbolicNameContext* ctx) {
  std::string text = ctx->getText();
  if (ctx->EscapedSymbolicName()) {  // `a``b` -> a`b
    std::string out;
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      out += text[i];
      if (text[i] == '`' && text[i + 1] == '`') ++i;
    }
    return out;
  }
  return text;
}

std::string Transformer::Name(P::SchemaNameContext* ctx) {
  return ctx->symbolicName() ? Name(ctx->symbolicName()) : ctx->getText();
}

ExprPtr Transformer::Make(ExprKind kind, antlr4::ParserRuleContext* ctx) {
  ExprPtr e = Link(kind, ctx);
  e->text = Text(ctx);
  return e;
}

double ParseFloatLiteral(const std::string& text, ast::Position pos) {
  errno = 0;
  double value = std::strtod(text.c_str(), nullptr);
  // ERANGE with a tiny result is underflow (1E-999): 0.0, as in Neo4j and Java.
  if (errno == ERANGE && std::abs(value) > 1.0) throw TransformError("float is too large: " + text, pos);
  return value;
}

int64_t ParseIntegerLiteral(const std::string& text, ast::Position pos) {
  errno = 0;
  long long value = std::strtoll(text.c_str(), nullptr, 10);
  if (errno == ERANGE) throw TransformError("integer is too large: " + text, pos);
  return value;
}

std::string NestingMessage(int max_depth) {
  return "expression nested deeper than " + std::to_string(max_depth) + " levels";
}

Transformer::Deeper::Deeper(Transformer* t, size_t levels, antlr4::ParserRuleContext* ctx, bool chain)
    : t_(t), levels_(levels) {
  if (t->depth_ + levels > t->max_depth_)
    throw TransformError(NestingMessage(static_cast<int>(t->max_depth_) - 1) +
                             (chain ? " (each operator of a chain like a + b + c is a level)" : ""),
                         Pos(ctx));
  t->depth_ += levels;
}

ExprPtr Transformer::Link(ExprKind kind, antlr4::ParserRuleContext* ctx) {
  auto e = std::make_shared<ast::Expr>();
  e->kind = kind;
  e->pos = Pos(ctx);
  return e;
}

namespace {

ExprPtr Binary(const std::string& op, ExprPtr left, ExprPtr right, const std::string& text) {
  auto e = std::make_shared<ast::Expr>();
  e->kind = ExprKind::kBinary;
  e->op = op;
  e->pos = left->pos;
  e->text = text;
  e->children = {std::move(left), std::move(right)};
  return e;
}

// `a OR b OR c ...` as a balanced tree: AND, OR and XOR are associative in openCypher's
// three-valued logic, and a tree evaluated left subtree first with short-circuit visits the
// operands in the same order as a chain does, so a generated `x = 1 OR x = 2 OR ...` of
// thousands of terms is log2(n) levels deep instead of n.
ExprPtr Balanced(const std::string& op, const std::vector<ExprPtr>& operands, size_t begin, size_t end) {
  if (end - begin == 1) return operands[begin];
  size_t middle = begin + (end - begin) / 2;
  return Binary(op, Balanced(op, operands, begin, middle), Balanced(op, operands, middle, end), "");
}

}  // namespace

// The depth of Balanced's tree over n operands.
size_t BalancedHeight(size_t n) {
  size_t height = 0;
  while ((size_t{1} << height) < n) ++height;
  return height;
}

// Only the whole chain gets its source text (a column name when it is a RETURN item); the
// links inside are never named, and giving each its own text would copy the query n times.
ExprPtr Transformer::Associative(const std::string& op, const std::vector<ExprPtr>& operands,
                                 antlr4::ParserRuleContext* ctx) {
  if (operands.size() == 1) return operands[0];
  ExprPtr e = Balanced(op, operands, 0, operands.size());
  e->text = Text(ctx);
  return e;
}

namespace {

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

ExprPtr Transformer::Expression(P::ExpressionContext* ctx) {
  Deeper nested(this, 1, ctx);
  return Or(ctx->orExpression());
}

ExprPtr Transformer::Or(P::OrExpressionContext* ctx) {
  auto children = ctx->xorExpression();
  Deeper chain(this, BalancedHeight(children.size()), ctx);
  std::vector<ExprPtr> operands;
  for (auto* operand : children) operands.push_back(Xor(operand));
  return Associative("OR", operands, ctx);
}

ExprPtr Transformer::Xor(P::XorExpressionContext* ctx) {
  auto children = ctx->andExpression();
  Deeper chain(this, BalancedHeight(children.size()), ctx);
  std::vector<ExprPtr> operands;
  for (auto* operand : children) operands.push_back(And(operand));
  return Associative("XOR", operands, ctx);
}

ExprPtr Transformer::And(P::AndExpressionContext* ctx) {
  auto children = ctx->notExpression();
  Deeper chain(this, BalancedHeight(children.size()), ctx);
  std::vector<ExprPtr> operands;
  for (auto* operand : children) operands.push_back(Not(operand));
  return Associative("AND", operands, ctx);
}

ExprPtr Transformer::Not(P::NotExpressionContext* ctx) {
  size_t nots = ctx->NOT().size();
  ExprPtr e;
  {
    Deeper chain(this, nots, ctx, true);
    e = Comparison(ctx->comparisonExpression());
  }
  for (size_t i = 0; i < nots; ++i) {
    ExprPtr n = Link(ExprKind::kUnary, ctx);
    n->op = "NOT";
    n->children = {e};
    e = n;
  }
  if (nots > 0) e->text = Text(ctx);
  return e;
}

ExprPtr Transformer::Comparison(P::ComparisonExpressionContext* ctx) {
  auto operands = ctx->predicateExpression();
  if (operands.size() == 1) return Predicate(operands[0]);
  Deeper chain(this, 1 + BalancedHeight(operands.size() - 1), ctx);
  ExprPtr first = Predicate(operands[0]);
  // a < b < c means a < b AND b < c.
  auto operators = ctx->comparisonOperator();
  std::vector<ExprPtr> comparisons;
  ExprPtr left = first;
  for (size_t i = 1; i < operands.size(); ++i) {
    std::string op = operators[i - 1]->getText();
    if (op == "!=" || op == "==")
      throw TransformError("unknown operator '" + op + "'" + (op == "!=" ? "; did you mean '<>'?" : "; did you mean '='?"),
                           Pos(operators[i - 1]));
    ExprPtr right = Predicate(operands[i]);
    comparisons.push_back(Binary(op, left, right, ""));
    left = right;
  }
  return Associative("AND", comparisons, ctx);
}

ExprPtr Transformer::Predicate(P::PredicateExpressionContext* ctx) {
  auto suffixes = ctx->predicateSuffix();
  ExprPtr e;
  {
    Deeper chain(this, suffixes.size(), ctx, true);
    e = Add(ctx->addExpression());
  }
  for (size_t i = 0; i < suffixes.size(); ++i) {
    Deeper link(this, suffixes.size() - i, ctx, true);
    auto* suffix = suffixes[i];
    if (auto* s = dynamic_cast<P::StringPredicateContext*>(suffix)) {
      std::string op = s->STARTS() ? "STARTS" : s->ENDS() ? "ENDS" : s->CONTAINS() ? "CONTAINS" : "=~";
      e = Binary(op, e, Add(s->addExpression()), "");
    } else if (auto* in = dynamic_cast<P::InPredicateContext*>(suffix)) {
      e = Binary("IN", e, Add(in->addExpression()), "");
    } else if (auto* n = dynamic_cast<P::NullPredicateContext*>(suffix)) {
      ExprPtr test = Link(n->NOT() ? ExprKind::kIsNotNull : ExprKind::kIsNull, ctx);
      test->children = {e};
      e = test;
    }
  }
  if (!suffixes.empty()) e->text = Text(ctx);
  return e;
}

// `a + b - c` is left-deep, ((a + b) - c): + and - are not associative for every type
// ('a' + 1 + 2 is 'a12'). Children are fetched once: ANTLR's ctx->x(i) scans all children.
ExprPtr Transformer::Add(P::AddExpressionContext* ctx) {
  auto operands = ctx->multiplyExpression();
  ExprPtr e = ChainOperand(operands, 0, [this](auto* operand) { return Multiply(operand); });
  size_t operand = 1;
  for (auto* child : ctx->children) {
    auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (!term) continue;
    ExprPtr right = ChainOperand(operands, operand++, [this](auto* operand) { return Multiply(operand); });
    e = Binary(term->getText(), e, right, "");
  }
  if (operands.size() > 1) e->text = Text(ctx);
  return e;
}

ExprPtr Transformer::Multiply(P::MultiplyExpressionContext* ctx) {
  auto operands = ctx->powerExpression();
  ExprPtr e = ChainOperand(operands, 0, [this](auto* operand) { return Power(operand); });
  size_t operand = 1;
  for (auto* child : ctx->children) {
    auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (!term) continue;
    ExprPtr right = ChainOperand(operands, operand++, [this](auto* operand) { return Power(operand); });
    e = Binary(term->getText(), e, right, "");
  }
  if (operands.size() > 1) e->text = Text(ctx);
  return e;
}

ExprPtr Transformer::Power(P::PowerExpressionContext* ctx) {
  auto operands = ctx->unaryExpression();
  auto unary = [this](P::UnaryExpressionContext* operand) { return Unary(operand); };
  ExprPtr e = ChainOperand(operands, 0, unary);
  for (size_t i = 1; i < operands.size(); ++i) e = Binary("^", e, ChainOperand(operands, i, unary), "");
  if (operands.size() > 1) e->text = Text(ctx);
  return e;
}

ExprPtr Transformer::Unary(P::UnaryExpressionContext* ctx) {
  // A negative integer literal is folded so that -9223372036854775808 is representable.
  auto* postfix = ctx->postfixExpression();
  size_t signs = ctx->children.size() - 1;
  bool negative = false;
  for (size_t i = 0; i < signs; ++i) negative ^= ctx->children[i]->getText() == "-";
  if (signs > 0 && postfix->postfixSuffix().empty() && !postfix->nodeLabels() && postfix->atom()->literal()) {
    auto* lit = postfix->atom()->literal();
    if (lit->IntegerLiteral() || lit->HexInteger() || lit->OctalInteger() || lit->DoubleLiteral()) {
      std::string text = (negative ? "-" : "") + lit->getText();
      ExprPtr e = Make(ExprKind::kLiteral, ctx);
      if (lit->DoubleLiteral()) {
        e->literal = Value(ParseFloatLiteral(text, Pos(ctx)));
        return e;
      }
      int base = lit->HexInteger() ? 16 : lit->OctalInteger() ? 8 : 10;
      std::string digits = base == 10 ? lit->getText() : lit->getText().substr(2);
      errno = 0;
      char* end = nullptr;
      unsigned long long magnitude = std::strtoull(digits.c_str(), &end, base);
      uint64_t limit = negative ? uint64_t(std::numeric_limits<int64_t>::max()) + 1 : std::numeric_limits<int64_t>::max();
      if (errno == ERANGE || magnitude > limit) throw TransformError("integer is too large: " + text, Pos(ctx));
      e->literal = Value(negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude));
      return e;
    }
  }
  ExprPtr e = Postfix(postfix);
  if (negative) {
    ExprPtr n = Make(ExprKind::kUnary, ctx);
    n->op = "-";
    n->children = {e};
    return n;
  }
  return e;
}

ExprPtr Transformer::Postfix(P::PostfixExpressionContext* ctx) {
  auto suffixes = ctx->postfixSuffix();
  size_t links = suffixes.size() + (ctx->nodeLabels() ? 1 : 0);
  ExprPtr e;
  {
    Deeper chain(this, links, ctx, true);
    e = Atom(ctx->atom());
  }
  for (size_t i = 0; i < suffixes.size(); ++i) {
    Deeper link(this, links - i, ctx, true);
    auto* suffix = suffixes[i];
    if (auto* p = dynamic_cast<P::PropertyLookupContext*>(suffix)) {
      ExprPtr prop = Link(ExprKind::kProperty, ctx);
      prop->name = Name(p->schemaName());
      prop->children = {e};
      e = prop;
    } else if (auto* i = dynamic_cast<P::IndexLookupContext*>(suffix)) {
      ExprPtr index = Link(ExprKind::kIndex, ctx);
      index->children = {e, Expression(i->expression())};
      e = index;
    } else if (auto* s = dynamic_cast<P::SliceLookupContext*>(suffix)) {
      ExprPtr slice = Link(ExprKind::kSlice, ctx);
      slice->children = {e, s->from ? Expression(s->from) : nullptr, s->to ? Expression(s->to) : nullptr};
      e = slice;
    }
  }
  if (ctx->nodeLabels()) {
    ExprPtr labels = Link(ExprKind::kLabels, ctx);
    for (auto* name : ctx->nodeLabels()->schemaName()) labels->keys.push_back(Name(name));
    labels->children = {e};
    e = labels;
  }
  if (!suffixes.empty() || ctx->nodeLabels()) e->text = Text(ctx);
  return e;
}

ExprPtr Transformer::Parameter(P::ParameterContext* ctx) {
  ExprPtr e = Make(ExprKind::kParameter, ctx);
  e->name = ctx->symbolicName() ? Name(ctx->symbolicName()) : ctx->IntegerLiteral()->getText();
  return e;
}

ExprPtr Transformer::MapLiteral(P::MapLiteralContext* ctx) {
  ExprPtr e = Make(ExprKind::kMap, ctx);
  for (size_t i = 0; i < ctx->schemaName().size(); ++i) {
    e->keys.push_back(Name(ctx->schemaName(i)));
    e->children.push_back(Expression(ctx->expression(i)));
  }
  return e;
}

ExprPtr Transformer::Properties(P::PropertiesContext* ctx) {
  if (!ctx) return nullptr;
  return ctx->mapLiteral() ? MapLiteral(ctx->mapLiteral()) : Parameter(ctx->parameter());
}

ExprPtr Transformer::Function(P::FunctionInvocationContext* ctx) {
  ExprPtr e = Make(ExprKind::kFunction, ctx);
  e->name = ctx->functionName()->getText();
  e->distinct = ctx->DISTINCT() != nullptr;
  for (auto* arg : ctx->expression()) e->children.push_back(Expression(arg));
  return e;
}

ExprPtr Transformer::Case(P::CaseExpressionContext* ctx) {
  ExprPtr e = Make(ExprKind::kCase, ctx);
  auto exprs = ctx->expression();
  size_t next = 0;
  if (!exprs.empty() && ctx->children[1] == exprs[0]) {  // CASE subject WHEN ...
    e->has_subject = true;
    e->children.push_back(Expression(exprs[next++]));
  }
  for (auto* alt : ctx->caseAlternative()) {
    e->children.push_back(Expression(alt->expression(0)));
    e->children.push_back(Expression(alt->expression(1)));
  }
  if (ctx->ELSE()) {
    e->has_else = true;
    e->children.push_back(Expression(exprs.back()));
  }
  return e;
}

ExprPtr Transformer::Literal(P::LiteralContext* ctx) {
  ExprPtr e = Make(ExprKind::kLiteral, ctx);
  if (ctx->StringLiteral()) e->literal = Value(UnescapeString(ctx->getText()));
  else if (ctx->TRUE()) e->literal = Value(true);
  else if (ctx->FALSE()) e->literal = Value(false);
  else if (ctx->NULL_()) e->literal = Value();
  else if (ctx->DoubleLiteral()) e->literal = Value(ParseFloatLiteral(ctx->getText(), Pos(ctx)));
  else if (ctx->listLiteral()) {
    e->kind = ExprKind::kList;
    for (auto* item : ctx->listLiteral()->expression()) e->children.push_back(Expression(item));
  } else if (ctx->mapLiteral()) {
    return MapLiteral(ctx->mapLiteral());
  } else {
    int base = ctx->HexInteger() ? 16 : ctx->OctalInteger() ? 8 : 10;
    std::string digits = base == 10 ? ctx->getText() : ctx->getText().substr(2);
    errno = 0;
    unsigned long long v = std::strtoull(digits.c_str(), nullptr, base);
    if (errno == ERANGE || v > uint64_t(std::numeric_limits<int64_t>::max()))
      throw TransformError("integer is too large: " + ctx->getText(), Pos(ctx));
    e->literal = Value(static_cast<int64_t>(v));
  }
  return e;
}

ExprPtr Transformer::Atom(P::AtomContext* ctx) {
  if (ctx->literal()) return Literal(ctx->literal());
  if (ctx->parameter()) return Parameter(ctx->parameter());
  if (ctx->caseExpression()) return Case(ctx->caseExpression());
  if (ctx->COUNT()) return Make(ExprKind::kCountStar, ctx);
  if (ctx->expression()) return Expression(ctx->expression());
  if (ctx->functionInvocation()) return Function(ctx->functionInvocation());
  if (ctx->variable()) {
    ExprPtr e = Make(ExprKind::kVariable, ctx);
    e->name = Name(ctx->variable()->symbolicName());
    return e;
  }
  if (auto* q = ctx->quantifier()) {
    ExprPtr e = Make(ExprKind::kQuantifier, ctx);
    e->op = Upper(q->children[0]->getText());
    e->name = Name(q->variable()->symbolicName());
    e->children = {Expression(q->expression(0)), q->expression().size() > 1 ? Expression(q->expression(1)) : nullptr};
    return e;
  }
  if (auto* l = ctx->listComprehension()) {
    ExprPtr e = Make(ExprKind::kListComprehension, ctx);
    e->name = Name(l->variable()->symbolicName());
    e->children = {Expression(l->expression(0)), nullptr, nullptr};
    size_t next = 1;
    if (l->WHERE()) e->children[1] = Expression(l->expression(next++));
    if (next < l->expression().size()) e->children[2] = Expression(l->expression(next));
    return e;
  }
  if (auto* p = ctx->relationshipsPattern()) {
    ExprPtr e = Make(ExprKind::kPatternPredicate, ctx);
    e->pattern = std::make_shared<ast::PatternPart>(Chain(p->nodePattern(), p->patternElementChain()));
    return e;
  }
  if (auto* pc = ctx->patternComprehension()) {
    ExprPtr e = Make(ExprKind::kPatternComprehension, ctx);
    auto* rp = pc->relationshipsPattern();
    e->pattern = std::make_shared<ast::PatternPart>(Chain(rp->nodePattern(), rp->patternElementChain()));
    if (pc->variable()) e->pattern->path_variable = Name(pc->variable()->symbolicName());
    e->children = {pc->WHERE() ? Expression(pc->expression(0)) : nullptr, Expression(pc->expression().back())};
    return e;
  }
  if (auto* x = ctx->existsSubquery()) {
    ExprPtr e = Make(ExprKind::kExists, ctx);
    if (x->regularQuery()) {
      e->subquery = std::make_shared<ast::Query>(Query(x->regularQuery()));
    } else {
      auto parts = Pattern(x->pattern());
      ast::Query q;
      ast::Clause match{ast::Clause::Kind::kMatch};
      match.patterns = parts;
      if (x->whereClause()) match.where = Expression(x->whereClause()->expression());
      q.parts.push_back({{match}});
      e->subquery = std::make_shared<ast::Query>(std::move(q));
    }
    return e;
  }
  throw TransformError("unsupported expression", Pos(ctx));
}

std::string UnescapeString(const std::string& quoted) {
  std::string out;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    char c = quoted[i];
    if (c != '\\' || i + 2 >= quoted.size()) {
      out += c;
      continue;
    }
    char n = quoted[++i];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': case 'U': {
        size_t len = n == 'u' ? 4 : 8;
        unsigned cp = std::stoul(quoted.substr(i + 1, len), nullptr, 16);
        i += len;
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else { out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        break;
      }
      default: out += n;  // \\ \' \"
    }
  }
  return out;
}

}  // namespace kg::query
