#include "timrest/openim/query_online_status.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_query_online_status_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The samples of https://www.tencentcloud.com/document/product/1047/35477. The page's replies lack the comma
// after `"ErrorCode": 0`; it is added here. Its trailing commas are kept (sample() accepts them).
constexpr std::string_view page_request = R"({
    "To_Account":["id1","id2","id3","id4"],
})";

constexpr std::string_view page_request_detail = R"({
    "IsNeedDetail": 1,
    "To_Account": ["id1", "id2", "id4"]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus":"OK",
    "ErrorInfo":"",
    "ErrorCode": 0,
    "QueryResult": [
        {
            "To_Account": "id1",
            "State": "Offline"
        },
        {
            "To_Account": "id2",
            "State": "Online"
        },
        {
            "To_Account": "id3",
            "State": "PushOnline"
        }
    ],
    "ErrorList": [
        {
            "To_Account": "id4",
            "ErrorCode": 70107
        }
    ]    
})";

constexpr std::string_view page_response_detail = R"({
    "ActionStatus":"OK",
    "ErrorInfo":"",
    "ErrorCode": 0,
    "QueryResult": [
        {
            "To_Account": "id1",
            "State": "Online",
            "Detail": [
                {
                    "Platform": "IPhone",
                    "Status": "PushOnline"
                },
                {
                    "Platform": "Web",
                    "Status": "Online"
                }
            ]
        },
        {
            "To_Account": "id2",
            "State": "Offline",
        }        
    ],
    "ErrorList": [
        {
            "To_Account": "id4",
            "ErrorCode": 70107
        }
    ]      
})";

}  // namespace

TEST_CASE("query_online_status: each request on the page decodes, validates and re-encodes to the same JSON",
          "[openim]") {
    for (auto text : {page_request, page_request_detail}) {
        const auto request = decode_request<openim::query_online_status_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("query_online_status: the page's replies decode; the state is read under State or Status", "[openim]") {
    const auto plain = decode_response<openim::query_online_status_response>(page_response);
    CHECK(timrest::to_json(plain) == without_envelope(page_response));
    REQUIRE(plain.QueryResult.size() == 3);
    CHECK(plain.QueryResult[2].state() == openim::online_status::PushOnline);
    REQUIRE(plain.ErrorList.size() == 1);
    CHECK(plain.ErrorList[0].ErrorCode == 70107);

    const auto detail = decode_response<openim::query_online_status_response>(page_response_detail);
    CHECK(timrest::to_json(detail) == without_envelope(page_response_detail));
    REQUIRE(detail.QueryResult[0].Detail);
    CHECK((*detail.QueryResult[0].Detail)[0].Status == openim::online_status::PushOnline);

    const auto current = decode_response<openim::query_online_status_response>(
        R"({"QueryResult":[{"To_Account":"id1","Status":"Online"}],"ErrorList":[]})");
    CHECK(current.QueryResult[0].state() == openim::online_status::Online);
}

TEST_CASE("query_online_status: at most 500 accounts a call, and IsNeedDetail is 0 or 1", "[openim]") {
    std::vector<timrest::user_id> many;
    for (int i = 0; i < 501; ++i) many.emplace_back("u" + std::to_string(i));
    openim::query_online_status_request request{.To_Account = many};
    request.IsNeedDetail = 2;
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"To_Account: at most 500 elements, got 501", "IsNeedDetail: in [0, 1], got 2"});
    STATIC_REQUIRE(openim::query_online_status::max_batch == 500);
}

TEST_CASE("query_online_status: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::query_online_status>({70107, 70169, 90001, 90003, 90009, 90011, 90992, 90994, 90995, 91000});
    check_error_table_unique<openim::query_online_status>();
}

}  // namespace openim_query_online_status_test
