#ifndef TIMREST_TESTS_GOLDEN_HPP_INCLUDED
#define TIMREST_TESTS_GOLDEN_HPP_INCLUDED

// Helpers for the golden tests of the declared endpoints (tests/recentcontact, tests/account): decoding the
// spec's samples, comparing re-encoded replies, rendering violations and checking error tables. Each test file
// includes its own endpoint header first (to show that header compiles alone), then Catch, then this. The core
// tests of validation and rules use rendered() too.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field_error.hpp"
#include "timrest/core/wire.hpp"

#include <catch2/catch.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace timrest_test {

/// A sample as the vendor's pages print it: JSON with `//` comments and, now and then, a trailing comma.
inline boost::json::value sample(std::string_view text) {
    boost::json::parse_options relaxed;
    relaxed.allow_comments = true;
    relaxed.allow_trailing_commas = true;
    return boost::json::parse(text, {}, relaxed);
}

/// Decodes a request as the emulator does (unknown keys refused); the test stops, naming the error, if it fails.
template <class T>
T decode_request(std::string_view text) {
    auto request = timrest::blank<T>();
    auto bad = timrest::from_json(sample(text), request, timrest::unknown_keys::reject);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
    return request;
}

/// Decodes a reply as the client does (unknown keys and the envelope ignored); the test stops, naming the error,
/// if it fails.
template <class T>
T decode_response(std::string_view text) {
    auto response = timrest::blank<T>();
    auto bad = timrest::from_json(sample(text), response);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
    return response;
}

/// The error decoding a request that must not decode (unknown keys refused); the test stops if it decodes.
template <class T>
timrest::field_error request_error(std::string_view text) {
    auto request = timrest::blank<T>();
    auto bad = timrest::from_json(sample(text), request, timrest::unknown_keys::reject);
    REQUIRE(bad);
    return *bad;
}

/// The error decoding a reply that must not decode; the test stops if it decodes.
template <class T>
timrest::field_error response_error(std::string_view text) {
    auto response = timrest::blank<T>();
    auto bad = timrest::from_json(sample(text), response);
    REQUIRE(bad);
    return *bad;
}

/// A reply's JSON without the envelope keys: what its response struct re-encodes to.
inline boost::json::value without_envelope(std::string_view text) {
    auto v = sample(text);
    for (auto key : {"ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay"}) v.as_object().erase(key);
    return v;
}

/// Each violation as `path: message`.
inline std::vector<std::string> rendered(const std::vector<timrest::field_error>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.to_string());
    return out;
}

/// Each violation's path.
inline std::vector<std::string> paths(const std::vector<timrest::field_error>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.path);
    return out;
}

/// Each of `codes` has a row in E's error table, with a meaning.
template <class E>
void check_error_rows(std::initializer_list<int> codes) {
    for (int code : codes) {
        INFO("code " << code);
        const auto* row = timrest::find_error<E>(code);
        REQUIRE(row != nullptr);
        CHECK_FALSE(row->meaning.empty());
    }
}

/// Every row of E's error table has a code no other row has, and a meaning.
template <class E>
void check_error_table_unique() {
    std::set<int> seen;
    for (const auto& row : timrest::error_table<E>()) {
        INFO("code " << row.code);
        CHECK(seen.insert(row.code).second);
        CHECK_FALSE(row.meaning.empty());
    }
}

}  // namespace timrest_test

#endif
