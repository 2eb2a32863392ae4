// Opening the database and reading parameters, shared by the commands.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <limits>

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

size_t TerminalWidth() {
  winsize w{};
  return ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col ? w.ws_col : 0;
}

std::string Plural(int64_t count, const std::string& noun) {
  std::string word = count == 1 ? noun : noun.back() == 'y' ? noun.substr(0, noun.size() - 1) + "ies" : noun + "s";
  return std::to_string(count) + " " + word;
}

int OpenForStatements(const std::string& path, std::unique_ptr<Database>* db, Status* held) {
  *held = Status::Ok();
  if (CannotWrite(path)) return OpenDatabase(path, true, true, db);
  OpenOptions options;
  Status s = Database::Open(path, options, db);
  if (s.ok()) return 0;
  // Held by another process (a shell, a build): read what it has written so far.
  options.read_only = true;
  if (s.kind() == ErrorKind::kDatabase && Database::Open(path, options, db).ok()) {
    *held = s;
    return 0;
  }
  std::cerr << FormatError(s, "");
  return s.ExitCode();
}

bool CannotWrite(const std::string& path) { return access(path.c_str(), F_OK) == 0 && access(path.c_str(), W_OK) != 0; }

namespace {

void LimitFromEnvironment(const char* name, int64_t* limit) {
  const char* text = std::getenv(name);
  if (!text) return;
  char* end = nullptr;
  errno = 0;
  long long value = std::strtoll(text, &end, 10);
  if (errno == ERANGE || end == text || *end != '\0' || value <= 0 || value > std::numeric_limits<int>::max()) {
    std::cerr << "warning: ignoring " << name << "=" << text << ": not a positive integer\n";
    return;
  }
  *limit = value;
}

}  // namespace

QueryOptions OptionsFromEnvironment() {
  QueryOptions options;
  int64_t depth = options.limits.max_nesting_depth;
  LimitFromEnvironment("KG_MAX_NESTING_DEPTH", &depth);
  options.limits.max_nesting_depth = static_cast<int>(depth);
  LimitFromEnvironment("KG_MAX_ROWS", &options.limits.max_rows);
  LimitFromEnvironment("KG_MAX_PATH_LENGTH", &options.limits.max_path_length);
  return options;
}

bool CollectParams(const QueryFlags& flags, const QueryLimits& limits, Params* params) {
  if (!flags.params_json.empty()) {
    if (Status s = ParseJsonParams(flags.params_json, limits.max_nesting_depth, params); !s.ok()) {
      std::cerr << FormatError(s, "");
      return false;
    }
  }
  for (const auto& p : flags.params) {
    size_t eq = p.find('=');
    Value v;
    if (eq == std::string::npos || eq == 0) {
      std::cerr << FormatError(Status::Usage("--param expects K=V with V a Cypher literal, got: " + p), "");
      return false;
    }
    if (Status s = ParseCypherLiteral(p.substr(eq + 1), &v, limits); !s.ok()) {
      std::string message = "--param " + p.substr(0, eq) + ": " + s.message();
      // `--param who=Leroy` reads Leroy as a variable: the user meant a string.
      if (s.message().find("not defined") != std::string::npos)
        message += "; quote a string: --param " + p.substr(0, eq) + "=\"'" + p.substr(eq + 1) + "'\"";
      std::cerr << FormatError(Status::Argument(message), "");
      return false;
    }
    (*params)[p.substr(0, eq)] = v;
  }
  return true;
}

}  // namespace kg::cli
