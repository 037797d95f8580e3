#include "timrest/core/result.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>
#include <utility>

namespace core_result_test {

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

TEST_CASE("result: value_or gives the response, or the fallback after a failure", "[result]") {
    CHECK(result<int>(5, 1).value_or(7) == 5);
    CHECK(result<int>(failure(2)).value_or(7) == 7);
    result<std::string> moved(std::string(64, 'x'), 1);
    CHECK(std::move(moved).value_or("none").size() == 64);
    CHECK(result<std::string>(failure(2)).value_or("none") == "none");
}

TEST_CASE("result: transform maps the response and keeps the random, or passes the error on", "[result]") {
    const auto ok = result<int>(5, 42).transform([](int v) { return std::to_string(v * 2); });
    STATIC_REQUIRE(std::is_same_v<decltype(ok), const result<std::string>>);
    REQUIRE(ok);
    CHECK(*ok == "10");
    CHECK(ok.random() == 42u);

    const auto bad = result<int>(failure(9)).transform([](int v) { return v * 2; });
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == protocol_errc::not_json);
    CHECK(bad.random() == 9u);
}

TEST_CASE("result: and_then chains a second call only after a success", "[result]") {
    int calls = 0;
    auto next = [&](int v) {
        ++calls;
        return v > 0 ? result<std::string>(std::string(static_cast<std::size_t>(v), 'a'), 7) : result<std::string>(failure(8));
    };
    CHECK(*result<int>(3, 1).and_then(next) == "aaa");
    CHECK(result<int>(3, 1).and_then(next).random() == 7u);
    CHECK(result<int>(0, 1).and_then(next).error().random == 8u);
    CHECK(calls == 3);
    const auto skipped = result<int>(failure(9)).and_then(next);
    CHECK(calls == 3);
    CHECK(skipped.error().random == 9u);
}

TEST_CASE("result: or_else recovers from a failure and leaves a success alone", "[result]") {
    auto fallback = [](const call_error& e) { return result<int>(-1, e.random); };
    CHECK(*result<int>(5, 1).or_else(fallback) == 5);
    const auto recovered = result<int>(failure(4)).or_else(fallback);
    CHECK(*recovered == -1);
    CHECK(recovered.random() == 4u);
}

TEST_CASE("result: error() on an rvalue moves the call_error out", "[result]") {
    result<int> r(failure(3));
    r.error().info = std::string(200, 'i');
    const call_error e = std::move(r).error();
    CHECK(e.info.size() == 200);
    CHECK(e.random == 3u);
}

}  // namespace core_result_test
