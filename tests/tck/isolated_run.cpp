// Child protocol, one line per event on a pipe:
//   S <index>                       the child starts scenario <index>
//   R <index> <0|1> <cause> <query> it finished (fields tab-separated, newlines as \x1f)
#include "tests/tck/isolated_run.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <string>

namespace kg::tck {
namespace {

std::string Flatten(std::string s) {
  std::replace(s.begin(), s.end(), '\n', '\x1f');
  std::replace(s.begin(), s.end(), '\t', ' ');
  return s;
}

std::string Unflatten(std::string s) {
  std::replace(s.begin(), s.end(), '\x1f', '\n');
  return s;
}

void WriteAll(int fd, const std::string& text) {
  for (size_t done = 0; done < text.size();) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n <= 0) _exit(2);
    done += static_cast<size_t>(n);
  }
}

[[noreturn]] void ChildMain(const std::vector<Scenario>& scenarios, size_t from, int fd) {
  for (size_t i = from; i < scenarios.size(); ++i) {
    WriteAll(fd, "S\t" + std::to_string(i) + "\n");
    Outcome o = RunScenario(scenarios[i]);
    WriteAll(fd, "R\t" + std::to_string(i) + "\t" + (o.passed ? "1" : "0") + "\t" + Flatten(o.cause) + "\t" +
                     Flatten(o.query) + "\n");
  }
  _exit(0);
}

// Applies one protocol line; returns the index of a started scenario, or -1.
long Apply(const std::string& line, std::vector<Outcome>* out, size_t* next) {
  std::vector<std::string> f;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) f.push_back(field);
  if (f.size() >= 2 && f[0] == "S") return std::stol(f[1]);
  if (f.size() >= 3 && f[0] == "R") {
    size_t i = std::stoul(f[1]);
    (*out)[i] = Outcome{f[2] == "1", f.size() > 3 ? Unflatten(f[3]) : "", f.size() > 4 ? Unflatten(f[4]) : ""};
    *next = i + 1;
  }
  return -1;
}

// Runs one child from `*next` until it exits, crashes or hangs; advances *next.
void RunChild(const std::vector<Scenario>& scenarios, size_t* next, int timeout_seconds, std::vector<Outcome>* out) {
  int fds[2];
  if (pipe(fds) != 0) std::abort();
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    ChildMain(scenarios, *next, fds[1]);
  }
  close(fds[1]);
  std::string buffer;
  long running = -1;
  bool timed_out = false;
  for (;;) {
    pollfd p{fds[0], POLLIN, 0};
    if (poll(&p, 1, timeout_seconds * 1000) == 0) {
      timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    char chunk[4096];
    ssize_t n = read(fds[0], chunk, sizeof chunk);
    if (n <= 0) break;
    buffer.append(chunk, static_cast<size_t>(n));
    for (size_t eol; (eol = buffer.find('\n')) != std::string::npos; buffer.erase(0, eol + 1)) {
      long started = Apply(buffer.substr(0, eol), out, next);
      if (started >= 0) running = started;
    }
  }
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (running >= 0 && static_cast<size_t>(running) == *next) {  // started, never finished
    std::string why = timed_out ? "timed out" : WIFSIGNALED(status) ? std::string("crashed: ") + strsignal(WTERMSIG(status))
                                                                    : "child exited early";
    (*out)[*next] = Outcome{false, why, ""};
    ++*next;
  }
}

}  // namespace

std::vector<Outcome> RunIsolated(const std::vector<Scenario>& scenarios, int timeout_seconds) {
  std::vector<Outcome> out(scenarios.size());
  size_t next = 0;
  while (next < scenarios.size()) {
    size_t before = next;
    RunChild(scenarios, &next, timeout_seconds, &out);
    if (next == before) {  // the child died before starting anything: give up on the rest
      for (size_t i = next; i < scenarios.size(); ++i) out[i] = Outcome{false, "child could not start", ""};
      break;
    }
  }
  return out;
}

}  // namespace kg::tck
