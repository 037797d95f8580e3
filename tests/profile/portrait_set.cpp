#include "timrest/profile/portrait_set.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace profile_portrait_set_test {

namespace {

using namespace timrest_test;
namespace profile = timrest::profile;
namespace tags = timrest::profile::tags;
using profile::profile_item;

// The samples of https://www.tencentcloud.com/document/product/1047/34916.
constexpr std::string_view page_request = R"({
    "From_Account":"id",
    "ProfileItem":
    [
        {
            "Tag":"Tag_Profile_IM_Nick",
            "Value":"MyNickName"
        }
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus":"FAIL",
    "ErrorCode":40001,
    "ErrorInfo":"Err_Profile_Comm_Decode_Fail",
    "ErrorDisplay":""
})";

profile::portrait_set_request one_item(profile_item item) {
    return {.From_Account = "alice", .ProfileItem = {std::move(item)}};
}

std::vector<std::string> violations_of(profile_item item) {
    return rendered(timrest::validate(one_item(std::move(item))));
}

}  // namespace

TEST_CASE("portrait_set: the page's request decodes, validates and re-encodes to the same JSON", "[profile]") {
    const auto request = decode_request<profile::portrait_set_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    REQUIRE(request.ProfileItem->size() == 1);
    CHECK((*request.ProfileItem)[0].get(tags::nick) == "MyNickName");
}

TEST_CASE("portrait_set: the page's reply (a failure, only the envelope) decodes", "[profile]") {
    decode_response<profile::portrait_set_response>(page_response);
    CHECK(without_envelope(page_response) == boost::json::object{});
}

TEST_CASE("portrait_set: items written in code encode each value with the type its tag takes", "[profile]") {
    const profile::portrait_set_request request{
        .From_Account = "alice",
        .ProfileItem = {profile_item{tags::nick, "Alice"},
                        profile_item{tags::gender, profile::gender::Gender_Type_Female},
                        profile_item{tags::birthday, 20190419}, profile_item{tags::level, 3},
                        profile_item{tags::allow_type, profile::allow_type::AllowType_Type_NeedConfirm},
                        profile_item{tags::custom("Test"), "Custom Data1"}, profile_item{tags::custom("Score"), 42}}};
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(R"({"From_Account":"alice","ProfileItem":[
                 {"Tag":"Tag_Profile_IM_Nick","Value":"Alice"},
                 {"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Female"},
                 {"Tag":"Tag_Profile_IM_BirthDay","Value":20190419},
                 {"Tag":"Tag_Profile_IM_Level","Value":3},
                 {"Tag":"Tag_Profile_IM_AllowType","Value":"AllowType_Type_NeedConfirm"},
                 {"Tag":"Tag_Profile_Custom_Test","Value":"Custom Data1"},
                 {"Tag":"Tag_Profile_Custom_Score","Value":42}]})"));

    const auto& items = *request.ProfileItem;
    CHECK(profile::find(items, tags::gender) == profile::gender::Gender_Type_Female);
    CHECK(profile::find(items, tags::level) == 3u);
    CHECK(profile::find(items, tags::role) == std::nullopt);
    CHECK(profile::find(items, tags::custom("Score")) == profile::custom_value(std::uint64_t{42}));
    CHECK(items[0].get(tags::level) == std::nullopt);  // another tag
}

TEST_CASE("portrait_set: a setter replaces an item's tag and value", "[profile]") {
    profile_item item{tags::nick, "Bob"};
    item.set(tags::role, 7);
    CHECK(item.tag() == "Tag_Profile_IM_Role");
    CHECK(item.get(tags::role) == 7u);
}

