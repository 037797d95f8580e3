#include "timrest/all_member_push/im_push.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_push_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37166.
constexpr std::string_view page_request_1 = R"({
	"From_Account": "admin",
    "MsgRandom": 56512,
    "MsgLifeTime": 120,
    "MsgBody":[
        {
            "MsgType": "TIMTextElem",
            "MsgContent":{
                "Text": "hi, beauty"
            }
        }
    ]
})";

constexpr std::string_view page_request_2 = R"({
	"From_Account": "xiaoming",
    "MsgRandom": 3674128,
    "MsgLifeTime": 120,
    "MsgBody":[
        {
            "MsgType": "TIMTextElem",
            "MsgContent":{
                "Text": "hi, beauty"
            }
        }
    ]
})";

constexpr std::string_view page_request_3 = R"({
	"From_Account": "xiaoming",
    "MsgRandom": 3674128,
    "MsgLifeTime": 120,
    "MsgBody":[
        {
            "MsgType": "TIMTextElem",
            "MsgContent":{
                "Text": "hi, beauty"
            }
        }
    ],
    "OfflinePushInfo": {
        "PushFlag": 0,
        "Desc": "Content to push offline",
        "Ext": "Passthrough content",
        "AndroidInfo": {
            "Sound": "android.mp3"
        },
        "ApnsInfo": {
            "Sound": "apns.mp3",
            "BadgeMode": 1, // If this field is left as default or is set to `0`, the message is counted. If this field is set to `1`, the message is not counted, that is, the badge counter in the upper-right corner does not increase.
            "Title":"apns title", // APNs title
            "SubTitle":"apns subtitle", // APNs subtitle
            "Image":"www.image.com" // Image URL
        }
    }
})";

constexpr std::string_view page_request_4 = R"({
	"From_Account": "admin",
    "MsgRandom": 21302570,
    "MsgLifeTime": 120,
    "MsgBody":[
        {
            "MsgType": "TIMTextElem",
            "MsgContent":{
                "Text": "hi, beauty"
            }
        }
    ]
})";

constexpr std::string_view page_request_5 = R"({
	"From_Account": "admin",
	"MsgRandom": 214,
    "MsgLifeTime": 120,
	"Condition":{
		"TagsAnd": ["Stock A","Stock B"]
	},
	"MsgBody":[
		{
			"MsgType": "TIMTextElem",
			"MsgContent":{
				"Text": "hi, beauty"
			}
		}
	]
})";

constexpr std::string_view page_request_6 = R"({
	"From_Account": "admin",
	"MsgRandom": 124032,
	"MsgLifeTime": 120,
	"Condition":{
		"TagsOr": ["Stock A","Stock B"]
	},
	"MsgBody":[
		{
			"MsgType": "TIMTextElem",
			"MsgContent":{
				"Text": "hi, beauty"
			}
		}
	]
})";

constexpr std::string_view page_request_7 = R"({
	"From_Account": "admin",
    "MsgRandom": 389475,
    "MsgLifeTime": 120,
    "Condition":{
        "AttrsAnd": {
            "Membership Level": "Platinum Premier members",
            "city": "Shenzhen"
        }
    },
    "MsgBody":[
        {
            "MsgType": "TIMTextElem",
            "MsgContent":{
                "Text": "hi, beauty"
            }
        }
    ]
})";

constexpr std::string_view page_request_8 = R"({
	"From_Account": "admin",
    "MsgRandom": 9312457,
	"MsgLifeTime": 120,
    "Condition":{
        "AttrsAnd": {
            "Membership Level": "Platinum Premier users",
            "city": "Shenzhen"
        }
    },
    "MsgBody":[
        {
            "MsgType": "TIMTextElem",
            "MsgContent":{
                "Text": "hi, beauty"
            }
        }
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TaskId": "1400123456_144115212910570789_4155518400_15723514"
})";

}  // namespace

TEST_CASE("im_push: each request on the page decodes, validates and re-encodes to the same JSON", "[all_member_push]") {
    check_page_requests<push::im_push_request>({page_request_1, page_request_2, page_request_3, page_request_4,
                                                page_request_5, page_request_6, page_request_7, page_request_8});
}

TEST_CASE("im_push: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_push_response>(page_response);
}

