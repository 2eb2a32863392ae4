# kg_set_warnings(target): our own code builds warning-free with -Wall -Wextra.
function(kg_set_warnings target)
  # GCC 12 reports false -Wmaybe-uninitialized positives inside std::variant (kg::Value).
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter -Wno-maybe-uninitialized)
endfunction()
