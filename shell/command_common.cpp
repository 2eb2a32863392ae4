// Opening the database and reading parameters, shared by the commands.
#include <unistd.h>

#include <iostream>

#include <nlohmann/json.hpp>

#include "shell/cli.h"

namespace kg::cli {

int OpenDatabase(const std::string& path, bool create, bool read_only, std::unique_ptr<Database>* db) {
  OpenOptions options;
  options.create_if_missing = create;
  options.read_only = read_only;
  Status s = Database::Open(path, options, db);
  if (!s.ok()) {
    std::cerr << FormatError(s, "");
    return s.ExitCode();
  }
  return 0;
}

bool CannotWrite(const std::string& path) { return access(path.c_str(), F_OK) == 0 && access(path.c_str(), W_OK) != 0; }

namespace {

Value JsonToValue(const nlohmann::json& j) {
  if (j.is_null()) return Value();
  if (j.is_boolean()) return Value(j.get<bool>());
  if (j.is_number_integer()) return Value(j.get<int64_t>());
  if (j.is_number()) return Value(j.get<double>());
  if (j.is_string()) return Value(j.get<std::string>());
  if (j.is_array()) {
    List list;
    for (const auto& item : j) list.push_back(JsonToValue(item));
    return Value(std::move(list));
  }
  Map map;
  for (const auto& [key, item] : j.items()) map[key] = JsonToValue(item);
  return Value(std::move(map));
}

}  // namespace

bool CollectParams(const QueryFlags& flags, Params* params) {
  if (!flags.params_json.empty()) {
    nlohmann::json j = nlohmann::json::parse(flags.params_json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      std::cerr << "error: --params expects a JSON object\n";
      return false;
    }
    for (const auto& [key, item] : j.items()) (*params)[key] = JsonToValue(item);
  }
  for (const auto& p : flags.params) {
    size_t eq = p.find('=');
    Value v;
    if (eq == std::string::npos || eq == 0 || !ParseCypherLiteral(p.substr(eq + 1), &v).ok()) {
      std::cerr << "error: --param expects K=V with V a Cypher literal, got: " << p << "\n";
      return false;
    }
    (*params)[p.substr(0, eq)] = v;
  }
  return true;
}

}  // namespace kg::cli
