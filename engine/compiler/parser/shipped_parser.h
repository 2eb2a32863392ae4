// engine/compiler/parser/shipped_parser.h — the trained parser compiled into kg.
//
// engine/compiler/parser/models/parser.model is assembled into the binary, so kg needs no
// data files at run time; it is parsed once per process, on first use, and then only read
// (safe on any number of threads).
#pragma once

#include "engine/compiler/parser/dependency_parser.h"

namespace kg::compiler {

const DependencyParser& ShippedParser();

}  // namespace kg::compiler
