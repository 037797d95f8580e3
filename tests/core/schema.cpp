#include "timrest/core/schema.hpp"

#include <catch2/catch.hpp>

#include "timrest/account/account_check.hpp"
#include "timrest/account/account_delete.hpp"
#include "timrest/account/multiaccount_import.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/recentcontact/delete.hpp"
#include "timrest/recentcontact/get_contact_group.hpp"
#include "timrest/recentcontact/get_list.hpp"
#include "timrest/recentcontact/mark_contact.hpp"
#include "timrest/recentcontact/update_contact_group.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core_schema_test {

namespace {

namespace json = boost::json;
namespace rc = timrest::recentcontact;
namespace account = timrest::account;

std::vector<std::string> field_names(const json::object& schema) {
    std::vector<std::string> out;
    for (const auto& f : schema.at("fields").as_array()) out.emplace_back(f.at("name").as_string());
    return out;
}

const json::object& field(const json::object& schema, std::string_view name) {
    for (const auto& f : schema.at("fields").as_array())
        if (f.at("name").as_string() == name) return f.as_object();
    FAIL("no field " << name << " in " << json::serialize(schema));
    throw;  // unreachable: FAIL throws
}

// Every scalar kind, each required or optional.
struct scalars {
    timrest::required<std::string> Name;
    bool Flag = false;
    std::int8_t Tiny = 0;
    std::uint16_t Small = 0;
    std::int32_t Mid = 0;
    std::uint64_t Huge = 0;
    std::optional<bool> MaybeFlag{};
    std::optional<std::int64_t> MaybeTime{};
    json::value Anything{};
};
BOOST_DESCRIBE_STRUCT(scalars, (), (Name, Flag, Tiny, Small, Mid, Huge, MaybeFlag, MaybeTime, Anything))

struct bounds {
    timrest::list<int, 2, 5> Both{1, 2};
    timrest::list<int, 3> AtLeast{1, 2, 3};
    timrest::list<int, 0, 7> AtMost{};
    timrest::exactly<timrest::text<4>, 2> Pair{"a", "b"};
    std::vector<std::string> Free{};
    timrest::list<int> Unbounded{};
};
BOOST_DESCRIBE_STRUCT(bounds, (), (Both, AtLeast, AtMost, Pair, Free, Unbounded))

struct no_errors_request {
    timrest::required<std::string> Id;
};
BOOST_DESCRIBE_STRUCT(no_errors_request, (), (Id))

struct no_errors_response {};
BOOST_DESCRIBE_STRUCT(no_errors_response, (), ())

struct no_errors {
    static constexpr std::string_view path = "v4/myapp/no_errors";
    using request = no_errors_request;
    using response = no_errors_response;
};

}  // namespace

TEST_CASE("schema: del_contact_group's request is described whole: types, required, byte and item bounds", "[schema]") {
    const auto expected = json::parse(R"({"type":"object","fields":[
        {"name":"From_Account","required":true,"type":"string","max_bytes":32,"min_bytes":1,"control_characters":false},
        {"name":"GroupName","required":true,"type":"array","min_items":1,"max_items":1,
         "items":{"type":"string","max_bytes":64,"min_bytes":1}}]})");
    CHECK(json::value(timrest::schema_of<rc::del_contact_group_request>()) == expected);
}

TEST_CASE("schema: fields are listed in declaration order", "[schema]") {
    CHECK(field_names(timrest::schema_of<rc::get_list_request>()) ==
          std::vector<std::string>{"From_Account", "TimeStamp", "StartIndex", "TopTimeStamp", "TopStartIndex",
                                   "AssistFlags"});
    CHECK(field_names(
              timrest::schema_of<account::account_delete_response>().at("fields").at(0).at("items").as_object()) ==
          std::vector<std::string>{"ResultCode", "ResultInfo", "UserID"});
}

TEST_CASE("schema: integers carry their format, and 64-bit cursors say int64", "[schema]") {
    const auto s = timrest::schema_of<rc::get_list_request>();
    for (auto name : {"TimeStamp", "StartIndex", "TopTimeStamp", "TopStartIndex"}) {
        INFO(name);
        CHECK(field(s, name).at("type") == "integer");
        CHECK(field(s, name).at("format") == "int64");
    }
    CHECK(field(s, "AssistFlags").at("format") == "uint32");
    CHECK_FALSE(field(s, "AssistFlags").contains("max_bytes"));
}

