#include "shell/output_target.h"

#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace kg::cli {

Status OutputTarget::Redirect(const std::string& file, bool once) {
  if (file_.is_open()) file_.close();
  once_ = false;
  if (file.empty()) return once ? Status::Usage(":once expects a file name") : Status::Ok();
  file_.open(file, std::ios::trunc);
  if (!file_) return Status::Input("cannot write " + file);
  once_ = once;
  return Status::Ok();
}

namespace {

size_t TerminalRows() {
  winsize w{};
  return isatty(STDIN_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 ? w.ws_row : 0;
}

}  // namespace

void OutputTarget::Emit(const std::string& text) {
  if (file_.is_open()) {
    file_ << text << std::flush;
    if (once_) {
      file_.close();
      once_ = false;
    }
    return;
  }
  size_t rows = pager_ ? TerminalRows() : 0;
  if (rows > 0 && static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) >= rows && Page(text))
    return;
  std::cout << text << std::flush;
}

bool OutputTarget::Page(const std::string& text) {
  const char* pager = std::getenv("PAGER");
  std::string command = pager && *pager ? pager : "less -FRX";
  std::cout.flush();
  // Quitting the pager early closes the pipe: that must not kill the shell.
  auto old_pipe = std::signal(SIGPIPE, SIG_IGN);
  FILE* pipe = popen(command.c_str(), "w");
  if (!pipe) {
    std::signal(SIGPIPE, old_pipe);
    return false;
  }
  std::fwrite(text.data(), 1, text.size(), pipe);
  int status = pclose(pipe);
  std::signal(SIGPIPE, old_pipe);
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 127);  // 127: no such command; print it here
}

}  // namespace kg::cli
