#include "timrest/operations/get_history.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace operations_get_history_test {

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::get_history;
using ops::get_history_request;
using ops::get_history_response;

// The samples of https://www.tencentcloud.com/document/product/1047/34885.
constexpr std::string_view page_request = R"({
    "ChatType": "C2C",
    "MsgTime": "2015120121"
})";

constexpr std::string_view page_response = R"({
	"File": [
		{
			"URL": "https://download.tim.qq.com/msg_history/2/9b8f8f063b73f61698ce11e58207e89ade40.gz",
			"ExpireTime": "2015-12-02 16:45:23",
			"FileSize": 65207,
			"FileMD5": "cceece008bb7f469a47cf8c4b7acb84e",
			"GzipSize": 1815,
			"GzipMD5": "c3a0269dde393fd7a8bb18bfdeaeee2e"
		}
	],
	"ActionStatus": "OK",
	"ErrorInfo": "",
	"ErrorCode":0
})";

std::vector<std::string> msg_time_violations(std::string msg_time) {
    return rendered(timrest::validate(get_history_request{.ChatType = ops::chat_type::Group, .MsgTime = msg_time}));
}

}  // namespace

TEST_CASE("get_history: the page's request decodes, validates and re-encodes to the same JSON", "[operations]") {
    const auto request = decode_request<get_history_request>(page_request);
    CHECK(*request.ChatType == ops::chat_type::C2C);
    CHECK(*request.MsgTime == "2015120121");
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(timrest::to_json(get_history_request{.ChatType = ops::chat_type::C2C, .MsgTime = "2015120121"}) ==
          sample(page_request));
}

TEST_CASE("get_history: the page's reply decodes with its file", "[operations]") {
    const auto response = decode_response<get_history_response>(page_response);
    REQUIRE(response.File.size() == 1);
    CHECK(response.File[0].ExpireTime == "2015-12-02 16:45:23");
    CHECK(response.File[0].FileSize == 65207);
    CHECK(response.File[0].GzipSize == 1815);
    CHECK(response.File[0].GzipMD5 == "c3a0269dde393fd7a8bb18bfdeaeee2e");
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("get_history: ChatType is C2C or Group and nothing else", "[operations]") {
    const auto request = decode_request<get_history_request>(R"({"ChatType":"c2c","MsgTime":"2015120121"})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{R"(ChatType: one of "C2C", "Group", got "c2c")"});
}

TEST_CASE("get_history: MsgTime must be an hour written as YYYYMMDDHH", "[operations]") {
    const std::string expected = "MsgTime: an hour as YYYYMMDDHH (e.g. 2015120121 for 21:00-21:59 on 1 December "
                                 "2015), got ";
    CHECK(msg_time_violations("2015120100").empty());
    CHECK(msg_time_violations("2024022923").empty());  // a leap day
    for (std::string bad : {"20151201", "201512012100", "2015-12-01", "2015120124", "2015130121", "2015120021",
                            "2015113121", "2023022921", "２０１５120121", ""}) {
        INFO(bad);
        CHECK(msg_time_violations(bad) == std::vector<std::string>{expected + timrest::detail::quoted(bad)});
    }
}

TEST_CASE("get_history: the endpoint list shows MsgTime's format and ChatType's values", "[operations]") {
    const auto request = timrest::describe_endpoint<get_history>().at("request");
    CHECK(request.at("rules") == sample(R"([{"rule":"format","field":"MsgTime","format":"YYYYMMDDHH"}])"));
    const auto& chat_type = request.at("fields").at(0);
    CHECK(chat_type.at("name") == "ChatType");
    CHECK(chat_type.at("one_of") == sample(R"(["C2C","Group"])"));
}

TEST_CASE("get_history: is_hour_stamp decides at compile time", "[operations]") {
    STATIC_REQUIRE(ops::is_hour_stamp("2015120121"));
    STATIC_REQUIRE(ops::is_hour_stamp("2000022900"));  // 2000 is a leap year
    STATIC_REQUIRE_FALSE(ops::is_hour_stamp("1900022900"));  // 1900 is not
    STATIC_REQUIRE_FALSE(ops::is_hour_stamp("201512012"));
}

TEST_CASE("get_history: its declaration is well formed and its error table holds the page's codes", "[operations]") {
    STATIC_REQUIRE(get_history::path == "v4/open_msg_svc/get_history");
    STATIC_REQUIRE(timrest::detail::check_endpoint<get_history>());
    STATIC_REQUIRE(timrest::calls_per_second<get_history>() == 10);
    check_error_rows<get_history>({1001, 1002, 1003, 1004, 1005});
    check_error_table_unique<get_history>();
}

}  // namespace operations_get_history_test
