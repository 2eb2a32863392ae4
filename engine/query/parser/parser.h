// engine/query/parser/parser.h — query text to AST. The ANTLR parse tree never leaves
// this folder.
#pragma once

#include <string_view>
#include <vector>

#include "engine/query/ast/clause.h"
#include "kg/status.h"

namespace kg::query {

// Parses one or more `;`-separated statements. SyntaxError with 1-based line:column and
// a hint for common mistakes.
Status ParseStatements(std::string_view text, std::vector<ast::Statement>* statements);

// Parses exactly one statement.
Status ParseStatement(std::string_view text, ast::Statement* statement);

}  // namespace kg::query