TEST_CASE("portrait_set: a standard tag with a value of the wrong type is refused, naming the tag", "[profile]") {
    CHECK(violations_of(profile_item{"Tag_Profile_IM_Level", "high"}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_Level takes an integer, got string"});
    CHECK(violations_of(profile_item{"Tag_Profile_IM_Nick", 5}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_Nick takes a string, got integer"});
    CHECK(violations_of(profile_item{"Tag_Profile_Custom_Test", true}) ==
          std::vector<std::string>{
              "ProfileItem[0].Value: Tag_Profile_Custom_Test takes a string or an integer, got boolean"});
    // A decoded one, as the emulator and the CLI see it.
    const auto decoded = decode_request<profile::portrait_set_request>(
        R"({"From_Account":"a","ProfileItem":[{"Tag":"Tag_Profile_IM_Gender","Value":1}]})");
    CHECK(rendered(timrest::validate(decoded)) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_Gender takes a string, got integer"});
}

TEST_CASE("portrait_set: values outside their tag's documented bounds are refused", "[profile]") {
    CHECK(violations_of(profile_item{tags::nick, std::string(501, 'n')}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_Nick takes at most 500 bytes, got 501"});
    CHECK(violations_of(profile_item{tags::location, std::string(17, 'l')}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_Location takes at most 16 bytes, got 17"});
    CHECK(violations_of(profile_item{tags::gender, static_cast<profile::gender>(7)}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_Gender takes one of \"Gender_Type_Unknown\", "
                                   "\"Gender_Type_Female\", \"Gender_Type_Male\", got \"\""});
    CHECK(violations_of(profile_item{"Tag_Profile_IM_AllowType", "AllowType_Type_Maybe"}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_AllowType takes one of "
                                   "\"AllowType_Type_NeedConfirm\", \"AllowType_Type_AllowAny\", "
                                   "\"AllowType_Type_DenyAny\", got \"AllowType_Type_Maybe\""});
    CHECK(violations_of(profile_item{"Tag_Profile_IM_AdminForbidType", "AdminForbid_Type_All"}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_IM_AdminForbidType takes one of "
                                   "\"AdminForbid_Type_None\", \"AdminForbid_Type_SendOut\", got "
                                   "\"AdminForbid_Type_All\""});
    CHECK(violations_of(profile_item{"Tag_Profile_IM_Level", std::int64_t{-1}}) ==
          std::vector<std::string>{
              "ProfileItem[0].Value: Tag_Profile_IM_Level takes an integer in [0, 4294967295], got -1"});
    CHECK(violations_of(profile_item{"Tag_Profile_IM_BirthDay", std::uint64_t{1} << 32}) ==
          std::vector<std::string>{
              "ProfileItem[0].Value: Tag_Profile_IM_BirthDay takes an integer in [0, 4294967295], got 4294967296"});
    CHECK(violations_of(profile_item{tags::custom("Test"), std::string(501, 'c')}) ==
          std::vector<std::string>{"ProfileItem[0].Value: Tag_Profile_Custom_Test takes at most 500 bytes, got 501"});
    CHECK(violations_of(profile_item{tags::custom("Test"), -2}) ==
          std::vector<std::string>{
              "ProfileItem[0].Value: Tag_Profile_Custom_Test takes an integer in [0, 18446744073709551615], got -2"});
    CHECK(
        violations_of(profile_item{"Tag Profile", "x"}) ==
        std::vector<std::string>{"ProfileItem[0].Tag: a tag of letters, digits and underscores, got \"Tag Profile\""});
    const profile::portrait_set_request none{.From_Account = "alice", .ProfileItem = std::vector<profile_item>{}};
    CHECK(rendered(timrest::validate(none)) == std::vector<std::string>{"ProfileItem: at least 1 element, got 0"});
}

TEST_CASE("portrait_set: a tag this declaration does not know round-trips with its value as JSON", "[profile]") {
    constexpr std::string_view text =
        R"({"From_Account":"a","ProfileItem":[{"Tag":"Tag_Profile_IM_Future","Value":{"x":[1,2]}}]})";
    const auto request = decode_request<profile::portrait_set_request>(text);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(text));
    CHECK((*request.ProfileItem)[0].value() == sample(R"({"x":[1,2]})"));
}

TEST_CASE("portrait_set: an item with a key besides Tag and Value, or without Value, does not decode", "[profile]") {
    CHECK(request_error<profile::portrait_set_request>(
              R"({"From_Account":"a","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"x","value":"y"}]})")
              .to_string() == "ProfileItem[0].value: unknown field (keys are case-sensitive)");
    CHECK(request_error<profile::portrait_set_request>(
              R"({"From_Account":"a","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick"}]})")
              .to_string() == "ProfileItem[0].Value: required field is missing");
    CHECK(request_error<profile::portrait_set_request>(R"({"From_Account":"a","ProfileItem":[{"Tag":1,"Value":"x"}]})")
              .to_string() == "ProfileItem[0].Tag: expected string, got integer");
}

TEST_CASE("portrait_set: the error table holds the page's codes once each", "[profile]") {
    check_error_rows<profile::portrait_set>({40001, 40003, 40004, 40006, 40008, 40009, 40601, 40605, 40610});
    check_error_table_unique<profile::portrait_set>();
}

}  // namespace profile_portrait_set_test