TEST_CASE("im_push: the page's conditions decode into tags and attributes", "[all_member_push]") {
    const auto by_tag = decode_request<push::im_push_request>(page_request_5);
    REQUIRE(by_tag.Condition);
    REQUIRE(by_tag.Condition->TagsAnd);
    CHECK(by_tag.Condition->TagsAnd->size() == 2);
    CHECK((*by_tag.Condition->TagsAnd)[0] == "Stock A");
    const auto by_attr = decode_request<push::im_push_request>(page_request_7);
    REQUIRE(by_attr.Condition);
    REQUIRE(by_attr.Condition->AttrsAnd);
    REQUIRE(by_attr.Condition->AttrsAnd->find("city"));
    CHECK(*by_attr.Condition->AttrsAnd->find("city") == "Shenzhen");
}

TEST_CASE("im_push: a push written in code encodes its condition", "[all_member_push]") {
    const push::im_push_request request{
        .MsgRandom = 214,
        .MsgBody = {timrest::msg::text_elem{.Text = "hi"}},
        .MsgLifeTime = 120u,
        .Condition = push::push_condition{.AttrsOr = push::attrs{{"city", "Shenzhen"}, {"sex", "F"}}}};
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) ==
          sample(R"({"MsgRandom":214,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}],)"
                 R"("MsgLifeTime":120,"Condition":{"AttrsOr":{"city":"Shenzhen","sex":"F"}}})"));
}

TEST_CASE("im_push: the page's rules on conditions are checked before sending", "[all_member_push]") {
    const auto with = [](push::push_condition c) {
        return rendered(timrest::validate(push::im_push_request{
            .MsgRandom = 1, .MsgBody = {timrest::msg::text_elem{.Text = "x"}}, .Condition = std::move(c)}));
    };
    CHECK(
        with({.AttrsAnd = push::attrs{{"city", "Shenzhen"}}, .TagsOr = {"a"}}) ==
        std::vector<std::string>{
            "Condition: give attribute conditions (AttrsOr, AttrsAnd) or tag conditions (TagsOr, TagsAnd), not both"});
    CHECK(with({.TagsOr = {"a", "b"}, .TagsAnd = {"b"}}) ==
          std::vector<std::string>{"Condition: no tag repeated in TagsOr and TagsAnd, got \"b\" twice"});
    std::vector<push::tag> eleven(11, push::tag("t"));
    for (std::size_t i = 0; i < eleven.size(); ++i) eleven[i] = push::tag("t" + std::to_string(i));
    CHECK(with({.TagsOr = eleven}) == std::vector<std::string>{"Condition.TagsOr: at most 10 elements, got 11"});
    CHECK(with({.TagsAnd = {push::tag(std::string(51, 't'))}}) ==
          std::vector<std::string>{"Condition.TagsAnd[0]: at most 50 bytes, got 51"});
    CHECK(with({.TagsAnd = {push::tag(std::string())}}) ==
          std::vector<std::string>{"Condition.TagsAnd[0]: at least 1 byte, got 0"});
    CHECK(with({.AttrsOr = push::attrs{{"city", std::string(51, 'c')}}}) ==
          std::vector<std::string>{"Condition.AttrsOr.city: at most 50 bytes, got 51"});

    push::im_push_request week{.MsgRandom = 1, .MsgBody = {timrest::msg::text_elem{.Text = "x"}}};
    week.MsgLifeTime = 604801u;
    CHECK(rendered(timrest::validate(week)) == std::vector<std::string>{"MsgLifeTime: in [0, 604800], got 604801"});
}

TEST_CASE("im_push: the reply's TaskId decodes", "[all_member_push]") {
    CHECK(decode_response<push::im_push_response>(page_response).TaskId ==
          "1400123456_144115212910570789_4155518400_15723514");
    CHECK(timrest::calls_per_second<push::im_push>() == 1);
}

TEST_CASE("im_push: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_push>({90001, 90002, 90005, 90007, 90009, 90010, 90020, 90022, 90024, 90026, 90032, 90033,
                                     90039, 90040, 90045, 90047, 91000});
    check_error_table_unique<push::im_push>();
}

}  // namespace all_member_push_im_push_test
