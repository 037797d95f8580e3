#include "timrest/core/endpoint.hpp"

#include <catch2/catch.hpp>

#include "timrest/account/account_check.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/group_msg/send_group_msg.hpp"
#include "timrest/openim/sendmsg.hpp"
#include "timrest/core/field.hpp"
#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/recentcontact/get_list.hpp"

#include <boost/describe/class.hpp>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace core_endpoint_test {

namespace {

namespace detail = timrest::detail;
using timrest::service_error;

// A user's own endpoint, declared outside the library: the twin of the endpoint compile-fail cases.
namespace mine {
struct ping_request {
    timrest::required<timrest::text<32>> Who;
    std::vector<std::string> Tags{};
};
BOOST_DESCRIBE_STRUCT(ping_request, (), (Who, Tags))

struct ping_response {
    std::string Echo;
};
BOOST_DESCRIBE_STRUCT(ping_response, (), (Echo))

struct ping {
    static constexpr std::string_view path = "v4/my_service2/ping_v2";
    using request = ping_request;
    using response = ping_response;
    static constexpr service_error errors[] = {{90001, "no such pong"}, {90002, "pong later", true}};
};

// No error table at all: allowed.
struct quiet {
    static constexpr std::string_view path = "v4/my_service/quiet";
    using request = ping_request;
    using response = ping_response;
};

// Its table joined from shared rows and its own, as the library's families do.
constexpr service_error shared_rows[] = {{90001, "shared one"}, {90002, "shared two", true}};
constexpr service_error own_rows[] = {{90003, "own"}};
struct joined {
    static constexpr std::string_view path = "v4/my_service/joined";
    using request = ping_request;
    using response = ping_response;
    static constexpr auto errors = timrest::join_errors(shared_rows, own_rows);
};

// Not endpoints: the concept says no without a compile error.
struct no_path {
    using request = ping_request;
    using response = ping_response;
};
struct undescribed {
    int x;
};
struct undescribed_request {
    static constexpr std::string_view path = "v4/my_service/x";
    using request = undescribed;
    using response = ping_response;
};
struct undescribed_response {
    static constexpr std::string_view path = "v4/my_service/x";
    using request = ping_request;
    using response = undescribed;
};
struct no_response {
    static constexpr std::string_view path = "v4/my_service/x";
    using request = ping_request;
};
}  // namespace mine

constexpr service_error unique_table[] = {{1, "a"}, {2, "b"}, {3, "c"}};
constexpr service_error duplicate_table[] = {{1, "a"}, {2, "b"}, {1, "c"}};
constexpr service_error last_duplicate_table[] = {{1, "a"}, {2, "b"}, {3, "c"}, {3, "d"}};
constexpr service_error single_table[] = {{7, "x"}};

}  // namespace

TEST_CASE("endpoint: is_endpoint_path accepts v4/<service>/<command>", "[endpoint]") {
    STATIC_REQUIRE(detail::is_endpoint_path("v4/recentcontact/del_contact_group"));
    STATIC_REQUIRE(detail::is_endpoint_path("v4/im_open_login_svc/account_import"));
    STATIC_REQUIRE(detail::is_endpoint_path("v4/a/b"));
    STATIC_REQUIRE(detail::is_endpoint_path("v4/Group_2/Cmd9"));
}

TEST_CASE("endpoint: is_endpoint_path rejects anything else", "[endpoint]") {
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path(""));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("/v4/a/b"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a/"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a/b/c"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v3/a/b"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4//b"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a/b?x=1"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a/b/"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a-b/c"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("v4/a b/c"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("V4/a/b"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("recentcontact/del_contact_group"));
    STATIC_REQUIRE_FALSE(detail::is_endpoint_path("https://console.tim.qq.com/v4/a/b"));
}

TEST_CASE("endpoint: has_unique_codes finds a code listed twice", "[endpoint]") {
    STATIC_REQUIRE(detail::has_unique_codes(unique_table));
    STATIC_REQUIRE(detail::has_unique_codes(single_table));
    STATIC_REQUIRE_FALSE(detail::has_unique_codes(duplicate_table));
    STATIC_REQUIRE_FALSE(detail::has_unique_codes(last_duplicate_table));
}

TEST_CASE("endpoint: every library endpoint passes check_endpoint and the concept", "[endpoint]") {
    STATIC_REQUIRE(detail::check_endpoint<timrest::recentcontact::del_contact_group>());
    STATIC_REQUIRE(detail::check_endpoint<timrest::recentcontact::create_contact_group>());
    STATIC_REQUIRE(detail::check_endpoint<timrest::account::account_import>());
    STATIC_REQUIRE(timrest::endpoint<timrest::recentcontact::del_contact_group>);
    STATIC_REQUIRE(timrest::endpoint<timrest::recentcontact::create_contact_group>);
    STATIC_REQUIRE(timrest::endpoint<timrest::account::account_import>);
}

TEST_CASE("endpoint: library endpoint paths and tables are well formed", "[endpoint]") {
    using namespace timrest;
    CHECK(recentcontact::del_contact_group::path == "v4/recentcontact/del_contact_group");
    CHECK(recentcontact::create_contact_group::path == "v4/recentcontact/create_contact_group");
    CHECK(account::account_import::path == "v4/im_open_login_svc/account_import");
    STATIC_REQUIRE(detail::has_unique_codes(recentcontact::del_contact_group::errors));
    STATIC_REQUIRE(detail::has_unique_codes(recentcontact::create_contact_group::errors));
    STATIC_REQUIRE(detail::has_unique_codes(account::account_import::errors));
    for (const auto& row : error_table<recentcontact::del_contact_group>()) {
        CHECK(row.code > 0);
        CHECK_FALSE(row.meaning.empty());
    }
}

