# CLI tests: tests/cli/cli_test.sh drives the `timrest` CLI against an emulator it starts itself (port 0) and
# checks exit statuses and output; it ends with "N passed, M failed" and fails on any failure.
find_program(TIMREST_BASH bash REQUIRED)
add_test(NAME cli.script
  COMMAND ${TIMREST_BASH} ${CMAKE_CURRENT_LIST_DIR}/cli_test.sh $<TARGET_FILE:timrest-cli> $<TARGET_FILE:timrest-emulator>)
set_tests_properties(cli.script PROPERTIES
  TIMEOUT 60
  PASS_REGULAR_EXPRESSION "[0-9]+ passed, 0 failed"
  FAIL_REGULAR_EXPRESSION "FAIL - ")

# tests/cli/cli_family_test.sh: every declared endpoint listed (plain and --json) and callable through `timrest call`,
# and the family's rules and bounds refused with exit 2 before sending; same summary line as cli.script.
add_test(NAME cli.family_script
  COMMAND ${TIMREST_BASH} ${CMAKE_CURRENT_LIST_DIR}/cli_family_test.sh $<TARGET_FILE:timrest-cli> $<TARGET_FILE:timrest-emulator>)
set_tests_properties(cli.family_script PROPERTIES
  TIMEOUT 60
  PASS_REGULAR_EXPRESSION "[0-9]+ passed, 0 failed"
  FAIL_REGULAR_EXPRESSION "FAIL - ")

# tests/cli/cli_edges_test.sh: the CLI against misbehaving emulators (echoed URLs, control characters, a voided
# UserSig) and its own edges (help, version, malformed base URLs, large or unreadable input, JSON positions).
add_test(NAME cli.edges_script
  COMMAND ${TIMREST_BASH} ${CMAKE_CURRENT_LIST_DIR}/cli_edges_test.sh $<TARGET_FILE:timrest-cli> $<TARGET_FILE:timrest-emulator>)
set_tests_properties(cli.edges_script PROPERTIES
  TIMEOUT 120
  PASS_REGULAR_EXPRESSION "[0-9]+ passed, 0 failed"
  FAIL_REGULAR_EXPRESSION "FAIL - ")

# tests/cli/samples_test.py: every endpoint's page samples through `timrest call`, against a plain HTTP server of
# the script's own that answers with the page's sample reply; the wire must carry each sample's keys and values.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME cli.page_samples COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/samples_test.py $<TARGET_FILE:timrest-cli>)
set_tests_properties(cli.page_samples PROPERTIES
  TIMEOUT 300
  PASS_REGULAR_EXPRESSION "[0-9]+ passed, 0 failed"
  FAIL_REGULAR_EXPRESSION "FAIL - ")

# tests/cli/cli_batch_test.sh: `timrest batch` (order, invalid lines, faults and retries, --resume after Ctrl-C, the
# progress line in a pseudo-terminal, pacing, exit statuses) against emulators it starts; same summary line.
add_test(NAME cli.batch_script
  COMMAND ${TIMREST_BASH} ${CMAKE_CURRENT_LIST_DIR}/cli_batch_test.sh $<TARGET_FILE:timrest-cli> $<TARGET_FILE:timrest-emulator>)
set_tests_properties(cli.batch_script PROPERTIES
  TIMEOUT 120
  PASS_REGULAR_EXPRESSION "[0-9]+ passed, 0 failed"
  FAIL_REGULAR_EXPRESSION "FAIL - ")
