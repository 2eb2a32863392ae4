// Runs the generated ANTLR parser with our error listener, then the transformer.
#include "engine/query/parser/parser.h"

#include "CypherLexer.h"
#include "CypherParser.h"
#include "antlr4-runtime.h"
#include "engine/query/parser/transformer.h"

namespace kg::query {

namespace {

struct SyntaxFailure {
  std::string message;
  int line, column;
};

// Keeps the first error; ANTLR's messages are rewritten into something a user can act on.
class ErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token* token, size_t line, size_t column, const std::string& msg,
                   std::exception_ptr) override {
    if (failure) return;
    std::string text = token ? token->getText() : "";
    std::string message = token && token->getType() == antlr4::Token::EOF ? "unexpected end of input"
                          : token ? "unexpected '" + text + "'"
                                  : msg;
    if (text == "!" || msg.find("'!'") != std::string::npos) message += "; use '<>' for inequality";
    failure = SyntaxFailure{message, static_cast<int>(line), static_cast<int>(column) + 1};
  }
  std::optional<SyntaxFailure> failure;
};

// The generated parser recurses about a dozen rules deep for each `(`, `[`, `{` or CASE,
// so nesting is counted on the tokens before it runs: `RETURN [[[...]]]` a thousand deep
// must fail here, not overflow the stack.
Status CheckNesting(antlr4::CommonTokenStream& tokens, int max_depth) {
  tokens.fill();
  int depth = 0;
  for (antlr4::Token* token : tokens.getTokens()) {
    std::string text = token->getType() == kg_cypher::CypherLexer::CASE ? "(" : token->getText();
    if (token->getType() == kg_cypher::CypherLexer::END) text = ")";
    if (text == "(" || text == "[" || text == "{") ++depth;
    else if ((text == ")" || text == "]" || text == "}") && depth > 0) --depth;
    if (depth > max_depth)
      return Status::Syntax(NestingMessage(max_depth), static_cast<int>(token->getLine()),
                            static_cast<int>(token->getCharPositionInLine()) + 1);
  }
  return Status::Ok();
}

// The executor streams rows through a query's clauses, each clause calling the next, so
// clauses nest like expressions do: `WITH 1 AS x WITH x WITH x ...` 20,000 clauses long
// overflowed the stack. A part (between UNIONs) may have at most max_depth clauses.
Status CheckClauseCount(const ast::Statement& statement, int max_depth) {
  for (const auto& part : statement.query.parts)
    if (part.clauses.size() > static_cast<size_t>(max_depth)) {
      const ast::Position& pos = part.clauses[max_depth].pos;
      return Status::Syntax("query of more than " + std::to_string(max_depth) +
                                " clauses (each clause is a level of nesting)",
                            pos.line, pos.column);
    }
  return Status::Ok();
}

}  // namespace

Status ParseStatements(std::string_view text, std::vector<ast::Statement>* statements, int max_depth) {
  antlr4::ANTLRInputStream input(std::string(text.data(), text.size()));
  kg_cypher::CypherLexer lexer(&input);
  antlr4::CommonTokenStream tokens(&lexer);
  kg_cypher::CypherParser parser(&tokens);
  ErrorListener listener;
  lexer.removeErrorListeners();
  lexer.addErrorListener(&listener);
  parser.removeErrorListeners();
  parser.addErrorListener(&listener);
  if (Status nesting = CheckNesting(tokens, max_depth); !nesting.ok()) return nesting;
  auto* script = parser.script();
  if (listener.failure) return Status::Syntax(listener.failure->message, listener.failure->line, listener.failure->column);
  try {
    Transformer transformer(&input, max_depth);
    for (auto* statement : script->statement()) statements->push_back(transformer.Statement(statement));
  } catch (const TransformError& e) {
    return Status::Syntax(e.what(), e.pos.line, e.pos.column);
  }
  if (statements->empty()) return Status::Syntax("empty query", 1, 1);
  for (const auto& statement : *statements)
    if (Status clauses = CheckClauseCount(statement, max_depth); !clauses.ok()) return clauses;
  return Status::Ok();
}

Status ParseStatement(std::string_view text, ast::Statement* statement, int max_depth) {
  std::vector<ast::Statement> statements;
  Status s = ParseStatements(text, &statements, max_depth);
  if (!s.ok()) return s;
  if (statements.size() > 1) return Status::Syntax("expected one statement, found " + std::to_string(statements.size()), 1, 1);
  *statement = std::move(statements[0]);
  return Status::Ok();
}

}  // namespace kg::query