TEST_CASE("endpoint: a well-formed user-declared endpoint satisfies check_endpoint and the concept", "[endpoint]") {
    STATIC_REQUIRE(detail::check_endpoint<mine::ping>());
    STATIC_REQUIRE(timrest::endpoint<mine::ping>);
    STATIC_REQUIRE(detail::check_endpoint<mine::quiet>());
    STATIC_REQUIRE(timrest::endpoint<mine::quiet>);
}

TEST_CASE("endpoint: the concept rejects incomplete or undescribed declarations", "[endpoint]") {
    STATIC_REQUIRE_FALSE(timrest::endpoint<mine::no_path>);
    STATIC_REQUIRE_FALSE(timrest::endpoint<mine::undescribed_request>);
    STATIC_REQUIRE_FALSE(timrest::endpoint<mine::undescribed_response>);
    STATIC_REQUIRE_FALSE(timrest::endpoint<mine::no_response>);
    STATIC_REQUIRE_FALSE(timrest::endpoint<int>);
}

TEST_CASE("endpoint: error_table is the declared table, or empty without one", "[endpoint]") {
    constexpr auto table = timrest::error_table<mine::ping>();
    STATIC_REQUIRE(table.size() == 2);
    CHECK(table[0].code == 90001);
    CHECK(table[1].meaning == "pong later");
    CHECK(table[1].retryable);
    CHECK_FALSE(table[0].retryable);  // the default
    STATIC_REQUIRE(timrest::error_table<mine::quiet>().empty());
    CHECK(timrest::error_table<timrest::recentcontact::del_contact_group>().size() ==
          std::size(timrest::recentcontact::del_contact_group::errors));
}

TEST_CASE("endpoint: find_error returns the endpoint's own row or nullptr", "[endpoint]") {
    using timrest::recentcontact::create_contact_group;
    using timrest::recentcontact::del_contact_group;
    const auto* row = timrest::find_error<del_contact_group>(51009);
    REQUIRE(row != nullptr);
    CHECK(row->code == 51009);
    CHECK(row->meaning == "the conversation group was not found; check the group name");
    CHECK(row >= std::begin(del_contact_group::errors));  // a pointer into the table itself
    CHECK(row < std::end(del_contact_group::errors));

    const auto* long_name = timrest::find_error<del_contact_group>(51011);
    REQUIRE(long_name != nullptr);
    CHECK(long_name->meaning.find("64") != std::string_view::npos);
    const auto* create_long_name = timrest::find_error<create_contact_group>(51011);
    REQUIRE(create_long_name != nullptr);
    CHECK(create_long_name->meaning.find("32") != std::string_view::npos);

    CHECK(timrest::find_error<del_contact_group>(70001) == nullptr);  // common codes are not the endpoint's
    CHECK(timrest::find_error<del_contact_group>(0) == nullptr);
    CHECK(timrest::find_error<mine::quiet>(90001) == nullptr);
    REQUIRE(timrest::find_error<mine::ping>(90002) != nullptr);
    CHECK(timrest::find_error<mine::ping>(90002)->retryable);
    STATIC_REQUIRE(timrest::find_error<mine::ping>(90001)->code == 90001);  // usable in constant expressions
}

TEST_CASE("endpoint: join_errors concatenates tables in order", "[endpoint]") {
    constexpr auto table = timrest::join_errors(mine::shared_rows, mine::own_rows);
    STATIC_REQUIRE(table.size() == 3);
    CHECK(table[0].code == 90001);
    CHECK(table[1].retryable);
    CHECK(table[2].code == 90003);
    CHECK(table[2].meaning == "own");
    STATIC_REQUIRE(timrest::join_errors(single_table).size() == 1);
    STATIC_REQUIRE_FALSE(detail::has_unique_codes(timrest::join_errors(mine::shared_rows, mine::shared_rows)));
}

TEST_CASE("endpoint: a joined error table works like a written-out one", "[endpoint]") {
    STATIC_REQUIRE(detail::check_endpoint<mine::joined>());
    STATIC_REQUIRE(timrest::endpoint<mine::joined>);
    CHECK(timrest::error_table<mine::joined>().size() == 3);
    REQUIRE(timrest::find_error<mine::joined>(90003) != nullptr);
    CHECK(timrest::find_error<mine::joined>(90003)->meaning == "own");
    CHECK(timrest::find_error<mine::joined>(90002)->retryable);
    CHECK(timrest::find_error<mine::joined>(51009) == nullptr);
}

TEST_CASE("endpoint: reads and documented-idempotent writes say so; sends and other writes do not", "[endpoint]") {
    STATIC_REQUIRE(timrest::is_idempotent<timrest::recentcontact::get_list>());
    STATIC_REQUIRE(timrest::is_idempotent<timrest::account::account_import>());
    STATIC_REQUIRE_FALSE(timrest::is_idempotent<timrest::recentcontact::del_contact_group>());
    STATIC_REQUIRE_FALSE(timrest::is_idempotent<timrest::openim::sendmsg>());
    STATIC_REQUIRE_FALSE(timrest::is_idempotent<timrest::group_msg::send_group_msg>());
    CHECK(timrest::describe_endpoint<timrest::account::account_check>().at("idempotent").as_bool());
    CHECK_FALSE(timrest::describe_endpoint<timrest::openim::sendmsg>().at("idempotent").as_bool());
}

}  // namespace core_endpoint_test
