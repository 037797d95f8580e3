#include "timrest/recentcontact/mark_contact.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace recentcontact_mark_contact_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::contact_item;
using rc::mark_contact;
using rc::mark_contact_request;
using rc::mark_contact_response;
using rc::mark_item;

// Spec §3.6's example, verbatim.
constexpr std::string_view spec_request =
    R"({"From_Account":"alice","MarkItem":[{"OptType":3,"ContactItem":{"Type":1,"To_Account":"bob"},"SetMark":[1],"ClearMark":[2],"CustomMark":"vip"}]})";
constexpr std::string_view spec_response =
    R"({"ResultItem":[{"OptType":3,"ContactItem":{"Type":1,"To_Account":"bob"},"ResultCode":0,"ResultInfo":""}],
 "ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

mark_item star(std::string who) {
    return mark_item{.OptType = rc::mark_opt_type::set_standard_marks,
                     .ContactItem = contact_item{.Type = rc::conversation_type::c2c, .To_Account = std::move(who)},
                     .SetMark = std::vector<rc::mark_bit>{1}};
}

mark_contact_request request_of(std::size_t n) {
    return {.From_Account = "alice", .MarkItem = std::vector<mark_item>(n, star("bob"))};
}

}  // namespace

TEST_CASE("mark_contact: the spec's sample request decodes and re-encodes to the same JSON", "[recentcontact]") {
    const auto request = decode_request<mark_contact_request>(spec_request);
    CHECK(request.From_Account->str() == "alice");
    REQUIRE(request.MarkItem->size() == 1);
    const auto& item = (*request.MarkItem)[0];
    CHECK(*item.OptType == rc::mark_opt_type::set_both_marks);
    CHECK(*item.ContactItem->Type == rc::conversation_type::c2c);
    REQUIRE(item.ContactItem->To_Account);
    CHECK(item.ContactItem->To_Account->str() == "bob");
    REQUIRE(item.SetMark);
    CHECK(*item.SetMark == std::vector<rc::mark_bit>{1});
    REQUIRE(item.ClearMark);
    CHECK(*item.ClearMark == std::vector<rc::mark_bit>{2});
    REQUIRE(item.CustomMark);
    CHECK(item.CustomMark->str() == "vip");
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("mark_contact: the spec's sample response decodes with the conversation's result", "[recentcontact]") {
    const auto response = decode_response<mark_contact_response>(spec_response);
    REQUIRE(response.ResultItem.size() == 1);
    const auto& r = response.ResultItem[0];
    CHECK(r.OptType == rc::mark_opt_type::set_both_marks);
    CHECK(*r.ContactItem.Type == rc::conversation_type::c2c);
    REQUIRE(r.ContactItem.To_Account);
    CHECK(r.ContactItem.To_Account->str() == "bob");
    CHECK(r.ResultCode == 0);
    CHECK(r.ResultInfo.empty());
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("mark_contact: the OptType constants are 1, 2 and 3", "[recentcontact]") {
    STATIC_REQUIRE(static_cast<int>(rc::mark_opt_type::set_standard_marks) == 1);
    STATIC_REQUIRE(static_cast<int>(rc::mark_opt_type::set_custom_mark) == 2);
    STATIC_REQUIRE(static_cast<int>(rc::mark_opt_type::set_both_marks) == 3);
}

TEST_CASE("mark_contact: a mark item leaves its unset marks out", "[recentcontact]") {
    const mark_contact_request request{
        .From_Account = "alice",
        .MarkItem = {mark_item{.OptType = rc::mark_opt_type::set_custom_mark,
                               .ContactItem = contact_item{.Type = rc::conversation_type::group, .ToGroupId = "@TGS#2ABCDEF"},
                               .CustomMark = "vip"}}};
    CHECK(timrest::to_json_string(request) ==
          R"({"From_Account":"alice","MarkItem":[{"OptType":2,"ContactItem":{"Type":2,)"
          R"("ToGroupId":"@TGS#2ABCDEF"},"CustomMark":"vip"}]})");
}

TEST_CASE("mark_contact: a contact item spelling the key ToGroupid, as delete does, does not decode",
          "[recentcontact]") {
    auto request = timrest::blank<mark_contact_request>();
    auto bad =
        timrest::from_json(json::parse(R"({"From_Account":"alice","MarkItem":[{"OptType":2,)"
                                       R"("ContactItem":{"Type":2,"ToGroupid":"@TGS#2ABCDEF"},"CustomMark":"x"}]})"),
                           request, timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "MarkItem[0].ContactItem.ToGroupid");

    bad = timrest::from_json(
        json::parse(
            R"({"From_Account":"alice","MarkItem":[{"OptType":2,"ContactItem":{"Type":2,"GroupId":"@TGS#2ABCDEF"}}]})"),
        request, timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "MarkItem[0].ContactItem.GroupId");
}

TEST_CASE("mark_contact: a mark item without ContactItem does not decode", "[recentcontact]") {
    const auto bad = request_error<mark_contact_request>(R"({"From_Account":"alice","MarkItem":[{"OptType":1}]})");
    CHECK(bad.path == "MarkItem[0].ContactItem");
}

TEST_CASE("mark_contact: accepts 100 mark items", "[recentcontact]") {
    CHECK(timrest::validate(request_of(100)).empty());
    CHECK(timrest::validate(request_of(1)).empty());
}

TEST_CASE("mark_contact: rejects 101 mark items, naming the path, the bound and the size", "[recentcontact]") {
    CHECK(rendered(timrest::validate(request_of(101))) ==
          std::vector<std::string>{"MarkItem: at most 100 elements, got 101"});
}

TEST_CASE("mark_contact: rejects an empty MarkItem", "[recentcontact]") {
    CHECK(rendered(timrest::validate(request_of(0))) ==
          std::vector<std::string>{"MarkItem: at least 1 element, got 0"});
}

TEST_CASE("mark_contact: accepts a 256-byte CustomMark and rejects a 257-byte one", "[recentcontact]") {
    auto request = request_of(1);
    (*request.MarkItem)[0].CustomMark = std::string(256, 'm');
    CHECK(timrest::validate(request).empty());
    (*request.MarkItem)[0].CustomMark = std::string(257, 'm');
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"MarkItem[0].CustomMark: at most 256 bytes, got 257"});
}

TEST_CASE("mark_contact: a contact item needs To_Account or ToGroupId by its Type, with the nested path",
          "[recentcontact]") {
    const mark_contact_request request{
        .From_Account = "alice",
        .MarkItem = {mark_item{.OptType = rc::mark_opt_type::set_standard_marks, .ContactItem = contact_item{.Type = rc::conversation_type::c2c}},
                     mark_item{.OptType = rc::mark_opt_type::set_standard_marks,
                               .ContactItem = contact_item{.Type = rc::conversation_type::group, .To_Account = "bob"}}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"MarkItem[0].ContactItem.To_Account: required when Type is 1",
                                   "MarkItem[1].ContactItem.ToGroupId: required when Type is 2"});
}

TEST_CASE("mark_contact: rejects UserIDs longer than 32 bytes", "[recentcontact]") {
    auto request = request_of(2);
    request.From_Account = std::string(33, 'u');
    (*request.MarkItem)[1].ContactItem->To_Account = std::string(40, 'v');
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"From_Account: at most 32 bytes, got 33",
                                   "MarkItem[1].ContactItem.To_Account: at most 32 bytes, got 40"});
}

TEST_CASE("mark_contact: its path is v4/recentcontact/mark_contact and its declaration is well formed",
          "[recentcontact]") {
    STATIC_REQUIRE(mark_contact::path == "v4/recentcontact/mark_contact");
    STATIC_REQUIRE(timrest::endpoint<mark_contact>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<mark_contact>());
}

TEST_CASE("mark_contact: its error table has the recentcontact and group family codes, each once with a meaning",
          "[recentcontact]") {
    check_error_rows<mark_contact>(
        {50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013});
    check_error_table_unique<mark_contact>();
    CHECK_THAT(std::string(timrest::find_error<mark_contact>(51006)->meaning), Catch::Contains("100"));
}

TEST_CASE("mark_contact: an OptType outside 1-3 and a bit position outside 0-63 are refused", "[recentcontact]") {
    const auto request = decode_request<mark_contact_request>(
        R"({"From_Account":"alice","MarkItem":[{"OptType":0,"ContactItem":{"Type":1,"To_Account":"bob"},)"
        R"("SetMark":[1,64],"ClearMark":[-1]}]})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{
              "MarkItem[0].OptType: one of 1 (set_standard_marks), 2 (set_custom_mark), 3 (set_both_marks), got 0",
              "MarkItem[0].ClearMark[0]: in [0, 63], got -1", "MarkItem[0].SetMark[1]: in [0, 63], got 64"});
}

TEST_CASE("mark_contact: a conversation Type outside 1 and 2 is refused inside the item", "[recentcontact]") {
    const auto request = decode_request<mark_contact_request>(
        R"({"From_Account":"alice","MarkItem":[{"OptType":2,"ContactItem":{"Type":3,"To_Account":"bob"}}]})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"MarkItem[0].ContactItem.Type: one of 1 (c2c), 2 (group), got 3"});
}

}  // namespace recentcontact_mark_contact_test
