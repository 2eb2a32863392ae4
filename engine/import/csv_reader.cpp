#include "engine/import/csv_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kg::csv {

namespace {
constexpr size_t kBufferSize = 1 << 16;
}

Status OpenFile(const std::string& path, std::ifstream* in) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::Input(path + ": is a folder, not a CSV file");
  in->open(path, std::ios::binary);
  if (!*in) return Status::Input(path + ": cannot open: " + std::strerror(errno));
  return Status::Ok();
}

Reader::Reader(std::istream& in, std::string name, char delimiter)
    : in_(in),
      name_(std::move(name)),
      delimiter_(static_cast<unsigned char>(delimiter)),
      buffer_(kBufferSize) {}

bool Reader::Refill() {
  if (!in_) return false;
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  pos_ = 0;
  end_ = static_cast<size_t>(in_.gcount());
  return end_ > 0;
}

int Reader::Peek() {
  if (pos_ == end_ && !Refill()) return -1;
  return static_cast<unsigned char>(buffer_[pos_]);
}

int Reader::Get() {
  int c = Peek();
  if (c >= 0) ++pos_;
  if (c == '\n') ++line_;
  return c;
}

bool Reader::ReadQuoted(std::string* field, int start_line) {
  for (;;) {
    int c = Get();
    if (c < 0) {
      status_ = Status::Input(name_ + ":" + std::to_string(start_line) + ": a quoted field is never closed");
      return false;
    }
    if (c == '"') {
      if (Peek() != '"') return true;
      Get();
    }
    field->push_back(static_cast<char>(c));
  }
}

bool Reader::Next(Record* record) {
  if (!status_.ok() || Peek() < 0) return false;
  record->line = line_;
  // Fields are reused from the previous record: their buffers keep their capacity.
  size_t count = 0;
  auto next_field = [&]() -> std::string& {
    if (count == record->fields.size()) record->fields.emplace_back(), record->quoted.push_back(false);
    record->fields[count].clear();
    record->quoted[count] = false;
    return record->fields[count++];
  };
  std::string* field = &next_field();
  for (;;) {
    int c = Get();
    if (c == '"' && field->empty() && !record->quoted[count - 1]) {  // a quote opens only a field's text
      record->quoted[count - 1] = true;
      if (!ReadQuoted(field, record->line)) return false;
    } else if (c == delimiter_) {
      field = &next_field();
    } else if (c == '\n' || c < 0) {
      break;
    } else if (c == '\r' && Peek() == '\n') {
      continue;
    } else {
      field->push_back(static_cast<char>(c));
    }
  }
  record->fields.resize(count);
  record->quoted.resize(count);
  return true;
}

}  // namespace kg::csv
