// engine/import/import_header.h — the header line of a neo4j-admin import file, and the
// conversion of one field to the value its column's type says.
//
// A header field is `name:type`, `name` alone (a string property), or a role:
//   nodes          :ID, id:ID (also stored as property `id`), :ID(Space), :LABEL, :IGNORE
//   relationships  :START_ID, :START_ID(Space), :END_ID, :END_ID(Space), :TYPE, :IGNORE
// Types (case-insensitive): int long short byte, float double, boolean, char string,
// date localtime time localdatetime datetime duration; `type[]` is an array whose items
// are split on the array delimiter. The text after a name's last ':' must be one of these.
#pragma once

#include <string>
#include <vector>

#include "engine/import/csv_reader.h"
#include "kg/value.h"

namespace kg::import {

enum class ValueType {
  kString,
  kInt,
  kFloat,
  kBool,
  kDate,
  kLocalTime,
  kTime,
  kLocalDateTime,
  kDateTime,
  kDuration
};

struct Column {
  enum class Role { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };
  Role role = Role::kProperty;
  std::string name;      // the property key; for kId, empty unless the id is also a property
  std::string id_space;  // kId, kStartId, kEndId: ids are unique within their space
  ValueType type = ValueType::kString;
  bool array = false;
};

struct Header {
  std::vector<Column> columns;
  bool relationships = false;                                // has :START_ID and :END_ID
  int id = -1, label = -1, start = -1, end = -1, type = -1;  // column index of each role, -1 if absent
};

// Parses the header record of `file`. InputError "FILE:LINE: message" for an unknown type,
// a role given twice, or a relationship header without both :START_ID and :END_ID.
Status ParseHeader(const csv::Record& record, const std::string& file, Header* header);

// True when `record` is a relationship header: it names :START_ID or :END_ID.
bool LooksLikeRelationshipHeader(const csv::Record& record);

// The value of one field of a property column, into *value; null when the field is empty
// and unquoted (no property). A quoted empty field is '' for a string and [] for an array.
// Returns an error message ("'x' is not an integer") or "" when the field converts.
std::string ConvertField(const Column& column, const std::string& field, bool quoted, char array_delimiter,
                         Value* value);

// Splits a field on the array delimiter (`:LABEL`, arrays).
std::vector<std::string> SplitArray(const std::string& field, char array_delimiter);

}  // namespace kg::import
