#include "timrest/recentcontact/del_contact_group.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace recentcontact_del_contact_group_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::del_contact_group;
using rc::del_contact_group_request;
using rc::del_contact_group_response;

// The doc page's samples, verbatim but for the inline comment (../shared/spec/del_contact_group.doc.txt).
constexpr std::string_view doc_request = R"({"From_Account": "user_0001","GroupName": ["group_0001"]})";
constexpr std::string_view doc_response =
    R"({"GroupItem": [{"GroupName": "group_0001","GroupId": 1}],"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""})";

// Spec §3.5's own example.
constexpr std::string_view spec_request = R"({"From_Account":"alice","GroupName":["office"]})";
constexpr std::string_view spec_response =
    R"({"GroupItem":[{"GroupName":"office","GroupId":3}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})";

del_contact_group_request request_for(std::vector<timrest::nonempty_text<64>> names) {
    return {.From_Account = "alice", .GroupName = std::move(names)};
}

template <class T>
concept comparable_with_literal = requires(const T& t) { t == "group_0001"; };

}  // namespace

TEST_CASE("del_contact_group: the doc page's sample request decodes and re-encodes to the same JSON",
          "[recentcontact]") {
    const auto request = decode_request<del_contact_group_request>(doc_request);
    CHECK(request.From_Account->str() == "user_0001");
    REQUIRE(request.GroupName->size() == 1);
    CHECK((*request.GroupName)[0].str() == "group_0001");
    CHECK(timrest::to_json(request) == json::parse(doc_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("del_contact_group: the doc page's sample response decodes with the deleted group", "[recentcontact]") {
    const auto response = decode_response<del_contact_group_response>(doc_response);
    REQUIRE(response.GroupItem.size() == 1);
    CHECK(response.GroupItem[0].GroupName == "group_0001");
    CHECK(response.GroupItem[0].GroupId == 1u);
    // The envelope is not part of the response struct: re-encoding gives the endpoint's fields only.
    CHECK(timrest::to_json(response) == without_envelope(doc_response));
}

TEST_CASE("del_contact_group: the spec's example round-trips", "[recentcontact]") {
    const auto request = decode_request<del_contact_group_request>(spec_request);
    CHECK(request.From_Account->str() == "alice");
    CHECK(timrest::to_json(request) == json::parse(spec_request));

    const auto response = decode_response<del_contact_group_response>(spec_response);
    REQUIRE(response.GroupItem.size() == 1);
    CHECK(response.GroupItem[0].GroupName == "office");
    CHECK(response.GroupItem[0].GroupId == 3u);
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("del_contact_group: a request built in code encodes as the wire expects", "[recentcontact]") {
    const del_contact_group_request request{.From_Account = "alice", .GroupName = {"work"}};
    CHECK(timrest::to_json_string(request) == R"({"From_Account":"alice","GroupName":["work"]})");
}

TEST_CASE("del_contact_group: a request with an unknown or misspelt key is refused when decoding",
          "[recentcontact]") {
    auto request = timrest::blank<del_contact_group_request>();
    auto bad = timrest::from_json(json::parse(R"({"From_Account":"alice","Group_Name":["work"]})"), request,
                                  timrest::unknown_keys::reject);
    REQUIRE(bad);
    // GroupName is missing, which is reported first; either way the request does not decode.
    CHECK_THAT(bad->path, Catch::Matches("GroupName|Group_Name"));

    bad = timrest::from_json(json::parse(R"({"From_Account":"alice","GroupName":["work"],"Extra":1})"), request,
                             timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "Extra");
}

TEST_CASE("del_contact_group: a request without GroupName does not decode", "[recentcontact]") {
    const auto bad = request_error<del_contact_group_request>(R"({"From_Account":"alice"})");
    CHECK(bad.path == "GroupName");
}

TEST_CASE("del_contact_group: accepts a 64-byte group name", "[recentcontact]") {
    CHECK(timrest::validate(request_for({std::string(64, 'g')})).empty());
}

TEST_CASE("del_contact_group: rejects a 65-byte group name", "[recentcontact]") {
    const auto violations = timrest::validate(request_for({std::string(65, 'g')}));
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].path == "GroupName[0]");
    CHECK_THAT(violations[0].message, Catch::Contains("64"));
}

TEST_CASE("del_contact_group: rejects a second group name", "[recentcontact]") {
    const auto violations = timrest::validate(request_for({"work", "home"}));
    CHECK(paths(violations) == std::vector<std::string>{"GroupName"});
}

TEST_CASE("del_contact_group: rejects an empty GroupName list", "[recentcontact]") {
    const auto violations = timrest::validate(request_for({}));
    CHECK(paths(violations) == std::vector<std::string>{"GroupName"});
}

TEST_CASE("del_contact_group: a second group name decoded from JSON is caught by validation", "[recentcontact]") {
    const auto request = decode_request<del_contact_group_request>(R"({"From_Account":"alice","GroupName":["a","b"]})");
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"GroupName"});
}

