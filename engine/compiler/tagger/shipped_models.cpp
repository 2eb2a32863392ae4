#include "engine/compiler/tagger/shipped_models.h"

#include "engine/common/log.h"

#include "engine/common/embedded_file.h"

// KG_POS_MODEL and KG_NAME_MODEL are the model files' paths (see CMakeLists.txt).
KG_EMBED_FILE(kg_pos_model, KG_POS_MODEL);
KG_EMBED_FILE(kg_name_model, KG_NAME_MODEL);
KG_EMBEDDED_FILE(kg_pos_model);
KG_EMBEDDED_FILE(kg_name_model);

namespace kg::compiler {

namespace {

const Perceptron& Load(const char* begin, const char* end, const char* what) {
  auto* model = new Perceptron();  // lives as long as the process
  Status s = model->Load(std::string_view(begin, static_cast<size_t>(end - begin)));
  if (!s.ok()) Log().error("the shipped {} model could not be loaded: {}", what, s.message());
  return *model;
}

}  // namespace

const Perceptron& PartOfSpeechModel() {
  static const Perceptron& model = Load(kg_pos_model_begin, kg_pos_model_end, "part-of-speech");
  return model;
}

const Perceptron& NameModel() {
  static const Perceptron& model = Load(kg_name_model_begin, kg_name_model_end, "name");
  return model;
}

}  // namespace kg::compiler
