# KG_FUZZ: builds the libFuzzer targets of tests/fuzz (clang only). Every target is then
# compiled with coverage for libFuzzer and, unless KG_SANITIZE says otherwise, with
# AddressSanitizer and UndefinedBehaviorSanitizer. scripts/fuzz.sh configures build-fuzz so.
option(KG_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(KG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KG_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  if(NOT KG_SANITIZE)
    set(KG_SANITIZE "address,undefined" CACHE STRING "Sanitizers to build with" FORCE)
  endif()
endif()
