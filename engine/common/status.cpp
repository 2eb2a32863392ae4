#include "kg/status.h"

namespace kg {

std::string_view ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kNone: return "OK";
    case ErrorKind::kSyntax: return "SyntaxError";
    case ErrorKind::kSemantic: return "SemanticError";
    case ErrorKind::kType: return "TypeError";
    case ErrorKind::kArgument: return "ArgumentError";
    case ErrorKind::kRuntime: return "RuntimeError";
    case ErrorKind::kDatabase: return "DatabaseError";
    case ErrorKind::kInput: return "InputError";
    case ErrorKind::kUsage: return "UsageError";
  }
  return "RuntimeError";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(ErrorKindName(kind_)) + ": " + message_;
}

int Status::ExitCode() const {
  if (ok()) return 0;
  if (kind_ == ErrorKind::kUsage) return 2;
  return kind_ == ErrorKind::kDatabase ? 3 : 1;
}

void Status::ThrowIfError() const {
  if (!ok()) throw kg::Error(*this);
}

}  // namespace kg
