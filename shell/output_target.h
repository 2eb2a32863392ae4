// shell/output_target.h — where the shell writes results: the terminal, through $PAGER
// when a result is taller than the screen (as psql does; `:pager off` stops it), or a file
// set by `:output FILE` (every result until `:output` alone) or `:once FILE` (the next
// result only), as psql's \o and duckdb's .output / .once.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

#include "kg/status.h"

namespace kg::cli {

class OutputTarget {
 public:
  // Sends results to `file` (truncated), for the next statement only when `once`; an
  // empty name goes back to the terminal. InputError when the file cannot be written.
  Status Redirect(const std::string& file, bool once);

  // Writes one result; then a :once file is closed, and the terminal is back.
  void Emit(const std::string& text);
  // True while results go to the terminal (tables then wrap to its width).
  bool ToTerminal() const { return !file_.is_open(); }
  void SetPager(bool on) { pager_ = on; }

 private:
  // Through $PAGER (default `less -FRX`); false when there is no pager to run.
  bool Page(const std::string& text);

  std::ofstream file_;
  bool once_ = false;
  bool pager_ = true;
};

}  // namespace kg::cli
