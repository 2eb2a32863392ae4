// engine/query/parser/parser.h — query text to AST. The ANTLR parse tree never leaves
// this folder.
#pragma once

#include <string_view>
#include <vector>

#include "engine/query/ast/clause.h"
#include "kg/status.h"

namespace kg::query {

// Parses one or more `;`-separated statements. SyntaxError with 1-based line:column and
// a hint for common mistakes, or when an expression is nested deeper than max_depth
// (QueryLimits::max_nesting_depth); the parser and every pass after it recurse per level.
Status ParseStatements(std::string_view text, std::vector<ast::Statement>* statements, int max_depth);

// Parses exactly one statement.
Status ParseStatement(std::string_view text, ast::Statement* statement, int max_depth);

}  // namespace kg::query
