#include "engine/query/executor/load_csv.h"

#include <fstream>

#include "engine/import/csv_reader.h"

namespace kg::query {

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `file:///tmp/a%20b.csv` -> "/tmp/a b.csv".
std::string PercentDecoded(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    int high = i + 2 < text.size() && text[i] == '%' ? HexDigit(text[i + 1]) : -1;
    int low = high >= 0 ? HexDigit(text[i + 2]) : -1;
    if (low < 0) {
      out += text[i];
      continue;
    }
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

std::string LocalPath(const std::string& url) {
  auto starts = [&](const char* prefix) { return url.rfind(prefix, 0) == 0; };
  if (starts("file://localhost/")) return PercentDecoded(url.substr(16));
  if (starts("file:///")) return PercentDecoded(url.substr(7));
  if (starts("file://"))
    throw QueryError(ErrorKind::kArgument, "LOAD CSV reads local files only; write file:///path, not " + url);
  if (starts("file:")) return PercentDecoded(url.substr(5));
  if (url.find("://") != std::string::npos)
    throw QueryError(ErrorKind::kArgument,
                     "LOAD CSV reads local files only (file:///path or a path), not " + url);
  return url;
}

Value FieldValue(const csv::Record& record, size_t i) {
  if (record.fields[i].empty() && !record.quoted[i]) return Value();
  return Value(record.fields[i]);
}

Value ListRow(const csv::Record& record) {
  List row;
  row.reserve(record.fields.size());
  for (size_t i = 0; i < record.fields.size(); ++i) row.push_back(FieldValue(record, i));
  return Value(std::move(row));
}

Value MapRow(const std::vector<std::string>& keys, const csv::Record& record) {
  Map row;
  for (size_t i = 0; i < keys.size(); ++i)
    row[keys[i]] = i < record.fields.size() ? FieldValue(record, i) : Value();
  return Value(std::move(row));
}

}  // namespace

void ForEachCsvRow(const ast::Clause& c, const Value& url, ExecContext& ctx,
                   const std::function<bool(Value)>& fn) {
  if (!url.is_string())
    throw QueryError(ErrorKind::kType, "LOAD CSV FROM expects a string, got " + url.ToString());
  std::string path = LocalPath(url.as_string());
  std::ifstream in;
  if (Status s = csv::OpenFile(path, &in); !s.ok()) throw QueryError(ErrorKind::kInput, s.message());
  csv::Reader reader(in, path, c.field_terminator);
  csv::Record record;
  std::vector<std::string> keys;
  bool need_keys = c.headers;
  while (reader.Next(&record)) {
    ctx.CheckCancel();
    if (record.blank()) continue;
    if (need_keys) {
      keys = record.fields;
      need_keys = false;
      continue;
    }
    if (!fn(c.headers ? MapRow(keys, record) : ListRow(record))) return;
  }
  if (!reader.status().ok()) throw QueryError(ErrorKind::kInput, reader.status().message());
}

}  // namespace kg::query
