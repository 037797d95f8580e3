#include "timrest/operations/get_cos_sig.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace operations_get_cos_sig_test {

// No page of this endpoint is in the shared spec and the page search found none, so there is no page sample:
// these tests hold the shape the header takes from the vendor's generated server SDK.

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::get_cos_sig;
using ops::get_cos_sig_request;
using ops::get_cos_sig_response;

constexpr std::string_view request_text = R"({"RawURLs":[
    {"ResourceID":1,"RawURL":"https://cos.example/im/a.png"},
    {"ResourceID":2,"RawURL":"https://cos.example/im/b.mp4"}]})";

constexpr std::string_view response_text = R"({"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"PreSigURLs":[
    {"ResourceID":1,"Code":0,"Desc":"","PreSigURL":"https://cos.example/im/a.png?sign=x","Status":0},
    {"ResourceID":2,"Code":0,"Desc":"","PreSigURL":"https://cos.example/im/b.mp4?sign=y","Status":1},
    {"ResourceID":3,"Code":0,"Status":2}]})";

}  // namespace

TEST_CASE("get_cos_sig: a batch of two URLs decodes, validates and re-encodes to the same JSON", "[operations]") {
    const auto request = decode_request<get_cos_sig_request>(request_text);
    REQUIRE(request.RawURLs->size() == 2);
    CHECK(*(*request.RawURLs)[1].ResourceID == 2);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(request_text));
    const get_cos_sig_request written{.RawURLs = {ops::cos_url{.ResourceID = 1, .RawURL = "https://cos.example/im/a.png"},
                                                  ops::cos_url{.ResourceID = 2, .RawURL = "https://cos.example/im/b.mp4"}}};
    CHECK(timrest::to_json(written) == sample(request_text));
}

TEST_CASE("get_cos_sig: a reply decodes each file's state, a missing file without a URL", "[operations]") {
    const auto response = decode_response<get_cos_sig_response>(response_text);
    REQUIRE(response.PreSigURLs.size() == 3);
    CHECK(response.PreSigURLs[0].Status == ops::cos_object_status::normal);
    CHECK(response.PreSigURLs[1].Status == ops::cos_object_status::banned);
    CHECK(response.PreSigURLs[2].Status == ops::cos_object_status::missing);
    CHECK_FALSE(response.PreSigURLs[2].PreSigURL);
    CHECK(timrest::to_json(response) == without_envelope(response_text));
}

TEST_CASE("get_cos_sig: RawURLs needs at least one entry", "[operations]") {
    const auto request = decode_request<get_cos_sig_request>(R"({"RawURLs":[]})");
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"RawURLs: at least 1 element, got 0"});
}

TEST_CASE("get_cos_sig: a Status outside 0-2 is reported with the documented states", "[operations]") {
    const auto response = decode_response<get_cos_sig_response>(R"({"PreSigURLs":[{"ResourceID":1,"Code":0,"Status":3}]})");
    CHECK(rendered(timrest::validate(response)) ==
          std::vector<std::string>{"PreSigURLs[0].Status: one of 0 (normal), 1 (banned), 2 (missing), got 3"});
}

TEST_CASE("get_cos_sig: its declaration is well formed", "[operations]") {
    STATIC_REQUIRE(get_cos_sig::path == "v4/im_cos_msg/get_cos_sig");
    STATIC_REQUIRE(timrest::detail::check_endpoint<get_cos_sig>());
}

}  // namespace operations_get_cos_sig_test
