// kg.claims(node or relationship), kg.conflicts(), kg.sources(item), kg.search(text): the provenance and
// disagreement records the article compiler keeps (engine/knowledge).
#include "engine/knowledge/knowledge_store.h"
#include "engine/knowledge/search_terms.h"
#include "engine/query/procedures/registry.h"

namespace kg::query {

namespace {

// The text of kg.search(text). A query with no words to rank by would match every sentence
// equally: a mistake, never a question.
const std::string& SearchText(const Value& text) {
  if (!text.is_string()) throw QueryError(ErrorKind::kArgument, "kg.search() expects a string");
  if (text.as_string().find_first_not_of(" \t\r\n") == std::string::npos)
    throw QueryError(ErrorKind::kArgument, "kg.search() expects words to search for, got an empty string");
  if (knowledge::SearchTerms(text.as_string()).empty())
    throw QueryError(ErrorKind::kArgument,
                     "kg.search() expects words to search for, got only stop words (\"the\", \"in\", ...) "
                     "and punctuation: '" + text.as_string() + "'");
  return text.as_string();
}

}  // namespace

std::vector<Procedure> KgProcedures() {
  return {
      {"kg.claims", {"item"}, {"attribute", "value", "as_of", "sources", "evidence"},
       "every value stated of a node's attributes or a fact's qualifiers, with its sources",
       [](const std::vector<Value>& args, ExecContext& ctx) {
         if (!args[0].is_node() && !args[0].is_relationship())
           throw QueryError(ErrorKind::kArgument, "kg.claims() expects a node or a relationship");
         return knowledge::ClaimRows(*ctx.txn, args[0]);
       }},
      {"kg.conflicts", {}, {"subject", "predicate", "object", "attribute", "values"},
       "one row per disputed attribute or qualifier, with every value and its sources",
       [](const std::vector<Value>&, ExecContext& ctx) { return knowledge::ConflictRows(*ctx.txn); }},
      {"kg.sources", {"item"}, {"article", "title", "evidence"},
       "the articles and sentences that state a node or relationship",
       [](const std::vector<Value>& args, ExecContext& ctx) { return knowledge::SourceRows(*ctx.txn, ctx.Materialize(args[0])); }},
      {"kg.search", {"text"}, {"article", "evidence", "subject", "predicate", "object", "item", "score"},
       "fact and claim sentences ranked by how well they match the words of text (BM25), best first",
       [](const std::vector<Value>& args, ExecContext& ctx) {
         return knowledge::SearchRows(*ctx.txn, SearchText(args[0]));
       }},
  };
}

}  // namespace kg::query