TEST_CASE("schema: every scalar kind has its JSON type and format", "[schema]") {
    const auto s = timrest::schema_of<scalars>();
    CHECK(field(s, "Name").at("type") == "string");
    CHECK_FALSE(field(s, "Name").contains("max_bytes"));  // a std::string has no bound
    CHECK(field(s, "Flag").at("type") == "boolean");
    CHECK_FALSE(field(s, "Flag").contains("format"));
    CHECK(field(s, "Tiny").at("format") == "int8");
    CHECK(field(s, "Small").at("format") == "uint16");
    CHECK(field(s, "Mid").at("format") == "int32");
    CHECK(field(s, "Huge").at("format") == "uint64");
    CHECK(field(s, "MaybeFlag").at("type") == "boolean");
    CHECK(field(s, "MaybeTime").at("type") == "integer");
    CHECK(field(s, "MaybeTime").at("format") == "int64");
    CHECK(field(s, "Anything").at("type") == "any");
    CHECK(s.at("type") == "object");
    CHECK_FALSE(s.contains("rules"));  // a struct without rules has no "rules" key
}

TEST_CASE("schema: required<> and plain members are required, optional members are not", "[schema]") {
    const auto s = timrest::schema_of<scalars>();
    CHECK(field(s, "Name").at("required") == true);
    CHECK(field(s, "Flag").at("required") == true);
    CHECK(field(s, "Huge").at("required") == true);
    CHECK(field(s, "Anything").at("required") == true);
    CHECK(field(s, "MaybeFlag").at("required") == false);
    CHECK(field(s, "MaybeTime").at("required") == false);

    const auto d = timrest::schema_of<rc::delete_request>();
    CHECK(field(d, "Type").at("required") == true);
    CHECK(field(d, "To_Account").at("required") == false);
    CHECK(field(d, "ToGroupid").at("required") == false);
    CHECK(field(d, "ClearRamble").at("required") == false);
}

TEST_CASE("schema: min_items and max_items appear only when the list is bounded", "[schema]") {
    const auto s = timrest::schema_of<bounds>();
    CHECK(field(s, "Both").at("min_items") == 2);
    CHECK(field(s, "Both").at("max_items") == 5);
    CHECK(field(s, "AtLeast").at("min_items") == 3);
    CHECK_FALSE(field(s, "AtLeast").contains("max_items"));
    CHECK_FALSE(field(s, "AtMost").contains("min_items"));
    CHECK(field(s, "AtMost").at("max_items") == 7);
    CHECK(field(s, "Pair").at("min_items") == 2);
    CHECK(field(s, "Pair").at("max_items") == 2);
    CHECK(field(s, "Pair").at("items") == json::parse(R"({"type":"string","max_bytes":4})"));
    for (auto name : {"Free", "Unbounded"}) {
        INFO(name);
        CHECK(field(s, name).at("type") == "array");
        CHECK_FALSE(field(s, name).contains("min_items"));
        CHECK_FALSE(field(s, name).contains("max_items"));
    }
    CHECK(field(s, "Free").at("items") == json::parse(R"({"type":"string"})"));
    CHECK(field(s, "Unbounded").at("items") == json::parse(R"({"type":"integer","format":"int32"})"));
}

TEST_CASE("schema: a nested list of objects describes its items' fields and rules", "[schema]") {
    const auto s = timrest::schema_of<rc::mark_contact_request>();
    const auto& mark = field(s, "MarkItem");
    CHECK(mark.at("type") == "array");
    CHECK(mark.at("min_items") == 1);
    CHECK(mark.at("max_items") == 100);
    const auto& item = mark.at("items").as_object();
    CHECK(item.at("type") == "object");
    CHECK(field_names(item) ==
          std::vector<std::string>{"OptType", "ContactItem", "ClearMark", "SetMark", "CustomMark"});
    CHECK(field(item, "CustomMark") ==
          json::parse(R"({"name":"CustomMark","required":false,"type":"string","max_bytes":256})").as_object());
    CHECK(
        field(item, "SetMark") ==
        json::parse(R"({"name":"SetMark","required":false,"type":"array",)"
                    R"("items":{"type":"integer","format":"int32","minimum":0,"maximum":63}})")
            .as_object());

    const auto expected_contact = json::parse(R"({"name":"ContactItem","required":true,"type":"object","fields":[
        {"name":"Type","required":true,"type":"integer","format":"int32",
         "one_of":[{"value":1,"name":"c2c"},{"value":2,"name":"group"}]},
        {"name":"To_Account","required":false,"type":"string","max_bytes":32,"min_bytes":1,"control_characters":false},
        {"name":"ToGroupId","required":false,"type":"string"}],
      "rules":[{"rule":"required_when","field":"To_Account","when":"Type","equals":1},
               {"rule":"required_when","field":"ToGroupId","when":"Type","equals":2}]})");
    CHECK(json::value(field(item, "ContactItem")) == expected_contact);
}

