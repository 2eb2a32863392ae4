# KG_SANITIZE: a comma-separated list of sanitizers (-DKG_SANITIZE=address,undefined, or
# thread) applied to every target, ours and the generated parser alike. Any report stops
# the process (no recovery), so a test that triggers one fails. scripts/test-sanitized.sh
# builds with address,undefined into build-asan and runs the suite.
set(KG_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(KG_SANITIZE)
  message(STATUS "kg: building with -fsanitize=${KG_SANITIZE}")
  add_compile_options(-fsanitize=${KG_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${KG_SANITIZE} -fno-sanitize-recover=all)
endif()
