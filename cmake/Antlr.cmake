# ANTLR4: the tool (Debian's antlr4 4.7.2 jar) generates C++ at build time; the runtime
# (libantlr4-runtime-dev 4.9) is linked. Generated code is never committed.
find_program(ANTLR4_TOOL antlr4 REQUIRED)  # Debian's wrapper: sets the tool's classpath
find_path(ANTLR4_INCLUDE_DIR antlr4-runtime.h PATH_SUFFIXES antlr4-runtime REQUIRED)
find_library(ANTLR4_RUNTIME_LIB NAMES antlr4-runtime REQUIRED)

add_library(antlr4_runtime INTERFACE)
target_include_directories(antlr4_runtime SYSTEM INTERFACE ${ANTLR4_INCLUDE_DIR})
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  # clang rejects runtime 4.9's misc/InterpreterDataReader.h (a const member without an
  # initialiser), which kg never uses: the umbrella header, copied without it, goes first.
  file(READ ${ANTLR4_INCLUDE_DIR}/antlr4-runtime.h umbrella)
  string(REPLACE "#include \"misc/InterpreterDataReader.h\"" "" umbrella "${umbrella}")
  file(WRITE ${CMAKE_BINARY_DIR}/antlr4-shim/antlr4-runtime.h "${umbrella}")
  target_include_directories(antlr4_runtime SYSTEM BEFORE INTERFACE ${CMAKE_BINARY_DIR}/antlr4-shim)
endif()
target_link_libraries(antlr4_runtime INTERFACE ${ANTLR4_RUNTIME_LIB})
