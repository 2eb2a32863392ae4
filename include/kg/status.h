// kg/status.h — the one error type of kg.
//
// Every fallible call of the public API (and of the storage layer) returns a Status:
// ok, or an error with a kind (the names SPEC.md prints), a message, and for query
// errors the 1-based line and column. kg::Error is the same thing as an exception,
// for callers who prefer throwing (Status::ThrowIfError).
//
// Thread-safety: Status is a plain value; copies are independent.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace kg {

enum class ErrorKind {
  kNone = 0,
  kSyntax,     // "SyntaxError": the query text does not parse
  kSemantic,   // "SemanticError": undefined variable, bad aggregation, ...
  kType,       // "TypeError": an operation on values of the wrong type
  kArgument,   // "ArgumentError": a bad argument to a function or procedure
  kRuntime,    // "RuntimeError": any other failure while running a query
  kDatabase,   // "DatabaseError": missing, locked, corrupt or newer-format database
  kInput,      // "InputError": an article that cannot be read (binary, not UTF-8, empty)
  kUsage,      // "UsageError": a command line that kg cannot run (unknown command, bad flag)
};

// The name SPEC.md uses for `kind`, e.g. "SyntaxError".
std::string_view ErrorKindName(ErrorKind kind);

class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status Make(ErrorKind kind, std::string message, int line = 0, int column = 0) {
    return Status(kind, std::move(message), line, column);
  }
  static Status Syntax(std::string m, int line = 0, int col = 0) { return Make(ErrorKind::kSyntax, std::move(m), line, col); }
  static Status Semantic(std::string m, int line = 0, int col = 0) { return Make(ErrorKind::kSemantic, std::move(m), line, col); }
  static Status Type(std::string m) { return Make(ErrorKind::kType, std::move(m)); }
  static Status Argument(std::string m) { return Make(ErrorKind::kArgument, std::move(m)); }
  static Status Runtime(std::string m) { return Make(ErrorKind::kRuntime, std::move(m)); }
  static Status Database(std::string m) { return Make(ErrorKind::kDatabase, std::move(m)); }
  static Status Input(std::string m) { return Make(ErrorKind::kInput, std::move(m)); }
  static Status Usage(std::string m) { return Make(ErrorKind::kUsage, std::move(m)); }

  bool ok() const { return kind_ == ErrorKind::kNone; }
  ErrorKind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  int line() const { return line_; }      // 1-based; 0 when not a query position
  int column() const { return column_; }  // 1-based; 0 when not a query position

  // "SyntaxError: message" (no position; callers that have the source add the caret).
  std::string ToString() const;

  // The exit code SPEC.md assigns: 0 ok, 2 UsageError, 3 DatabaseError, 1 any other error.
  int ExitCode() const;

  // Throws kg::Error when !ok().
  void ThrowIfError() const;

 private:
  Status(ErrorKind kind, std::string message, int line, int column)
      : kind_(kind), message_(std::move(message)), line_(line), column_(column) {}

  ErrorKind kind_ = ErrorKind::kNone;
  std::string message_;
  int line_ = 0;
  int column_ = 0;
};

// The exception form of a failed Status.
class Error : public std::runtime_error {
 public:
  explicit Error(Status status) : std::runtime_error(status.ToString()), status_(std::move(status)) {}
  const Status& status() const { return status_; }

 private:
  Status status_;
};

}  // namespace kg
