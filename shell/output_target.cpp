#include "shell/output_target.h"

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

std::ostream& OutputTarget::Stream() {
  return file_.is_open() ? static_cast<std::ostream&>(file_) : std::cout;
}

void OutputTarget::AfterResult() {
  if (file_.is_open()) file_.flush();
  if (once_) {
    file_.close();
    once_ = false;
  }
}

}  // namespace kg::cli
