# Shared by the consumer tests' run.cmake scripts: `step()` runs one command and stops the script when it
# fails; `toolchain_args` and `config_args` pass the parent build's toolchain on. Set TEST_NAME first.

function(step what)
  message(STATUS "${TEST_NAME}: ${what}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc COMMAND_ECHO STDOUT)
  if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "${TEST_NAME}: ${what} failed (${rc})")
  endif()
endfunction()

set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()

set(toolchain_args -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${CONFIG}")
if(MAKE_PROGRAM)
  list(APPEND toolchain_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(BOOST_DIR)
  list(APPEND toolchain_args "-DBoost_DIR=${BOOST_DIR}")
endif()
# The parent's flags: timrest::compiled installs a library built with them (under the sanitizers, in CI).
if(CXX_FLAGS)
  list(APPEND toolchain_args "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}")
endif()
if(EXE_LINKER_FLAGS)
  list(APPEND toolchain_args "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}")
endif()

