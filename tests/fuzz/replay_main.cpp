// tests/fuzz/replay_main.cpp — a main() for the fuzz targets when libFuzzer is not linked
// (the default build): runs every file named, or found under a folder named, through
// LLVMFuzzerTestOneInput once. CTest replays the crashes fuzzing found (regressions/) and
// the seed articles this way in every CI run, with the ordinary compiler.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void RunFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  int files = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<std::filesystem::path> paths;
    if (std::filesystem::is_directory(argv[i])) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i]))
        if (entry.is_regular_file()) paths.push_back(entry.path());
    } else {
      paths.push_back(argv[i]);
    }
    for (const auto& path : paths) {
      RunFile(path);
      ++files;
    }
  }
  std::cout << "replayed " << files << " inputs without a crash\n";
  return 0;
}
