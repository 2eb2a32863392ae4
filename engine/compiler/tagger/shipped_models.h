// engine/compiler/tagger/shipped_models.h — the trained models compiled into kg.
//
// engine/compiler/tagger/models/{pos,names}.model are assembled into the binary, so kg needs
// no data files at run time; each is parsed once per process, on first use.
#pragma once

#include "engine/compiler/tagger/perceptron.h"

namespace kg::compiler {

const Perceptron& PartOfSpeechModel();
const Perceptron& NameModel();

}  // namespace kg::compiler
