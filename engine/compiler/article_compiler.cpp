#include "engine/compiler/article_compiler.h"

namespace kg::compiler {

struct ArticleAnalysis {};

Status AnalyzeArticle(std::string_view path, std::string_view, std::shared_ptr<const ArticleAnalysis>*) {
  return Status::Input(std::string(path) + ": the compiler is not implemented yet");
}

Status WriteArticle(storage::GraphStore&, const ArticleAnalysis&, CompileReport*) {
  return Status::Runtime("not implemented yet");
}

int64_t CountDisputes(storage::GraphReader&) { return 0; }

}  // namespace kg::compiler
