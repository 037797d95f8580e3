#include "timrest/core/error.hpp"

#include <catch2/catch.hpp>

#include "timrest/protocol/service_error.hpp"  // the service category, for call_error's service format

#include <exception>
#include <stdexcept>
#include <string>
#include <system_error>
#include <type_traits>

namespace core_error_test {

namespace {

using timrest::call_error;
using timrest::condition;
using timrest::protocol_errc;

call_error service(int code, std::string info, std::string_view meaning, std::uint32_t random) {
    call_error e;
    e.code = timrest::make_service_error(code);
    e.info = std::move(info);
    e.meaning = meaning;
    e.random = random;
    e.sent = true;
    return e;
}

}  // namespace

// ---- categories ------------------------------------------------------------------------------------------

TEST_CASE("error: protocol_errc converts to an error_code of the timrest.protocol category", "[error]") {
    const std::error_code ec = protocol_errc::not_json;
    CHECK(ec.category() == timrest::protocol_category());
    CHECK(ec.value() == static_cast<int>(protocol_errc::not_json));
    CHECK(std::string(ec.category().name()) == "timrest.protocol");
    CHECK(ec == protocol_errc::not_json);
    CHECK(ec != protocol_errc::no_envelope);
    CHECK(ec);  // non-zero: an error
    CHECK(static_cast<int>(protocol_errc::invalid_request) == 1);
}

TEST_CASE("error: every protocol_errc has its own message", "[error]") {
    const auto msg = [](protocol_errc e) { return timrest::make_error_code(e).message(); };
    CHECK(msg(protocol_errc::invalid_request) == "request rejected before sending");
    CHECK(msg(protocol_errc::http_status) == "unexpected HTTP status");
    CHECK(msg(protocol_errc::http_server_error) == "HTTP server error");
    CHECK(msg(protocol_errc::not_json) == "reply is not a JSON object");
    CHECK(msg(protocol_errc::no_envelope) == "reply lacks the envelope's ErrorCode");
    CHECK(msg(protocol_errc::bad_response) == "reply does not match the endpoint's response declaration");
    CHECK(timrest::protocol_category().message(999) == "unknown protocol error");
}

TEST_CASE("error: conditions have the timrest.condition category and messages", "[error]") {
    const std::error_condition c = condition::throttled;
    CHECK(c.category() == timrest::condition_category());
    CHECK(std::string(c.category().name()) == "timrest.condition");
    CHECK(timrest::make_error_condition(condition::retryable).message() == "retryable");
    CHECK(timrest::make_error_condition(condition::throttled).message() ==
          "throttled by the service's frequency limits");
    CHECK(timrest::make_error_condition(condition::auth).message() == "admin identity or UserSig refused");
    CHECK(timrest::condition_category().message(999) == "unknown condition");
}

TEST_CASE("error: http_server_error is retryable and the other protocol errors are not", "[error]") {
    CHECK(timrest::make_error_code(protocol_errc::http_server_error) == condition::retryable);
    for (auto e : {protocol_errc::invalid_request, protocol_errc::http_status, protocol_errc::not_json,
                   protocol_errc::no_envelope, protocol_errc::bad_response}) {
        CAPTURE(static_cast<int>(e));
        CHECK(timrest::make_error_code(e) != condition::retryable);
    }
}

TEST_CASE("error: no protocol error is throttled or auth", "[error]") {
    for (int v = 1; v <= 6; ++v) {
        CAPTURE(v);
        const std::error_code ec(v, timrest::protocol_category());
        CHECK(ec != condition::throttled);
        CHECK(ec != condition::auth);
    }
}

TEST_CASE("error: a protocol error still equals its own default condition", "[error]") {
    const std::error_code ec = protocol_errc::http_status;
    CHECK(ec == ec.default_error_condition());
    CHECK(ec != std::errc::invalid_argument);
}

TEST_CASE("error: a protocol error and a service error with the same number differ", "[error]") {
    CHECK(timrest::make_error_code(protocol_errc::not_json) != timrest::make_service_error(4));
}

// ---- call_error::message ---------------------------------------------------------------------------------

TEST_CASE("error: a service error's message is 'error <code>: <meaning> (<info>) random=<n>'", "[error]") {
    CHECK(service(51009, "group not exist", "the conversation group was not found", 2382264809u).message() ==
          "error 51009: the conversation group was not found (group not exist) random=2382264809");
}

TEST_CASE("error: a service error with empty ErrorInfo still prints ()", "[error]") {
    CHECK(service(51009, "", "m", 1).message() == "error 51009: m () random=1");
}

TEST_CASE("error: a service error without a meaning uses the category's message", "[error]") {
    CHECK(service(70001, "x", "", 5).message() == "error 70001: the UserSig expired; generate a new one (x) random=5");
    CHECK(service(99999, "x", "", 5).message() ==
          "error 99999: service error 99999 (x) random=5");
}

TEST_CASE("error: a protocol error's message is 'timrest.protocol error: ...'", "[error]") {
    call_error e;
    e.code = protocol_errc::http_status;
    e.info = "HTTP status 404";
    e.random = 77;
    CHECK(e.message() == "timrest.protocol error: unexpected HTTP status (HTTP status 404) random=77");

    SECTION("without info there are no parentheses") {
        e.info.clear();
        e.code = protocol_errc::not_json;
        CHECK(e.message() == "timrest.protocol error: reply is not a JSON object random=77");
    }
    SECTION("the largest random prints in full") {
        e.random = 4294967295u;
        CHECK(e.message().ends_with(" random=4294967295"));
    }
    SECTION("random 0, no request made, prints no random: support could look nothing up") {
        e.code = protocol_errc::invalid_request;
        e.info = "GroupName[0]: at most 64 bytes, got 65";
        e.random = 0;
        CHECK(e.message() == "timrest.protocol error: request rejected before sending "
                             "(GroupName[0]: at most 64 bytes, got 65)");
    }
}

TEST_CASE("error: a call_error defaults to nothing sent, not retryable, random 0", "[error]") {
    const call_error e;
    CHECK_FALSE(e.code);
    CHECK_FALSE(e.sent);
    CHECK_FALSE(e.retryable);
    CHECK(e.random == 0);
    CHECK(e.info.empty());
    CHECK(e.display.empty());
    CHECK(e.meaning.empty());
}

// ---- timrest::error --------------------------------------------------------------------------------------

TEST_CASE("error: timrest::error is a std::system_error carrying the call_error", "[error]") {
    STATIC_REQUIRE(std::is_base_of_v<std::system_error, timrest::error>);
    auto ce = service(51009, "x", "not found", 123);
    ce.display = "shown";
    const timrest::error e(ce);
    CHECK(e.code() == timrest::make_service_error(51009));
    CHECK(e.random() == 123u);
    CHECK(e.details().info == "x");
    CHECK(e.details().display == "shown");
    CHECK(e.details().meaning == "not found");
    CHECK(e.details().sent);
    CHECK(std::string(e.what()) == ce.message());  // the one-line message, not repeated by system_error
}

TEST_CASE("error: timrest::error is caught as std::system_error and std::exception", "[error]") {
    call_error ce;
    ce.code = protocol_errc::bad_response;
    ce.info = "GroupItem[0].GroupId: expected integer, got string";
    ce.random = 9;
    try {
        throw timrest::error(ce);
    } catch (const std::system_error& e) {
        CHECK(e.code() == protocol_errc::bad_response);
        const std::string what = e.what();
        CHECK(what.find("GroupItem[0].GroupId: expected integer, got string") != std::string::npos);
        CHECK(what.find("random=9") != std::string::npos);
    }
    CHECK_THROWS_AS(throw timrest::error(ce), std::exception);
}

}  // namespace core_error_test
