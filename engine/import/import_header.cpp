#include "engine/import/import_header.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <map>
#include <optional>

#include "engine/common/ascii.h"
#include "engine/common/temporal/temporal_parse.h"

namespace kg::import {

namespace {

using Role = Column::Role;

std::optional<ValueType> TypeNamed(const std::string& lower) {
  static const std::map<std::string, ValueType> kTypes = {{"string", ValueType::kString},
                                                          {"char", ValueType::kString},
                                                          {"int", ValueType::kInt},
                                                          {"long", ValueType::kInt},
                                                          {"short", ValueType::kInt},
                                                          {"byte", ValueType::kInt},
                                                          {"float", ValueType::kFloat},
                                                          {"double", ValueType::kFloat},
                                                          {"boolean", ValueType::kBool},
                                                          {"date", ValueType::kDate},
                                                          {"localtime", ValueType::kLocalTime},
                                                          {"time", ValueType::kTime},
                                                          {"localdatetime", ValueType::kLocalDateTime},
                                                          {"datetime", ValueType::kDateTime},
                                                          {"duration", ValueType::kDuration}};
  auto it = kTypes.find(lower);
  if (it == kTypes.end()) return std::nullopt;
  return it->second;
}

// `ID(Person)` -> role kId, space "Person".
std::optional<Role> RoleNamed(const std::string& text, std::string* space) {
  static const std::map<std::string, Role> kRoles = {
      {"id", Role::kId},        {"label", Role::kLabel}, {"start_id", Role::kStartId},
      {"end_id", Role::kEndId}, {"type", Role::kType},   {"ignore", Role::kIgnore}};
  std::string word = text;
  size_t open = text.find('(');
  if (open != std::string::npos && text.back() == ')') {
    word = text.substr(0, open);
    *space = text.substr(open + 1, text.size() - open - 2);
  }
  auto it = kRoles.find(AsciiLower(word));
  if (it == kRoles.end()) return std::nullopt;
  return it->second;
}

// One header field; false when its text after the last ':' is neither a role nor a type
// (`age:integer` is a typo, not a property named so).
bool ParseColumn(const std::string& text, Column* column) {
  if (text.empty()) {  // `a,,b`: a column nobody named holds nothing to keep
    column->role = Role::kIgnore;
    return true;
  }
  size_t colon = text.rfind(':');
  if (colon == std::string::npos) {
    column->name = text;
    return true;
  }
  std::string suffix = text.substr(colon + 1);
  column->name = text.substr(0, colon);
  if (auto role = RoleNamed(suffix, &column->id_space)) {
    column->role = *role;
    return true;
  }
  column->array = suffix.size() > 2 && suffix.compare(suffix.size() - 2, 2, "[]") == 0;
  if (column->array) suffix.resize(suffix.size() - 2);
  auto type = TypeNamed(AsciiLower(suffix));
  if (type) column->type = *type;
  return type.has_value();
}

const char* RoleText(Role role) {
  switch (role) {
    case Role::kId:
      return ":ID";
    case Role::kLabel:
      return ":LABEL";
    case Role::kStartId:
      return ":START_ID";
    case Role::kEndId:
      return ":END_ID";
    case Role::kType:
      return ":TYPE";
    default:
      return "";
  }
}

// The header's column index for each role; false when one is given twice.
bool IndexRoles(Header* header, std::string* twice) {
  for (size_t i = 0; i < header->columns.size(); ++i) {
    Role role = header->columns[i].role;
    int* slot = role == Role::kId        ? &header->id
                : role == Role::kLabel   ? &header->label
                : role == Role::kStartId ? &header->start
                : role == Role::kEndId   ? &header->end
                : role == Role::kType    ? &header->type
                                         : nullptr;
    if (!slot) continue;
    if (*slot >= 0) {
      *twice = RoleText(role);
      return false;
    }
    *slot = static_cast<int>(i);
  }
  return true;
}

std::string Quoted(const std::string& text) { return "'" + text + "'"; }

std::string ConvertScalar(ValueType type, const std::string& text, Value* value) {
  switch (type) {
    case ValueType::kString:
      *value = Value(text);
      return "";
    case ValueType::kInt: {
      int64_t n = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
      if (ec != std::errc() || end != text.data() + text.size()) return Quoted(text) + " is not an integer";
      *value = Value(n);
      return "";
    }
    case ValueType::kFloat: {
      errno = 0;
      char* end = nullptr;
      double d = std::strtod(text.c_str(), &end);
      if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE)
        return Quoted(text) + " is not a number";
      *value = Value(d);
      return "";
    }
    case ValueType::kBool: {
      std::string lower = AsciiLower(text);
      if (lower != "true" && lower != "false") return Quoted(text) + " is not a boolean (true or false)";
      *value = Value(lower == "true");
      return "";
    }
    default:
      break;
  }
  using Parse = std::optional<Temporal> (*)(const std::string&);
  static const std::map<ValueType, std::pair<Parse, const char*>> kTemporal = {
      {ValueType::kDate, {temporal::ParseDate, "date"}},
      {ValueType::kLocalTime, {temporal::ParseLocalTime, "localtime"}},
      {ValueType::kTime, {temporal::ParseTime, "time"}},
      {ValueType::kLocalDateTime, {temporal::ParseLocalDateTime, "localdatetime"}},
      {ValueType::kDateTime, {temporal::ParseDateTime, "datetime"}},
      {ValueType::kDuration, {temporal::ParseDuration, "duration"}}};
  const auto& [parse, name] = kTemporal.at(type);
  auto t = parse(text);
  if (!t) return Quoted(text) + " is not a " + name;
  *value = Value(*t);
  return "";
}

}  // namespace

