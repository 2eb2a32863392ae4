// engine/query/parser/transformer.h — parse tree to AST (internal to the parser).
#pragma once

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

class Transformer {
 public:
  explicit Transformer(antlr4::CharStream* input) : input_(input) {}

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

  ast::ExprPtr Make(ast::ExprKind kind, antlr4::ParserRuleContext* ctx);
  std::string Text(antlr4::ParserRuleContext* ctx) const;
  static ast::Position Pos(antlr4::ParserRuleContext* ctx);
  static std::string Name(P::SymbolicNameContext* ctx);
  static std::string Name(P::SchemaNameContext* ctx);

  antlr4::CharStream* input_;
};

// Unescapes a quoted Cypher string literal (quotes included).
std::string UnescapeString(const std::string& quoted);

}  // namespace kg::query
