#ifndef TIMREST_TESTS_GROUP_DECLARATION_HPP_INCLUDED
#define TIMREST_TESTS_GROUP_DECLARATION_HPP_INCLUDED

// The check every golden test of the group family makes of a declaration: it is well-formed, has the page's path
// and rate, and its error table holds each of the page's codes once, with a meaning. Include after golden.hpp.

#include "golden.hpp"

#include <initializer_list>
#include <string_view>

namespace timrest_test {

template <class E>
void check_declaration(std::string_view path, unsigned calls_per_second, std::initializer_list<int> codes) {
    STATIC_REQUIRE(timrest::detail::check_endpoint<E>());
    CHECK(E::path == path);
    CHECK(timrest::calls_per_second<E>() == calls_per_second);
    check_error_rows<E>(codes);
    check_error_table_unique<E>();
}

}  // namespace timrest_test

#endif
