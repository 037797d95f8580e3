# consumer.add_subdirectory: configure, build and run the consumer in this folder, which adds timrest with
# add_subdirectory, and check that timrest built nothing of its own. Run as `cmake -D... -P run.cmake` (see
# tests/consumers.cmake); any step that fails stops the script with a non-zero exit.
#
#   TIMREST_SOURCE_DIR  timrest's source tree                  CONSUMER_DIR  where to build (wiped)
#   CONFIG              build type / configuration
#   GENERATOR, MAKE_PROGRAM, CXX_COMPILER, BOOST_DIR           the parent build's toolchain, passed on

foreach(var TIMREST_SOURCE_DIR CONSUMER_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "consumer.add_subdirectory: run.cmake needs -D${var}=...")
  endif()
endforeach()

set(TEST_NAME consumer.add_subdirectory)
include("${CMAKE_CURRENT_LIST_DIR}/../consumer_steps.cmake")

file(REMOVE_RECURSE "${CONSUMER_DIR}")

step("configure the consumer"
  "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}" -B "${CONSUMER_DIR}" ${toolchain_args}
  "-DTIMREST_SOURCE_DIR=${TIMREST_SOURCE_DIR}")
step("build the consumer" "${CMAKE_COMMAND}" --build "${CONSUMER_DIR}" ${config_args})

# The consumer's CMakeLists already refuses timrest's own targets; this checks that none of their build
# folders was even generated.
foreach(dir tests tools examples)
  if(EXISTS "${CONSUMER_DIR}/timrest-build/${dir}")
    message(FATAL_ERROR "consumer.add_subdirectory: timrest added its ${dir}/ to a parent project")
  endif()
endforeach()

step("run the consumer" "${CONSUMER_DIR}/bin/subdir_consumer")
