#include "timrest/operations/forbid_illegal_object.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string_view>

namespace operations_forbid_illegal_object_test {

// No page of this endpoint is in the shared spec and the page search found none, so there is no page sample:
// these tests hold the shape the header takes from the vendor's generated server SDK.

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::forbid_illegal_object;

constexpr std::string_view request_text = R"({"RawURL":"https://cos.example/im/1400000000/abc.png"})";

}  // namespace

TEST_CASE("forbid_illegal_object: a RawURL request decodes, validates and re-encodes to the same JSON",
          "[operations]") {
    const auto request = decode_request<ops::forbid_illegal_object_request>(request_text);
    CHECK(*request.RawURL == "https://cos.example/im/1400000000/abc.png");
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(request_text));
    CHECK(timrest::to_json(ops::forbid_illegal_object_request{.RawURL = "https://cos.example/im/1400000000/abc.png"}) ==
          sample(request_text));
}

TEST_CASE("forbid_illegal_object: a request without RawURL, or with the lower-case key, does not decode",
          "[operations]") {
    CHECK(request_error<ops::forbid_illegal_object_request>("{}").path == "RawURL");
    CHECK(request_error<ops::forbid_illegal_object_request>(R"({"RawURL":"x","rawURL":"x"})").path == "rawURL");
}

TEST_CASE("forbid_illegal_object: the reply is the envelope only", "[operations]") {
    decode_response<ops::forbid_illegal_object_response>(R"({"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0})");
    STATIC_REQUIRE(forbid_illegal_object::path == "v4/im_cos_msg/forbid_illegal_object");
    STATIC_REQUIRE(timrest::detail::check_endpoint<forbid_illegal_object>());
}

}  // namespace operations_forbid_illegal_object_test