std::vector<std::string> SplitArray(const std::string& field, char array_delimiter) {
  std::vector<std::string> items;
  size_t begin = 0;
  for (;;) {
    size_t end = field.find(array_delimiter, begin);
    items.push_back(field.substr(begin, end - begin));
    if (end == std::string::npos) return items;
    begin = end + 1;
  }
}

bool LooksLikeRelationshipHeader(const csv::Record& record) {
  for (const auto& field : record.fields) {
    Column c;
    if (ParseColumn(field, &c) && (c.role == Role::kStartId || c.role == Role::kEndId)) return true;
  }
  return false;
}

Status ParseHeader(const csv::Record& record, const std::string& file, Header* header) {
  auto error = [&](const std::string& message) {
    return Status::Input(file + ":" + std::to_string(record.line) + ": " + message);
  };
  *header = Header();
  for (const auto& field : record.fields) {
    Column c;
    if (!ParseColumn(field, &c)) return error("header field " + Quoted(field) + " has an unknown type");
    header->columns.push_back(c);
  }
  std::string twice;
  if (!IndexRoles(header, &twice)) return error("the header names " + twice + " twice");
  header->relationships = header->start >= 0 || header->end >= 0;
  if (header->relationships && (header->start < 0 || header->end < 0))
    return error("a relationship header needs both :START_ID and :END_ID");
  if (header->relationships && (header->id >= 0 || header->label >= 0))
    return error("a relationship header cannot have :ID or :LABEL");
  if (!header->relationships && header->type >= 0)
    return error(":TYPE belongs to a relationship header (one with :START_ID and :END_ID)");
  return Status::Ok();
}

std::string ConvertField(const Column& column, const std::string& field, bool quoted, char array_delimiter,
                         Value* value) {
  *value = Value();
  if (field.empty() && !quoted) return "";
  if (!column.array) {
    if (field.empty() && column.type != ValueType::kString) return "";
    return ConvertScalar(column.type, field, value);
  }
  List items;
  if (!field.empty()) {
    for (const auto& text : SplitArray(field, array_delimiter)) {
      Value item;
      if (std::string why = ConvertScalar(column.type, text, &item); !why.empty()) return why;
      items.push_back(std::move(item));
    }
  }
  *value = Value(std::move(items));
  return "";
}

}  // namespace kg::import
