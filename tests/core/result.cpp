#include "timrest/core/result.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>
#include <utility>

namespace {

using timrest::call_error;
using timrest::protocol_errc;
using timrest::result;

call_error failure(std::uint32_t random) {
    call_error e;
    e.code = protocol_errc::not_json;
    e.info = "invalid JSON";
    e.random = random;
    e.sent = true;
    return e;
}

}  // namespace

TEST_CASE("result: a success holds the value and the random", "[result]") {
    result<int> r(5, 42);
    CHECK(r.has_value());
    CHECK(static_cast<bool>(r));
    CHECK(r.value() == 5);
    CHECK(*r == 5);
    CHECK(r.random() == 42u);
    r.value() = 6;
    CHECK(*r == 6);
}

TEST_CASE("result: -> and * reach the value", "[result]") {
    const result<std::string> r(std::string("abc"), 1);
    CHECK(r->size() == 3);
    CHECK(*r == "abc");
    CHECK(r.value() == "abc");
}

TEST_CASE("result: a failure holds the call_error and its random", "[result]") {
    const result<int> r(failure(9));
    CHECK_FALSE(r.has_value());
    CHECK_FALSE(static_cast<bool>(r));
    CHECK(r.random() == 9u);
    CHECK(r.error().code == protocol_errc::not_json);
    CHECK(r.error().info == "invalid JSON");
    CHECK(r.error().random == 9u);
}

TEST_CASE("result: value() on a failure throws timrest::error with the code and random", "[result]") {
    result<std::string> r(failure(31));
    CHECK_THROWS_AS(r.value(), timrest::error);
    try {
        (void)r.value();
        FAIL("value() did not throw");
    } catch (const timrest::error& e) {
        CHECK(e.code() == protocol_errc::not_json);
        CHECK(e.random() == 31u);
        CHECK(e.details().info == "invalid JSON");
    }
    const result<std::string>& cr = r;
    CHECK_THROWS_AS(cr.value(), timrest::error);
    CHECK_THROWS_AS(std::move(r).value(), timrest::error);
}

TEST_CASE("result: value() on an rvalue moves the value out", "[result]") {
    result<std::string> r(std::string(100, 'x'), 1);
    const std::string s = std::move(r).value();
    CHECK(s.size() == 100);
}

TEST_CASE("result: converts to bool only explicitly", "[result]") {
    STATIC_REQUIRE(std::is_constructible_v<bool, result<int>>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<result<int>, bool>);
    STATIC_REQUIRE(std::is_convertible_v<call_error, result<int>>);  // `return error;` works in a function
}
