# kg_set_warnings(target): our own code builds warning-free with -Wall -Wextra.
function(kg_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
endfunction()
