#include "timrest/protocol/common_errors.hpp"

#include <catch2/catch.hpp>

#include "timrest/protocol/service_error.hpp"
#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <string>
#include <system_error>

namespace protocol_common_errors_test {

namespace {

using timrest::condition;
using timrest::make_service_error;
using timrest::recentcontact::create_contact_group;
using timrest::recentcontact::del_contact_group;

// An endpoint that overrides a common code's meaning.
struct overriding {
    static constexpr timrest::service_error errors[] = {{70001, "this endpoint's own words", false}};
};

}  // namespace

// ---- the common table and lookup_error -------------------------------------------------------------------

TEST_CASE("common_errors: the common table lists each code once", "[common_errors]") {
    STATIC_REQUIRE(timrest::detail::has_unique_codes(timrest::common_errors));
    for (const auto& row : timrest::common_errors) {
        CAPTURE(row.code);
        CHECK(row.code >= 60000);
        CHECK(row.code <= 79999);
        CHECK_FALSE(row.meaning.empty());
    }
}

TEST_CASE("common_errors: find_common_error finds a common row or returns nullptr", "[common_errors]") {
    const auto* row = timrest::find_common_error(70001);
    REQUIRE(row != nullptr);
    CHECK(row->meaning == "the UserSig expired; generate a new one");
    CHECK(row->retryable);
    CHECK(timrest::find_common_error(51009) == nullptr);
    CHECK(timrest::find_common_error(0) == nullptr);
    STATIC_REQUIRE(timrest::find_common_error(60007)->code == 60007);  // usable at compile time (a null comparison is not constant under gcc's ASan)
}

TEST_CASE("common_errors: lookup_error prefers the endpoint's own row", "[common_errors]") {
    const auto* del = timrest::lookup_error<del_contact_group>(51011);
    const auto* create = timrest::lookup_error<create_contact_group>(51011);
    REQUIRE(del != nullptr);
    REQUIRE(create != nullptr);
    CHECK(del->meaning.find("64 bytes") != std::string_view::npos);
    CHECK(create->meaning.find("32 bytes") != std::string_view::npos);
    CHECK(timrest::lookup_error<del_contact_group>(51009)->meaning ==
          "the conversation group was not found; check the group name");

    const auto* own = timrest::lookup_error<overriding>(70001);
    REQUIRE(own != nullptr);
    CHECK(own->meaning == "this endpoint's own words");
    CHECK_FALSE(own->retryable);
}

TEST_CASE("common_errors: lookup_error falls back to the common table", "[common_errors]") {
    const auto* row = timrest::lookup_error<del_contact_group>(70001);
    REQUIRE(row != nullptr);
    CHECK(row == timrest::find_common_error(70001));
    CHECK(row->meaning == "the UserSig expired; generate a new one");
    CHECK(row->retryable);
    CHECK(timrest::lookup_error<create_contact_group>(60007) == timrest::find_common_error(60007));
}

TEST_CASE("common_errors: lookup_error returns nullptr for a code in neither table", "[common_errors]") {
    CHECK(timrest::lookup_error<del_contact_group>(99999) == nullptr);
    CHECK(timrest::lookup_error<del_contact_group>(40601) == nullptr);  // account_import's, not this endpoint's
}

TEST_CASE("common_errors: throttling and renewal codes are common rows, and throttling ones are retryable",
          "[common_errors]") {
    for (int code : timrest::detail::throttling_codes) {
        CAPTURE(code);
        const auto* row = timrest::find_common_error(code);
        REQUIRE(row != nullptr);
        CHECK(row->retryable);
    }
    for (int code : timrest::detail::auth_codes) {
        CAPTURE(code);
        CHECK(timrest::find_common_error(code) != nullptr);
    }
    // 50003 is recentcontact's own "needs app admin permission"; another family may use it for something else.
    CHECK_FALSE(timrest::detail::contains(timrest::detail::auth_codes, 50003));
    for (int code : timrest::detail::usersig_renewal_codes) {
        CAPTURE(code);
        CHECK(timrest::detail::contains(timrest::detail::auth_codes, code));
    }
}

// ---- the service category --------------------------------------------------------------------------------

TEST_CASE("service_error: the category is timrest.service and value() is the service's code", "[service_error]") {
    const auto ec = make_service_error(51009);
    CHECK(ec.category() == timrest::service_category());
    CHECK(std::string(ec.category().name()) == "timrest.service");
    CHECK(ec.value() == 51009);
    CHECK(ec == make_service_error(51009));
    CHECK(ec != make_service_error(51010));
}

TEST_CASE("service_error: messages come from the endpoint's table, then the common one", "[service_error]") {
    CHECK(make_service_error(70001).message() == "the UserSig expired; generate a new one");
    CHECK(make_service_error(60007).message() == "REST API call frequency limit exceeded");
    CHECK(make_service_error(51009).message() == "service error 51009");
    CHECK(std::error_code(51009, timrest::service_category<timrest::recentcontact::del_contact_group>()).message() ==
          timrest::find_error<timrest::recentcontact::del_contact_group>(51009)->meaning);
}

TEST_CASE("service_error: throttling codes match condition::throttled and retryable", "[service_error]") {
    for (int code : {60007, 60011, 60018, 60019, 70050}) {
        CAPTURE(code);
        CHECK(make_service_error(code) == condition::throttled);
        CHECK(make_service_error(code) == condition::retryable);
        CHECK(make_service_error(code) != condition::auth);
    }
}

TEST_CASE("service_error: 70001 is auth and retryable, not throttled", "[service_error]") {
    CHECK(make_service_error(70001) == condition::auth);
    CHECK(make_service_error(70001) == condition::retryable);
    CHECK(make_service_error(70001) != condition::throttled);
    CHECK(make_service_error(70052) == condition::auth);
    CHECK(make_service_error(70052) == condition::retryable);
}

TEST_CASE("service_error: other auth codes are auth but not retryable", "[service_error]") {
    for (int code : {60004, 60005, 60010, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70403}) {
        CAPTURE(code);
        CHECK(make_service_error(code) == condition::auth);
        CHECK(make_service_error(code) != condition::retryable);
        CHECK(make_service_error(code) != condition::throttled);
    }
}

TEST_CASE("service_error: an endpoint-specific code matches no condition", "[service_error]") {
    CHECK(make_service_error(51009) != condition::retryable);
    CHECK(make_service_error(51009) != condition::throttled);
    CHECK(make_service_error(51009) != condition::auth);
    CHECK(make_service_error(0) != condition::retryable);
}

TEST_CASE("service_error: a service code still equals its own default condition", "[service_error]") {
    const auto ec = make_service_error(60007);
    CHECK(ec == ec.default_error_condition());
}

TEST_CASE("service_error: an endpoint's retryable and auth rows are conditions too", "[service_error]") {
    using timrest::recentcontact::del_contact_group;
    const std::error_code internal(50004, timrest::service_category<del_contact_group>());
    const std::error_code admin(50003, timrest::service_category<del_contact_group>());
    const std::error_code missing(51009, timrest::service_category<del_contact_group>());
    CHECK(internal == timrest::condition::retryable);
    CHECK(admin == timrest::condition::auth);
    // Only where the endpoint's table says so: the same code from an endpoint without that row is not auth.
    CHECK(timrest::make_service_error(50003) != timrest::condition::auth);
    CHECK(missing != timrest::condition::retryable);
    CHECK(missing == timrest::service_code(51009));
    CHECK(missing != timrest::service_code(51010));
    CHECK(timrest::is_service_error(missing));
    CHECK_FALSE(timrest::is_service_error(timrest::make_error_code(timrest::protocol_errc::not_json)));
}

TEST_CASE("service_error: an error code compares with a table row by its code", "[service_error]") {
    namespace codes = timrest::recentcontact::codes;
    using timrest::recentcontact::del_contact_group;
    const std::error_code missing(51009, timrest::service_category<del_contact_group>());
    CHECK(missing == codes::group_not_found);
    CHECK(codes::group_not_found == missing);
    CHECK(missing != codes::too_many_groups);
    CHECK(timrest::make_service_error(51009) == codes::group_not_found);
    // A code of another layer with the same number is not the row.
    CHECK(std::error_code(51009, std::generic_category()) != codes::group_not_found);
}

}  // namespace protocol_common_errors_test
