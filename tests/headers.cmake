# Every public header compiles on its own: one generated translation unit per header, built with the tests.
file(GLOB_RECURSE timrest_headers RELATIVE ${PROJECT_SOURCE_DIR}/include CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/include/*.hpp)
set(header_sources)
foreach(header IN LISTS timrest_headers)
  string(MAKE_C_IDENTIFIER "${header}" id)
  set(source ${CMAKE_CURRENT_BINARY_DIR}/header_checks/${id}.cpp)
  file(CONFIGURE OUTPUT ${source} CONTENT "#include \"${header}\"\n#include \"${header}\"  // and twice\n")
  list(APPEND header_sources ${source})
  if(header STREQUAL "timrest/src.hpp")  # the compiled part: only for programs built that way
    set_source_files_properties(${source} PROPERTIES COMPILE_DEFINITIONS TIMREST_SEPARATE_COMPILATION)
  endif()
endforeach()
add_library(timrest_header_checks OBJECT ${header_sources})
target_link_libraries(timrest_header_checks PRIVATE timrest::timrest timrest_warnings)
