// Embedding kg: open a database, compile an article, query it with a parameter, read
// typed values, and handle errors both as values and as exceptions.
//
// Usage: kg_embed_example DB_DIR
#include <iostream>
#include <memory>
#include <string>

#include <kg/database.h>

namespace {

// An invented news item, written for this example.
constexpr const char* kArticle =
    "Harbour bridge reopens after repairs\n"
    "By Ann Example\n"
    "\n"
    "The Northgate harbour bridge reopened on Monday after six months of repairs.\n"
    "Mayor Jonas Fieldwright said the work finished two weeks early.\n";

std::string TypeName(const kg::Value& v) {
  switch (v.type()) {
    case kg::Value::Type::kNull: return "null";
    case kg::Value::Type::kBool: return "boolean";
    case kg::Value::Type::kInt: return "integer";
    case kg::Value::Type::kFloat: return "float";
    case kg::Value::Type::kString: return "string";
    case kg::Value::Type::kList: return "list";
    case kg::Value::Type::kMap: return "map";
    case kg::Value::Type::kNode: return "node";
    case kg::Value::Type::kRelationship: return "relationship";
    case kg::Value::Type::kPath: return "path";
  }
  return "?";
}

void Print(const kg::QueryResult& result) {
  for (const auto& row : result.rows()) {
    for (size_t c = 0; c < row.size(); ++c)
      std::cout << (c ? ", " : "  ") << result.columns()[c] << " = " << row[c].ToString() << " (" << TypeName(row[c])
                << ")";
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " DB_DIR\n";
    return 2;
  }
  std::unique_ptr<kg::Database> db;
  if (kg::Status s = kg::Database::Open(argv[1], {}, &db); !s.ok()) {
    std::cerr << "error: " << s.ToString() << "\n";
    return s.ExitCode();
  }

  kg::CompileReport report;
  // A failed compile leaves the graph as it was; the queries below still run.
  if (kg::Status s = db->CompileArticle("bridge.txt", kArticle, &report); !s.ok())
    std::cout << "compile failed: " << s.ToString() << "\n";
  else
    std::cout << "compiled " << report.article_id << (report.unchanged ? " (unchanged)" : "") << "\n";

  // Typed results of a query with a parameter.
  kg::QueryResult articles = db->Query("MATCH (a:Article) WHERE a.path = $path RETURN a.title AS title, a.id AS id",
                                       {{"path", kg::Value("bridge.txt")}});
  articles.ThrowIfError();
  Print(articles);
  kg::QueryResult mentioned = db->Query(
      "MATCH (:Article {path: $path})-[m:MENTIONS]->(e) RETURN labels(e) AS labels, e.name AS name, m.count AS count "
      "ORDER BY name",
      {{"path", kg::Value("bridge.txt")}});
  mentioned.ThrowIfError();
  Print(mentioned);
  kg::QueryResult numbers = db->Query("UNWIND range(1, $n) AS i RETURN i, i / 2.0 AS half, i % 2 = 0 AS even",
                                      {{"n", kg::Value(3)}});
  for (const auto& row : numbers.rows())
    std::cout << "  i=" << row[0].as_int() << " half=" << row[1].as_float() << " even=" << std::boolalpha << row[2].as_bool() << "\n";

  // Errors as values: the kind and the position in the statement.
  kg::QueryResult bad = db->Query("MATCH (a:Article) RETRUN a");
  std::cout << "error as value: " << bad.status().ToString() << " at " << bad.status().line() << ":"
            << bad.status().column() << "\n";

  // The same as an exception.
  try {
    db->Query("RETURN $missing + 1").ThrowIfError();
    std::cout << "no exception\n";
  } catch (const kg::Error& e) {
    std::cout << "error as exception: " << kg::ErrorKindName(e.status().kind()) << "\n";
  }
  return 0;
}
