#include "engine/compiler/parser/shipped_parser.h"

#include "engine/common/embedded_file.h"
#include "engine/common/log.h"

// KG_PARSER_MODEL is the model file's path (see CMakeLists.txt).
KG_EMBED_FILE(kg_parser_model, KG_PARSER_MODEL);
KG_EMBEDDED_FILE(kg_parser_model);

namespace kg::compiler {

const DependencyParser& ShippedParser() {
  static const DependencyParser& parser = []() -> const DependencyParser& {
    auto* model = new DependencyParser();  // lives as long as the process
    Status s = model->Load(std::string_view(
        kg_parser_model_begin, static_cast<size_t>(kg_parser_model_end - kg_parser_model_begin)));
    if (!s.ok()) Log().error("the shipped parser model could not be loaded: {}", s.message());
    return *model;
  }();
  return parser;
}

}  // namespace kg::compiler
