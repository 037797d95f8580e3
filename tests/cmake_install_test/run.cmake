# consumer.find_package: install the build tree into a fresh prefix, then configure, build and run the
# consumer in this folder against it. Run as `cmake -D... -P run.cmake` (see tests/consumers.cmake); any step
# that fails stops the script with a non-zero exit.
#
#   PARENT_BINARY_DIR  the timrest build tree to install      PREFIX     fresh install prefix (wiped)
#   CONSUMER_DIR       where to build the consumer (wiped)    CONFIG     build type / configuration
#   GENERATOR, MAKE_PROGRAM, CXX_COMPILER, BOOST_DIR          the parent build's toolchain, passed on

foreach(var PARENT_BINARY_DIR PREFIX CONSUMER_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "consumer.find_package: run.cmake needs -D${var}=...")
  endif()
endforeach()

set(TEST_NAME consumer.find_package)
include("${CMAKE_CURRENT_LIST_DIR}/../consumer_steps.cmake")

file(REMOVE_RECURSE "${PREFIX}" "${CONSUMER_DIR}")

step("install ${PARENT_BINARY_DIR} into ${PREFIX}"
  "${CMAKE_COMMAND}" --install "${PARENT_BINARY_DIR}" --prefix "${PREFIX}" ${config_args})
step("configure the consumer"
  "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}" -B "${CONSUMER_DIR}" ${toolchain_args}
  "-DCMAKE_PREFIX_PATH=${PREFIX}" "-DTIMREST_EXPECTED_PREFIX=${PREFIX}")
step("build the consumer" "${CMAKE_COMMAND}" --build "${CONSUMER_DIR}" ${config_args})
step("run the consumer" "${CONSUMER_DIR}/bin/install_consumer")
step("run the consumer of timrest::compiled" "${CONSUMER_DIR}/bin/install_consumer_compiled")
step("run the consumer of timrest::emulator" "${CONSUMER_DIR}/bin/install_consumer_emulator")
