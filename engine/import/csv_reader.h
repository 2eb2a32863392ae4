// engine/import/csv_reader.h — CSV records read one at a time from a stream (RFC 4180).
//
// Used by `kg import` and by Cypher's LOAD CSV. Fields are separated by one delimiter
// character; a field may be quoted with '"', and then holds delimiters, line breaks and
// doubled quotes ("" is one "). Lines end with \n or \r\n. The reader holds one buffer
// and one record, never the file.
#pragma once

#include <fstream>
#include <istream>
#include <string>
#include <vector>

#include "kg/status.h"

namespace kg::csv {

struct Record {
  std::vector<std::string> fields;
  // quoted[i]: fields[i] was written in quotes, so "" is an empty string where an
  // unquoted empty field is no value at all (neo4j-admin reads it so).
  std::vector<bool> quoted;
  int line = 0;  // 1-based line of the file where the record begins

  // A line with nothing on it: a single unquoted empty field.
  bool blank() const { return fields.size() == 1 && fields[0].empty() && !quoted[0]; }
};

// Opens `path` for a Reader: InputError "PATH: cannot open: REASON", or "PATH: is a folder"
// (which std::ifstream opens and reads as empty).
Status OpenFile(const std::string& path, std::ifstream* in);

class Reader {
 public:
  // `in` must outlive the reader. `name` names the input in errors.
  Reader(std::istream& in, std::string name, char delimiter = ',');

  // Reads the next record into *record: true when there was one. False at the end of the
  // input, or on an error (then status() says what, and where).
  bool Next(Record* record);

  // OK, or an InputError "NAME:LINE: message" (a quoted field never closed).
  const Status& status() const { return status_; }
  const std::string& name() const { return name_; }

 private:
  // The next character, or -1 at the end of the input.
  int Get();
  int Peek();
  bool Refill();
  // Reads a quoted field's text after its opening quote into *field.
  bool ReadQuoted(std::string* field, int start_line);

  std::istream& in_;
  std::string name_;
  int delimiter_;  // as Get returns it: 0..255
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
  int line_ = 1;
  Status status_;
};

}  // namespace kg::csv