TEST_CASE("schema: required_when rules list the field, the selector and the value", "[schema]") {
    const auto s = timrest::schema_of<rc::update_contact_group_request>();
    const auto& group = field(s, "UpdateGroup");
    CHECK(group.at("rules") == json::parse(R"([
        {"rule":"required_when","field":"OldGroupName","when":"UpdateGroupType","equals":1},
        {"rule":"required_when","field":"NewGroupName","when":"UpdateGroupType","equals":1},
        {"rule":"required_when","field":"OldGroupName","when":"UpdateGroupType","equals":2},
        {"rule":"required_when","field":"ContactUpdateItem","when":"UpdateGroupType","equals":2}])"));
    CHECK(field(group, "NewGroupName").at("max_bytes") == 32);
    CHECK(field(group, "OldGroupName").at("max_bytes") == 64);
    CHECK_FALSE(s.contains("rules"));
}

TEST_CASE("schema: exactly_one_of rules list both fields", "[schema]") {
    const auto s = timrest::schema_of<account::multiaccount_import_request>();
    CHECK(s.at("rules") == json::parse(R"([{"rule":"exactly_one_of","fields":["Accounts","AccountList"]}])"));
    CHECK(field(s, "Accounts") == json::parse(R"({"name":"Accounts","required":false,"type":"array","min_items":1,
        "max_items":100,"items":{"type":"string","max_bytes":32,"min_bytes":1,"control_characters":false}})")
                                      .as_object());
    CHECK(field(s, "AccountList").at("max_items") == 100);
    CHECK(field_names(field(s, "AccountList").at("items").as_object()) ==
          std::vector<std::string>{"UserID", "Nick", "FaceUrl"});
}

TEST_CASE("schema: a response's optional members, unbounded lists and 32-bit group IDs", "[schema]") {
    const auto s = timrest::schema_of<rc::get_contact_group_response>();
    CHECK(field_names(s) == std::vector<std::string>{"ContactItem", "GroupItem", "CompleteFlag", "NextStartIndex"});
    const auto& contact = field(s, "ContactItem");
    CHECK_FALSE(contact.contains("min_items"));
    CHECK_FALSE(contact.contains("max_items"));
    const auto& info = contact.at("items").as_object();
    CHECK(field(info, "Type").at("required") == true);
    CHECK(field(info, "StandardMark") ==
          json::parse(R"({"name":"StandardMark","required":false,"type":"string"})").as_object());
    CHECK(field(info, "ContactGroupId").at("items") == json::parse(R"({"type":"integer","format":"uint32"})"));
    CHECK(field(info, "Timestamp").at("format") == "int64");
    CHECK(field(s, "NextStartIndex").at("format") == "int64");
    CHECK(field(field(s, "GroupItem").at("items").as_object(), "GroupId").at("format") == "uint32");
}

TEST_CASE("schema: an empty struct is an object with no fields", "[schema]") {
    CHECK(json::value(timrest::schema_of<rc::delete_response>()) == json::parse(R"({"type":"object","fields":[]})"));
}

TEST_CASE("schema: a leaf type has a schema of its own", "[schema]") {
    CHECK(json::value(timrest::schema_of<timrest::text<8>>()) == json::parse(R"({"type":"string","max_bytes":8})"));
    CHECK(json::value(timrest::schema_of<std::optional<std::uint32_t>>()) ==
          json::parse(R"({"type":"integer","format":"uint32"})"));
}

