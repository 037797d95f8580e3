#include "timrest/operations/GetIPList.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace operations_getiplist_test {

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::get_ip_list;

// The samples of https://www.tencentcloud.com/document/product/1047/36742.
constexpr std::string_view page_request = "{}";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "IPList": [ "127.0.0.2",   "183.192.202.0/25" ]
})";

}  // namespace

TEST_CASE("GetIPList: the page's empty request decodes and re-encodes to {}", "[operations]") {
    const auto request = decode_request<ops::get_ip_list_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(request_error<ops::get_ip_list_request>(R"({"nettype":0})").path == "nettype");  // a query parameter
}

TEST_CASE("GetIPList: the page's reply decodes with an address and a range", "[operations]") {
    const auto response = decode_response<ops::get_ip_list_response>(page_response);
    CHECK(response.IPList == std::vector<std::string>{"127.0.0.2", "183.192.202.0/25"});
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("GetIPList: its mixed-case path passes the endpoint checks", "[operations]") {
    STATIC_REQUIRE(get_ip_list::path == "v4/ConfigSvc/GetIPList");
    STATIC_REQUIRE(timrest::detail::is_endpoint_path(get_ip_list::path));
    STATIC_REQUIRE(timrest::endpoint<get_ip_list>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<get_ip_list>());
    STATIC_REQUIRE(timrest::calls_per_second<get_ip_list>() == 200);
    CHECK(timrest::error_table<get_ip_list>().empty());  // the page lists only the common codes
}

}  // namespace operations_getiplist_test