TEST_CASE("del_contact_group: rejects a From_Account longer than 32 bytes", "[recentcontact]") {
    CHECK(timrest::validate(del_contact_group_request{.From_Account = std::string(32, 'u'), .GroupName = {"w"}})
              .empty());
    const auto violations =
        timrest::validate(del_contact_group_request{.From_Account = std::string(33, 'u'), .GroupName = {"w"}});
    CHECK(paths(violations) == std::vector<std::string>{"From_Account"});
}

// text<N> compares with a string literal directly (it was ambiguous while text also had a defaulted text == text).
TEST_CASE("del_contact_group: a decoded group name compares equal to a string literal", "[recentcontact]") {
    STATIC_REQUIRE(comparable_with_literal<timrest::text<64>>);
    const auto request = decode_request<del_contact_group_request>(doc_request);
    CHECK((*request.GroupName)[0] == "group_0001");
    CHECK_FALSE((*request.GroupName)[0] == "group_0002");
}

TEST_CASE("del_contact_group: its path is v4/recentcontact/del_contact_group", "[recentcontact]") {
    STATIC_REQUIRE(del_contact_group::path == "v4/recentcontact/del_contact_group");
    STATIC_REQUIRE(timrest::endpoint<del_contact_group>);
}

TEST_CASE("del_contact_group: its error table has the doc page's codes and the group family, each with a meaning",
          "[recentcontact]") {
    check_error_rows<del_contact_group>(
        {50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013});
    CHECK(timrest::find_error<del_contact_group>(60009) == nullptr);  // common codes live in the common table
}

TEST_CASE("del_contact_group: 51011 means a name longer than 64 bytes, as on its doc page", "[recentcontact]") {
    const auto* row = timrest::find_error<del_contact_group>(51011);
    REQUIRE(row != nullptr);
    CHECK_THAT(std::string(row->meaning), Catch::Contains("64"));
    CHECK_THAT(std::string(row->meaning), !Catch::Contains("32"));
}

TEST_CASE("del_contact_group: 51009 means the group was not found", "[recentcontact]") {
    const auto* row = timrest::find_error<del_contact_group>(51009);
    REQUIRE(row != nullptr);
    CHECK_THAT(std::string(row->meaning), Catch::Contains("not found"));
    CHECK_FALSE(row->retryable);
}

TEST_CASE("del_contact_group: internal errors and timeouts are marked retryable", "[recentcontact]") {
    CHECK(timrest::find_error<del_contact_group>(50004)->retryable);
    CHECK(timrest::find_error<del_contact_group>(50005)->retryable);
    CHECK_FALSE(timrest::find_error<del_contact_group>(50001)->retryable);
}

TEST_CASE("del_contact_group: an empty group name is refused", "[recentcontact]") {
    const auto request = decode_request<del_contact_group_request>(R"({"From_Account":"alice","GroupName":[""]})");
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"GroupName[0]: at least 1 byte, got 0"});
}

}  // namespace recentcontact_del_contact_group_test
