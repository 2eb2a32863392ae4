// db.labels(), db.relationshipTypes(), db.propertyKeys(), db.schema(), db.procedures().
#include <map>

#include "engine/query/procedures/registry.h"

namespace kg::query {

namespace {

std::vector<std::vector<Value>> OneColumn(const std::vector<std::string>& names) {
  std::vector<std::vector<Value>> rows;
  for (const auto& n : names) rows.push_back({Value(n)});
  return rows;
}

// (from label, type, to label) -> count, over every relationship of every type.
std::vector<std::vector<Value>> Schema(ExecContext& ctx) {
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> counts;
  for (const auto& type : ctx.txn->RelTypes()) {
    ctx.txn->ScanRels(type, [&](storage::RelId id) {
      auto rel = ctx.txn->GetRel(id);
      auto from = ctx.txn->GetNode(rel->start), to = ctx.txn->GetNode(rel->end);
      std::string fl = from && !from->labels.empty() ? from->labels[0] : "";
      std::string tl = to && !to->labels.empty() ? to->labels[0] : "";
      counts[{fl, type, tl}]++;
      return true;
    });
  }
  std::vector<std::vector<Value>> rows;
  for (const auto& [key, count] : counts)
    rows.push_back({Value(std::get<0>(key)), Value(std::get<1>(key)), Value(std::get<2>(key)), Value(count)});
  return rows;
}

// One row per procedure, for `CALL db.procedures()` and `SHOW PROCEDURES`.
std::vector<std::vector<Value>> ProcedureRows() {
  std::vector<std::vector<Value>> rows;
  for (const auto& p : AllProcedures()) rows.push_back({Value(p.name), Value(Signature(p)), Value(p.description)});
  return rows;
}

}  // namespace

std::vector<Procedure> DbProcedures() {
  return {
      {"db.labels", {}, {"label"}, "the node labels in use",
       [](const auto&, ExecContext& ctx) { return OneColumn(ctx.txn->Labels()); }},
      {"db.relationshipTypes", {}, {"relationshipType"}, "the relationship types in use",
       [](const auto&, ExecContext& ctx) { return OneColumn(ctx.txn->RelTypes()); }},
      {"db.propertyKeys", {}, {"propertyKey"}, "the property keys in use",
       [](const auto&, ExecContext& ctx) { return OneColumn(ctx.txn->PropertyKeys()); }},
      {"db.schema", {}, {"from", "type", "to", "count"}, "relationships counted by first labels and type",
       [](const auto&, ExecContext& ctx) { return Schema(ctx); }},
      {"db.procedures", {}, {"name", "signature", "description"}, "the procedures CALL can run (also SHOW PROCEDURES)",
       [](const auto&, ExecContext&) { return ProcedureRows(); }},
  };
}

}  // namespace kg::query
