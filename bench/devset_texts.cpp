#include "devset_texts.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

const std::vector<std::string>& DevsetArticles() {
  static const std::vector<std::string> texts = [] {
    const char* env = std::getenv("KG_DEVSET_TEXTS");
    std::filesystem::path dir = env ? env : "../shared/devset/gum/texts";
    std::vector<std::filesystem::path> paths;
    std::error_code ec;
    for (const auto& file : std::filesystem::directory_iterator(dir, ec))
      if (file.path().extension() == ".txt") paths.push_back(file.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> out;
    for (const auto& path : paths) {
      std::ifstream in(path);
      std::stringstream text;
      text << in.rdbuf();
      out.push_back(text.str());
    }
    return out;
  }();
  return texts;
}
