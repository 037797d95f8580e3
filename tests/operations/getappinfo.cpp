#include "timrest/operations/getappinfo.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace operations_getappinfo_test {

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::app_info_field;
using ops::getappinfo;
using ops::getappinfo_request;
using ops::getappinfo_response;

// The samples of https://www.tencentcloud.com/document/product/1047/34886 (the basic reply has a trailing comma).
constexpr std::string_view page_request_all = "{}";

constexpr std::string_view page_request_fields = R"({
    "RequestField":[
        "ChainIncrease",
        "ChainDecrease"
    ]
})";

constexpr std::string_view page_response_all = R"({
	"ErrorCode": 0,
	"ErrorInfo": "OK",
	"Result": [{
		"APNSMsgNum": "84",
		"ActiveUserNum": "2014",
		"AppId": "1104620500",
		"AppName": "Real-Time Communication Scenario Trial Edition",
		"C2CAPNSMsgNum": "84",
		"C2CDownMsgNum": "11040",
		"C2CSendMsgUserNum": "9",
		"C2CUpMsgNum": "52209",
		"CallBackReq": "73069",
		"CallBackRsp": "72902",
		"ChainDecrease": "16",
		"ChainIncrease": "18",
		"Company": "Linye",
		"Date": "20160607",
		"DownMsgNum": "11869",
		"GroupAPNSMsgNum": "0",
		"GroupAllGroupNum": "41913",
		"GroupDestroyGroupNum": "35019",
		"GroupDownMsgNum": "829",
		"GroupJoinGroupTimes": "121438",
		"GroupNewGroupNum": "35904",
		"GroupQuitGroupTimes": "108292",
		"GroupSendMsgGroupNum": "5189",
		"GroupSendMsgUserNum": "12",
		"GroupUpMsgNum": "8433",
		"LoginTimes": "13708",
		"LoginUserNum": "2094",
		"MaxOnlineNum": "62",
		"RegistUserNumOneDay": "1052",
		"RegistUserNumTotal": "53091",
		"SendMsgUserNum": "19",
		"UpMsgNum": "60642",
	}]
})";

constexpr std::string_view page_response_fields = R"({
    "ErrorCode":0,
    "ErrorInfo":"OK",
    "Result":[{
            "ChainDecrease":"8",
            "ChainIncrease":"8",
            "Date":"20160605"
        },
        {
            "ChainDecrease":"17",
            "ChainIncrease":"17",
            "Date":"20160604"
        }
    ]
})";

}  // namespace

TEST_CASE("getappinfo: each request on the page decodes, validates and re-encodes to the same JSON", "[operations]") {
    for (auto text : {page_request_all, page_request_fields}) {
        const auto request = decode_request<getappinfo_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto fields = decode_request<getappinfo_request>(page_request_fields);
    REQUIRE(fields.RequestField);
    REQUIRE(fields.RequestField->size() == 2);
    CHECK((*fields.RequestField)[0] == app_info_field::ChainIncrease);
    CHECK((*fields.RequestField)[1] == app_info_field::ChainDecrease);
}

TEST_CASE("getappinfo: a request written in code names its fields by enumerator", "[operations]") {
    const getappinfo_request request{.RequestField = {app_info_field::ChainIncrease, app_info_field::ChainDecrease}};
    CHECK(timrest::to_json(request) == sample(page_request_fields));
    CHECK(timrest::to_json(getappinfo_request{}) == sample(page_request_all));
}

TEST_CASE("getappinfo: both replies on the page decode and re-encode without the envelope", "[operations]") {
    const auto all = decode_response<getappinfo_response>(page_response_all);
    REQUIRE(all.Result.size() == 1);
    CHECK(all.Result[0].AppId == "1104620500");
    CHECK(all.Result[0].GroupDownMsgNum == "829");
    CHECK(all.Result[0].Date == "20160607");
    CHECK(timrest::to_json(all) == without_envelope(page_response_all));

    const auto some = decode_response<getappinfo_response>(page_response_fields);
    REQUIRE(some.Result.size() == 2);
    CHECK(some.Result[1].ChainIncrease == "17");
    CHECK_FALSE(some.Result[1].AppId);
    CHECK(timrest::to_json(some) == without_envelope(page_response_fields));
}

TEST_CASE("getappinfo: a field name the page does not list is refused with the allowed names", "[operations]") {
    const auto request = decode_request<getappinfo_request>(R"({"RequestField":["ChainIncrease","ChainIncrease2"]})");
    const auto violations = rendered(timrest::validate(request));
    REQUIRE(violations.size() == 1);
    CHECK_THAT(violations[0], Catch::StartsWith("RequestField[1]: one of \"AppName\", \"AppId\", "));
    CHECK_THAT(violations[0], Catch::EndsWith("\"CallBackRsp\", \"Date\", got \"ChainIncrease2\""));
}

TEST_CASE("getappinfo: the value set and the reply row list the page's 32 fields alike", "[operations]") {
    std::vector<std::string> names, members;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<app_info_field>>(
        [&](auto D) { names.emplace_back(D.name); });
    boost::mp11::mp_for_each<boost::describe::describe_members<ops::app_info_row, boost::describe::mod_public>>(
        [&](auto D) { members.emplace_back(D.name); });
    CHECK(names.size() == 32);
    CHECK(names == members);
}

TEST_CASE("getappinfo: its declaration is well formed and its error table holds the page's codes", "[operations]") {
    STATIC_REQUIRE(getappinfo::path == "v4/openconfigsvr/getappinfo");
    STATIC_REQUIRE(timrest::detail::check_endpoint<getappinfo>());
    STATIC_REQUIRE(timrest::calls_per_second<getappinfo>() == 200);
    check_error_rows<getappinfo>({130001, 130009, 130010, 130011, 130012});
    check_error_table_unique<getappinfo>();
}

}  // namespace operations_getappinfo_test
