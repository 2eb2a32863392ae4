// kg — the command line. Parses flags and dispatches to the engine's public API.
#include <iostream>

#include "kg/database.h"

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--version") {
    std::cout << kg::Version() << "\n";
    return 0;
  }
  std::cerr << "error: not implemented yet\n";
  return 2;
}
