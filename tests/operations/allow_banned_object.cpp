#include "timrest/operations/allow_banned_object.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string_view>

namespace operations_allow_banned_object_test {

// No page of this endpoint is in the shared spec and the page search found none, so there is no page sample:
// these tests hold the shape the header takes from the vendor's generated server SDK.

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::allow_banned_object;

constexpr std::string_view request_text = R"({"RawURL":"https://cos.example/im/1400000000/abc.png"})";

}  // namespace

TEST_CASE("allow_banned_object: a RawURL request decodes, validates and re-encodes to the same JSON",
          "[operations]") {
    const auto request = decode_request<ops::allow_banned_object_request>(request_text);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(request_text));
    CHECK(request_error<ops::allow_banned_object_request>("{}").path == "RawURL");
}

TEST_CASE("allow_banned_object: the reply is the envelope only and the path is its own", "[operations]") {
    decode_response<ops::allow_banned_object_response>(R"({"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0})");
    STATIC_REQUIRE(allow_banned_object::path == "v4/im_cos_msg/allow_banned_object");
    STATIC_REQUIRE(timrest::detail::check_endpoint<allow_banned_object>());
}

}  // namespace operations_allow_banned_object_test
