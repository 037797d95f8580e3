# Compile-fail tests (STYLE.md, "Compile-fail tests"; list in compile_fail/README.md). Included from
# tests/CMakeLists.txt, so paths are relative to tests/.
#
# compile_fail.<case> compiles compile_fail/<case>.cpp and passes only if the output holds the compiler's
# static-assertion diagnostic carrying our sentence: any other error (a typo, a missing include, a header
# that stops compiling) fails it, and so does a build that succeeds. Each test runs the compiler with the
# target's command from compile_commands.json (compile.py), not the build tool, so the cases run in parallel.

# The compiler's "static assertion failed" line, up to where our message starts, on one line of output:
#   g++ 12:    static assertion failed: <message>
#   clang 16+: static assertion failed due to requirement '...': <message>
#   clang 14:  static_assert failed due to requirement '...' "<message>"
# The message must be on the diagnostic's own line, so the source line that gcc echoes under it cannot match.
set(timrest_static_assert "static.assert[^\n]*failed[^\n]*(: |\")")

find_package(Python3 REQUIRED COMPONENTS Interpreter)

function(timrest_compile_fail name message)
  add_library(cf_${name} STATIC EXCLUDE_FROM_ALL compile_fail/${name}.cpp)
  target_link_libraries(cf_${name} PRIVATE timrest::timrest timrest_warnings)
  add_test(NAME compile_fail.${name}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/compile.py ${CMAKE_BINARY_DIR}
            ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/${name}.cpp)
  set_tests_properties(compile_fail.${name} PROPERTIES
    PASS_REGULAR_EXPRESSION "${timrest_static_assert}${message}"
    LABELS compile_fail)
endfunction()

# case                             start of the sentence it must produce (a regex)
timrest_compile_fail(missing_required_field         "timrest: a required field was left out")
timrest_compile_fail(literal_too_long               "timrest: this string literal is longer than its field allows")
timrest_compile_fail(list_too_long                  "timrest: this list has more elements than its field allows")
timrest_compile_fail(endpoint_without_path          "timrest: an endpoint needs a path")
timrest_compile_fail(endpoint_bad_path              "timrest: an endpoint's path must have the form")
timrest_compile_fail(endpoint_leading_slash_path    "timrest: an endpoint's path must have the form")
timrest_compile_fail(endpoint_undescribed_request   "timrest: the endpoint's request struct is not described")
timrest_compile_fail(endpoint_undescribed_response  "timrest: the endpoint's response struct is not described")
timrest_compile_fail(endpoint_duplicate_error_code  "timrest: the endpoint's error table lists a code twice")
timrest_compile_fail(wrong_request_type             "timrest::try_call<E>\\(client, request\\): the request must be E::request")
timrest_compile_fail(unsupported_member_type        "timrest: this member type has no JSON wire encoding")

# The twins: every case with its fix applied, in one file. It is part of the default build (not
# EXCLUDE_FROM_ALL) so that a twin that stops compiling breaks `cmake --build` at once, where the cause is
# plainest; compile_fail.twins_compile builds it again (a no-op after a full build) so that
# `ctest -R compile_fail` alone also checks both halves of each pair.
add_library(cf_twins OBJECT compile_fail/twins.cpp)
target_link_libraries(cf_twins PRIVATE timrest::timrest timrest_warnings)
add_test(NAME compile_fail.twins_compile COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target cf_twins)
set_tests_properties(compile_fail.twins_compile PROPERTIES RUN_SERIAL TRUE LABELS compile_fail)

# Added with the tests of the issue-3 endpoints (same helper as the list above).
timrest_compile_fail(plain_member_before_required   "timrest: in a wire struct, declare plain members \\(those with a default value\\) after every required<> member")
timrest_compile_fail(page_walk_of_unpaged_endpoint  "timrest: this endpoint declares no paging")
timrest_compile_fail(user_list_too_long             "timrest: this list has more elements than its field allows")

# Added with issue 6: declarations that would drop data, and messages that named the wrong problem.
timrest_compile_fail(request_member_not_described     "timrest: BOOST_DESCRIBE_STRUCT leaves out a member of this wire struct")
timrest_compile_fail(response_member_not_described    "timrest: BOOST_DESCRIBE_STRUCT leaves out a member of this wire struct")
timrest_compile_fail(nested_member_not_described      "timrest: BOOST_DESCRIBE_STRUCT leaves out a member of this wire struct")
timrest_compile_fail(described_base_class             "timrest: a wire struct must not have a base class")
timrest_compile_fail(undescribed_base_class           "timrest: a wire struct must not have a base class")
timrest_compile_fail(members_described_out_of_order   "timrest: BOOST_DESCRIBE_STRUCT lists this wire struct's members out of order")
timrest_compile_fail(required_list_given_empty_braces "timrest: a required field was left out, or given {}, and it is a list that needs at least MinSize elements")
timrest_compile_fail(plain_list_given_empty_braces    "timrest: this list was given {} or left out, but it needs at least MinSize elements")
timrest_compile_fail(endpoint_runtime_path            "timrest: an endpoint's path must be known at compile time")
timrest_compile_fail(endpoint_nonstatic_path          "timrest: an endpoint's path must be known at compile time")
timrest_compile_fail(endpoint_without_request         "timrest: an endpoint needs `using request = <request struct>")
timrest_compile_fail(const_buffer_larger_than_field   "timrest: this string literal is longer than its field allows[^\n]*pass std::string\\(buffer\\)")

# Added with the value sets (issue 6).
timrest_compile_fail(value_outside_set              "timrest: this field takes one of its enum's named values")
timrest_compile_fail(name_as_string                 "timrest: this field takes one of its enum's enumerators")
timrest_compile_fail(empty_user_id_literal          "timrest: this string literal is shorter than its field allows")

# Added with issue 7: the honest mistakes of a first hour.
timrest_compile_fail(error_code_compared_with_number "timrest: compare an error code with a named error")

# Added with issue 8: the tagged message bodies.
timrest_compile_fail(second_custom_element          "timrest: this list holds more elements of one alternative than its declaration allows")
timrest_compile_fail(alternative_without_tag        "timrest: each alternative of a tagged<> declares its tag")