TEST_CASE("schema: describe_endpoint gives the path, the rate limit, idempotence, both schemas and the error table",
          "[schema]") {
    const auto d = timrest::describe_endpoint<rc::del_contact_group>();
    CHECK(d.size() == 6);
    CHECK(d.at("path") == "v4/recentcontact/del_contact_group");
    CHECK(d.at("calls_per_second") == 200);
    CHECK(d.at("idempotent") == false);
    CHECK(json::value(d.at("request")) == json::value(timrest::schema_of<rc::del_contact_group_request>()));
    CHECK(json::value(d.at("response")) == json::value(timrest::schema_of<rc::del_contact_group_response>()));

    const auto& errors = d.at("errors").as_array();
    REQUIRE(errors.size() == timrest::error_table<rc::del_contact_group>().size());
    std::vector<std::int64_t> codes;
    for (const auto& row : errors) {
        CHECK(row.as_object().size() == 3);
        CHECK_FALSE(row.at("meaning").as_string().empty());
        CHECK(row.at("retryable").is_bool());
        codes.push_back(row.at("code").to_number<std::int64_t>());
    }
    CHECK(codes == std::vector<std::int64_t>{50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010,
                                             51011, 51012, 51013});
    CHECK(errors[0] == json::parse(R"({"code":50001,"meaning":"the UserID has not been imported; import it first",)"
                                   R"("retryable":false})"));
    CHECK(errors[3].at("retryable") == true);  // 50004
    CHECK(errors[4].at("retryable") == true);  // 50005
    CHECK(errors[10] == json::parse(R"({"code":51011,"meaning":"the conversation group name is longer than 64 bytes",)"
                                    R"("retryable":false})"));
}

TEST_CASE("schema: describe_endpoint of an account batch call has its bounds and its own codes", "[schema]") {
    const auto d = timrest::describe_endpoint<account::account_delete>();
    CHECK(d.at("path") == "v4/im_open_login_svc/account_delete");
    CHECK(d.at("request") == json::parse(R"({"type":"object","fields":[
        {"name":"DeleteItem","required":true,"type":"array","min_items":1,"max_items":100,
         "items":{"type":"object","fields":[{"name":"UserID","required":true,"type":"string","max_bytes":32,"min_bytes":1,"control_characters":false}]}}]})"));
    bool has_70107 = false;
    for (const auto& row : d.at("errors").as_array())
        if (row.at("code") == 70107) {
            has_70107 = true;
            CHECK(row.at("retryable") == false);
        }
    CHECK(has_70107);
}

TEST_CASE("schema: describe_endpoint of a declaration without an error table lists no errors", "[schema]") {
    const auto d = timrest::describe_endpoint<no_errors>();
    CHECK(d.at("path") == "v4/myapp/no_errors");
    CHECK(d.at("calls_per_second") == 0);  // none declared
    CHECK(d.at("errors").as_array().empty());
    CHECK(d.at("response") == json::parse(R"({"type":"object","fields":[]})"));
}

TEST_CASE("schema: describe_endpoint of a paged endpoint describes its 64-bit cursor", "[schema]") {
    const auto d = timrest::describe_endpoint<rc::get_list>();
    const auto& request = d.at("request").as_object();
    CHECK(field(request, "TimeStamp").at("format") == "int64");
    const auto& response = d.at("response").as_object();
    CHECK(field(response, "CompleteFlag").at("format") == "int32");
    CHECK(field(field(response, "SessionItem").at("items").as_object(), "GroupId").at("required") == false);
}

TEST_CASE("schema: describe_endpoint lists a value set's members, a bit range's bounds and a UserID's rules",
          "[schema]") {
    const auto d = timrest::describe_endpoint<rc::delete_>();
    const auto& request = d.at("request").as_object();
    CHECK(field(request, "Type").at("one_of") == json::parse(R"([{"value":1,"name":"c2c"},{"value":2,"name":"group"}])"));
    CHECK(field(request, "ClearRamble").at("one_of") ==
          json::parse(R"([{"value":0,"name":"keep"},{"value":1,"name":"clear"}])"));
    CHECK(field(request, "From_Account").at("min_bytes") == 1);
    CHECK(field(request, "From_Account").at("control_characters") == false);

    const auto marks = timrest::describe_endpoint<rc::mark_contact>();
    const auto& item = field(marks.at("request").as_object(), "MarkItem").at("items").as_object();
    CHECK(field(item, "OptType").at("one_of").as_array().size() == 3);
    CHECK(field(item, "SetMark").at("items") ==
          json::parse(R"({"type":"integer","format":"int32","minimum":0,"maximum":63})"));

    const auto check = timrest::describe_endpoint<account::account_check>();
    const auto& result = field(check.at("response").as_object(), "ResultItem").at("items").as_object();
    CHECK(field(result, "AccountStatus").at("one_of") == json::parse(R"(["Imported","NotImported"])"));
}

}  // namespace core_schema_test
