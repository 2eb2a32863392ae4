// Runs the generated ANTLR parser with our error listener, then the transformer.
#include "engine/query/parser/parser.h"

#include <memory>
#include <stdexcept>

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
// clauses nest: `WITH 1 AS x WITH x WITH x ...` 20,000 clauses long overflowed the stack
// (issue 15). A clause takes about a tenth of the stack of an expression level, so a part
// (between UNIONs) may have 10 * max_depth clauses: 5,000 by default (the TCK's "Many
// CREATE clauses" has 760).
Status CheckClauseCount(const ast::Statement& statement, int max_depth) {
  const size_t max_clauses = static_cast<size_t>(max_depth) * 10;
  for (const auto& part : statement.query.parts)
    if (part.clauses.size() > max_clauses) {
      const ast::Position& pos = part.clauses[max_clauses].pos;
      return Status::Syntax("query of more than " + std::to_string(max_clauses) +
                                " clauses (ten clauses count as one level of nesting)",
                            pos.line, pos.column);
    }
  return Status::Ok();
}

// ANTLR's input stream throws std::range_error on text that is not UTF-8 (`RETURN '\xff'`,
// found by fuzzing): a SyntaxError at the first byte that starts no UTF-8 sequence.
Status NotUtf8(std::string_view text) {
  int line = 1, column = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool whole = n > 0 && i + n <= text.size();
    for (size_t k = 1; whole && k < n; ++k) whole = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!whole) break;
    if (c == '\n') line++, column = 0;
    column++, i += n - 1;
  }
  return Status::Syntax("query text is not valid UTF-8", line, column);
}

}  // namespace

Status ParseStatements(std::string_view text, std::vector<ast::Statement>* statements, int max_depth) {
  std::unique_ptr<antlr4::ANTLRInputStream> input;
  try {
    input = std::make_unique<antlr4::ANTLRInputStream>(std::string(text.data(), text.size()));
  } catch (const std::range_error&) {
    return NotUtf8(text);
  }
  kg_cypher::CypherLexer lexer(input.get());
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
    Transformer transformer(input.get(), max_depth);
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
