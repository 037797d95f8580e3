# Every public header compiles on its own: one generated translation unit per header, built with the tests.
#
# Two targets, so that the endpoint headers share one parse of the Boost headers. Parsing
# <boost/json/value.hpp> is three quarters of such a check (2.5 of 3.3 s under the CI preset), and there are
# about 160 of them. Each endpoint and family header includes timrest/core (and through it Boost.JSON,
# Boost.Describe and Boost.Mp11) before any line of its own, so having those Boost headers precompiled and
# included first makes nothing visible to it that its own includes would not: the check still fails for a
# header that misses an include of its own. The machinery headers (core, protocol, transport, auth) are
# checked without the precompiled header: some include no Boost at all, and there it would hide a missing
# include.
file(GLOB_RECURSE timrest_headers RELATIVE ${PROJECT_SOURCE_DIR}/include CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/include/*.hpp)
set(machinery_header_sources)
set(endpoint_header_sources)
foreach(header IN LISTS timrest_headers)
  string(MAKE_C_IDENTIFIER "${header}" id)
  set(source ${CMAKE_CURRENT_BINARY_DIR}/header_checks/${id}.cpp)
  file(CONFIGURE OUTPUT ${source} CONTENT "#include \"${header}\"\n#include \"${header}\"  // and twice\n")
  if(header MATCHES "^timrest/(core|protocol|transport|auth)/" OR header STREQUAL "timrest/src.hpp")
    list(APPEND machinery_header_sources ${source})
  else()
    list(APPEND endpoint_header_sources ${source})
  endif()
  if(header STREQUAL "timrest/src.hpp")  # the compiled part: only for programs built that way
    set_source_files_properties(${source} PROPERTIES COMPILE_DEFINITIONS TIMREST_SEPARATE_COMPILATION)
  endif()
endforeach()

add_library(timrest_header_checks OBJECT ${machinery_header_sources})
target_link_libraries(timrest_header_checks PRIVATE timrest::timrest timrest_warnings)

add_library(timrest_endpoint_header_checks OBJECT ${endpoint_header_sources})
target_link_libraries(timrest_endpoint_header_checks PRIVATE timrest::timrest timrest_warnings)
target_precompile_headers(timrest_endpoint_header_checks PRIVATE
  <boost/json/value.hpp> <boost/describe/class.hpp> <boost/mp11/algorithm.hpp>)
