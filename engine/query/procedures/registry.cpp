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

}  // namespace kg::query
