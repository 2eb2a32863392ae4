#include "engine/query/procedures/registry.h"

namespace kg::query {

const std::vector<Procedure>& AllProcedures() {
  static const std::vector<Procedure> all = [] {
    std::vector<Procedure> out = DbProcedures();
    for (auto& p : KgProcedures()) out.push_back(std::move(p));
    return out;
  }();
  return all;
}

const Procedure* FindProcedure(const std::string& name) {
  for (const auto& p : AllProcedures())
    if (p.name == name) return &p;
  return nullptr;
}

namespace {

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

std::string Signature(const Procedure& procedure) {
  return procedure.name + "(" + Join(procedure.parameters) + ") :: (" + Join(procedure.columns) + ")";
}

}  // namespace kg::query
