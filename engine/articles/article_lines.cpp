#include "engine/articles/article_lines.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "engine/compiler/analysis_json.h"

namespace kg {

void ReadAnalysisLines(const std::string& file, const LineSink& sink) {
  std::ifstream opened;
  if (file != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) {  // reads as an empty file: say what is wrong
      sink(Status::Input(file + ": is a folder; give the files `kg extract` wrote"), nullptr, file);
      return;
    }
    opened.open(file, std::ios::binary);
    if (!opened) {
      sink(Status::Input(file + ": cannot open: " + std::strerror(errno)), nullptr, file);
      return;
    }
  }
  std::istream& in = file == "-" ? std::cin : opened;
  const std::string name = file == "-" ? "stdin" : file;
  std::string text;
  for (int64_t number = 1; std::getline(in, text); ++number) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::shared_ptr<const compiler::ArticleAnalysis> analysis;
    int version = 0;
    Status s = compiler::AnalysisFromJsonLine(text, &analysis, &version);
    std::string where = name + ":" + std::to_string(number);
    if (!s.ok()) s = Status::Input(where + ": " + s.message());
    if (!sink(s, std::move(analysis), where) || version > compiler::kExtractVersion) return;
  }
  if (in.bad()) sink(Status::Input(name + ": cannot read: " + std::strerror(errno)), nullptr, name);
}

}  // namespace kg
