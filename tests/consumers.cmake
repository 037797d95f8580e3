# Consumers of the library (STYLE.md, "CMake"), each a tiny project built with this build's generator and
# compiler:
#   consumer.find_package      installs this build tree into ${CMAKE_BINARY_DIR}/consumer-prefix (no root
#                              needed) and builds tests/cmake_install_test against it
#   consumer.add_subdirectory  builds tests/cmake_subdir_test, which add_subdirectory()s the source tree
# Each uses its own folders under the build tree. consumer.find_package reads this build tree's install
# rules and built tools, so it runs alone, like the compile_fail tests that build in this tree.

set(timrest_consumer_args
  "-DGENERATOR=${CMAKE_GENERATOR}"
  "-DMAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
  "-DCXX_COMPILER=${CMAKE_CXX_COMPILER}"
  "-DBOOST_DIR=${Boost_DIR}"
  "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"                # a sanitized build's library needs a sanitized consumer
  "-DEXE_LINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
  "-DCONFIG=$<CONFIG>")

add_test(NAME consumer.find_package
  COMMAND ${CMAKE_COMMAND} ${timrest_consumer_args}
          "-DPARENT_BINARY_DIR=${PROJECT_BINARY_DIR}"
          "-DPREFIX=${CMAKE_BINARY_DIR}/consumer-prefix"
          "-DCONSUMER_DIR=${CMAKE_BINARY_DIR}/consumer-find-package"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake_install_test/run.cmake)
set_tests_properties(consumer.find_package PROPERTIES RUN_SERIAL TRUE TIMEOUT 180 LABELS consumer)

add_test(NAME consumer.add_subdirectory
  COMMAND ${CMAKE_COMMAND} ${timrest_consumer_args}
          "-DTIMREST_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
          "-DCONSUMER_DIR=${CMAKE_BINARY_DIR}/consumer-add-subdirectory"
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake_subdir_test/run.cmake)
set_tests_properties(consumer.add_subdirectory PROPERTIES TIMEOUT 180 LABELS consumer)
