// engine/query/parser/transformer.h — parse tree to AST (internal to the parser).
#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>

#include "CypherParser.h"
#include "engine/query/ast/clause.h"

namespace kg::query {

// Thrown while transforming; ParseStatements turns it into a SyntaxError.
struct TransformError : std::runtime_error {
  TransformError(const std::string& message, ast::Position pos) : std::runtime_error(message), pos(pos) {}
  ast::Position pos;
};

// The error of an expression nested deeper than QueryLimits::max_nesting_depth.
std::string NestingMessage(int max_depth);

// A float or integer literal's value; TransformError at pos when no double or int64 holds
// it (`1E999`, `[*99999999999999999999]`), where std::stod and std::stoll would throw
// std::out_of_range past the parser (issue 15, found by fuzzing).
double ParseFloatLiteral(const std::string& text, ast::Position pos);
int64_t ParseIntegerLiteral(const std::string& text, ast::Position pos);

class Transformer {
 public:
  // max_depth bounds the depth of the AST it builds (see Deeper).
  // The outermost expression of a clause is level 0, hence the + 1.
  Transformer(antlr4::CharStream* input, int max_depth) : input_(input), max_depth_(max_depth + 1) {}

  ast::Statement Statement(kg_cypher::CypherParser::StatementContext* ctx);
  ast::Query Query(kg_cypher::CypherParser::RegularQueryContext* ctx);
  ast::ExprPtr Expression(kg_cypher::CypherParser::ExpressionContext* ctx);

 private:
  using P = kg_cypher::CypherParser;
  ast::SingleQuery Single(P::SingleQueryContext* ctx);
  ast::Clause Clause(P::ClauseContext* ctx);
  void Projection(P::ProjectionBodyContext* ctx, ast::Projection* out);
  std::vector<ast::SetItem> SetItems(P::SetClauseContext* ctx);
  ast::Clause Call(P::CallClauseContext* ctx);
  void LoadCsv(P::LoadCsvClauseContext* ctx, ast::Clause* c);
  ast::Clause ShowProcedures(P::ShowProceduresContext* ctx);
  void Yield(P::YieldClauseContext* ctx, ast::Clause* call);

  std::vector<ast::PatternPart> Pattern(P::PatternContext* ctx);
  ast::PatternPart Part(P::PatternPartContext* ctx);
  void Element(P::PatternElementContext* ctx, ast::PatternPart* out);
  ast::NodePattern Node(P::NodePatternContext* ctx);
  ast::RelPattern Rel(P::RelationshipPatternContext* ctx);
  ast::PatternPart Chain(P::NodePatternContext* first, const std::vector<P::PatternElementChainContext*>& chain);

  ast::ExprPtr Or(P::OrExpressionContext* ctx);
  ast::ExprPtr Xor(P::XorExpressionContext* ctx);
  ast::ExprPtr And(P::AndExpressionContext* ctx);
  ast::ExprPtr Not(P::NotExpressionContext* ctx);
  ast::ExprPtr Comparison(P::ComparisonExpressionContext* ctx);
  ast::ExprPtr Predicate(P::PredicateExpressionContext* ctx);
  ast::ExprPtr Add(P::AddExpressionContext* ctx);
  ast::ExprPtr Multiply(P::MultiplyExpressionContext* ctx);
  ast::ExprPtr Power(P::PowerExpressionContext* ctx);
  ast::ExprPtr Unary(P::UnaryExpressionContext* ctx);
  ast::ExprPtr Postfix(P::PostfixExpressionContext* ctx);
  ast::ExprPtr Atom(P::AtomContext* ctx);
  ast::ExprPtr Literal(P::LiteralContext* ctx);
  ast::ExprPtr Function(P::FunctionInvocationContext* ctx);
  ast::ExprPtr Case(P::CaseExpressionContext* ctx);
  ast::ExprPtr MapLiteral(P::MapLiteralContext* ctx);
  ast::ExprPtr Parameter(P::ParameterContext* ctx);
  ast::ExprPtr Properties(P::PropertiesContext* ctx);

  // Operand i of a left-deep chain `a + b - c`, transformed at its depth in the tree: the
  // first two are as deep as the chain is long, each later one a level less.
  template <typename Context, typename Transform>
  ast::ExprPtr ChainOperand(const std::vector<Context*>& operands, size_t i, Transform transform) {
    Deeper link(this, operands.size() - std::max<size_t>(i, 1), operands[i], true);
    return transform(operands[i]);
  }
  ast::ExprPtr Make(ast::ExprKind kind, antlr4::ParserRuleContext* ctx);
  // A node inside an operator or suffix chain: no source text (see Associative).
  ast::ExprPtr Link(ast::ExprKind kind, antlr4::ParserRuleContext* ctx);
  ast::ExprPtr Associative(const std::string& op, const std::vector<ast::ExprPtr>& operands,
                           antlr4::ParserRuleContext* ctx);
  std::string Text(antlr4::ParserRuleContext* ctx) const;
  static ast::Position Pos(antlr4::ParserRuleContext* ctx);
  static std::string Name(P::SymbolicNameContext* ctx);
  static std::string Name(P::SchemaNameContext* ctx);

  // Counts AST levels while transforming: every recursive pass over an expression (binder,
  // evaluator, destructors) recurses once per level, so the tree must stay shallow. Levels
  // are a nested expression (a bracket, a CASE, a function argument) and each operator of a
  // chain: `1 + 1 + ... + 1` is a left-deep tree as deep as it is long.
  class Deeper {
   public:
    // chain: the levels are operators of a chain, which the error message then explains.
    Deeper(Transformer* t, size_t levels, antlr4::ParserRuleContext* ctx, bool chain = false);
    ~Deeper() { t_->depth_ -= levels_; }
    Deeper(const Deeper&) = delete;
    Deeper& operator=(const Deeper&) = delete;

   private:
    Transformer* t_;
    size_t levels_;
  };

  antlr4::CharStream* input_;
  size_t max_depth_;
  size_t depth_ = 0;
};

// Unescapes a quoted Cypher string literal (quotes included).
std::string UnescapeString(const std::string& quoted);

}  // namespace kg::query
