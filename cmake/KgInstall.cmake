# Installation of the embedding library: `cmake --install BUILD --prefix P` gives
#   P/include/kg/*.h                 the public API (and nothing else)
#   P/lib/libkg.a                    kg and every in-project static library it needs, in one archive
#   P/lib/cmake/kg/kgConfig*.cmake   so that find_package(kg) defines kg::kg
# One archive rather than exported targets: the engine's internal libraries change as it
# grows, and an embedder should not have to know them.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Appends to ${out} the in-project static libraries `target` links, transitively.
function(kg_collect_static_libraries target out)
  set(found ${${out}})
  get_target_property(direct ${target} LINK_LIBRARIES)
  get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
  foreach(dep IN LISTS direct interface)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
    if(NOT TARGET "${dep}" OR "${dep}" IN_LIST found)
      continue()
    endif()
    get_target_property(type ${dep} TYPE)
    get_target_property(imported ${dep} IMPORTED)
    if(type STREQUAL "STATIC_LIBRARY" AND NOT imported)
      list(APPEND found ${dep})
      kg_collect_static_libraries(${dep} found)
    endif()
  endforeach()
  set(${out} ${found} PARENT_SCOPE)
endfunction()

set(kg_bundled kg)
kg_collect_static_libraries(kg kg_bundled)
set(kg_bundle_files "")
foreach(lib IN LISTS kg_bundled)
  list(APPEND kg_bundle_files "$<TARGET_FILE:${lib}>")
endforeach()

set(KG_BUNDLE ${PROJECT_BINARY_DIR}/bundle/libkg.a)
add_custom_command(
  OUTPUT ${KG_BUNDLE}
  COMMAND ${CMAKE_COMMAND} -DOUT=${KG_BUNDLE} -DAR=${CMAKE_AR} "-DLIBS=${kg_bundle_files}"
          -P ${PROJECT_SOURCE_DIR}/cmake/KgBundle.cmake
  DEPENDS ${kg_bundled} ${PROJECT_SOURCE_DIR}/cmake/KgBundle.cmake
  COMMENT "Bundling kg and its internal libraries into libkg.a"
  VERBATIM)
add_custom_target(kg_bundle ALL DEPENDS ${KG_BUNDLE})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/kg DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
install(FILES ${KG_BUNDLE} DESTINATION ${CMAKE_INSTALL_LIBDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgConfig.cmake.in ${PROJECT_BINARY_DIR}/kgConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgConfig.cmake ${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
