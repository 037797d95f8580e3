#include "timrest/openim/admin_msgwithdraw.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_admin_msgwithdraw_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The samples of https://www.tencentcloud.com/document/product/1047/35015.
constexpr std::string_view page_request = R"({
	"From_Account": "vinson",
	"To_Account": "dramon",
	"MsgKey": "31906_833502_1572869830"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK", 
    "ErrorInfo": "", 
    "ErrorCode": 0
})";

constexpr std::string_view page_response_failed = R"({
    "ActionStatus": "FAIL", 
    "ErrorInfo": "Fail to Parse json data of body, Please check it", 
    "ErrorCode": 90001
})";

}  // namespace

TEST_CASE("admin_msgwithdraw: the page's request decodes, validates and re-encodes to the same JSON", "[openim]") {
    const auto request = decode_request<openim::admin_msgwithdraw_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("admin_msgwithdraw: the page's replies decode; its failure code is in the table", "[openim]") {
    for (auto text : {page_response, page_response_failed})
        CHECK(timrest::to_json(decode_response<openim::admin_msgwithdraw_response>(text)) == without_envelope(text));
    CHECK(timrest::find_error<openim::admin_msgwithdraw>(90001) != nullptr);
}

TEST_CASE("admin_msgwithdraw: sender and recipient are UserIDs", "[openim]") {
    const openim::admin_msgwithdraw_request request{
        .From_Account = std::string(33, 'a'), .To_Account = "dramon", .MsgKey = "1_2_3"};
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"From_Account"});
}

TEST_CASE("admin_msgwithdraw: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::admin_msgwithdraw>({20022, 20023, 90001, 90003, 90008, 90009, 90054, 91000});
    check_error_table_unique<openim::admin_msgwithdraw>();
}

}  // namespace openim_admin_msgwithdraw_test
