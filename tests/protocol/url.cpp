#include "timrest/protocol/url.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace protocol_url_test {

namespace {

constexpr std::string_view path = "v4/recentcontact/del_contact_group";
// A UserSig-shaped value using the whole UserSig alphabet (A-Za-z0-9 and *-_).
constexpr std::string_view sig =
    "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy*zLBwokpuZl5mcUlRYkl-UVQBcUp2YkFBZkpSlaGJgZQAJEp_";

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("url: make_request_url writes base, path and the five parameters in order", "[url]") {
    CHECK(timrest::make_request_url("https://console.tim.qq.com", path, 1400000000, "administrator", "SIG", 99999999) ==
          "https://console.tim.qq.com/v4/recentcontact/del_contact_group"
          "?sdkappid=1400000000&identifier=administrator&usersig=SIG&random=99999999&contenttype=json");
}

TEST_CASE("url: a UserSig goes percent-encoded, its '*' as %2A like the service's own SDKs send it", "[url]") {
    const auto url = timrest::make_request_url("https://h", path, 1, "admin", sig, 1);
    std::string encoded(sig);
    encoded.replace(encoded.find('*'), 1, "%2A");
    CHECK(contains(url, "&usersig=" + encoded + "&random="));
}

TEST_CASE("url: random and sdkappid print their full unsigned range", "[url]") {
    CHECK(timrest::make_request_url("http://127.0.0.1:8080", "v4/a/b", 4294967295u, "x", "s", 0) ==
          "http://127.0.0.1:8080/v4/a/b?sdkappid=4294967295&identifier=x&usersig=s&random=0&contenttype=json");
    CHECK(contains(timrest::make_request_url("https://h", "v4/a/b", 1, "x", "s", 4294967295u), "&random=4294967295&"));
}

TEST_CASE("url: an identifier with reserved characters is percent-encoded", "[url]") {
    const auto query_of = [](std::string_view identifier) {
        const auto url = timrest::make_request_url("https://h", "v4/a/b", 1, identifier, "s", 2);
        const auto from = url.find("identifier=") + 11;
        return url.substr(from, url.find("&usersig=") - from);
    };
    CHECK(query_of("ad min") == "ad%20min");
    CHECK(query_of("a&usersig=b") == "a%26usersig%3Db");
    CHECK(query_of("a+b/c?d#e%") == "a%2Bb%2Fc%3Fd%23e%25");
    CHECK(query_of("\xC3\xA9") == "%C3%A9");
    CHECK(query_of("Az09-_.~") == "Az09-_.~");
}

TEST_CASE("url: redact_url hides the UserSig and keeps the allowlisted parameters", "[url]") {
    const auto url =
        timrest::make_request_url("https://console.tim.qq.com", path, 1400000000, "administrator", sig, 42);
    const auto redacted = timrest::redact_url(url);
    CHECK(redacted ==
          "https://console.tim.qq.com/v4/recentcontact/del_contact_group"
          "?sdkappid=1400000000&identifier=administrator&usersig=REDACTED&random=42&contenttype=json");
    CHECK_FALSE(contains(redacted, sig));
}

TEST_CASE("url: redact_url hides any parameter outside the allowlist", "[url]") {
    CHECK(timrest::redact_url("https://h/v4/a/b?random=1&token=abc&usersig=s&x=") ==
          "https://h/v4/a/b?random=1&token=REDACTED&usersig=REDACTED&x=REDACTED");
    // Keys are case-sensitive, so a differently cased or encoded name is not allowlisted.
    CHECK(timrest::redact_url("https://h/p?UserSig=s&user%73ig=t&Random=3") ==
          "https://h/p?UserSig=REDACTED&user%73ig=REDACTED&Random=REDACTED");
}

TEST_CASE("url: redact_url keeps a parameter that has no value", "[url]") {
    CHECK(timrest::redact_url("https://h/p?flag&usersig=s") == "https://h/p?flag&usersig=REDACTED");
}

TEST_CASE("url: redact_url leaves a URL without a query unchanged", "[url]") {
    CHECK(timrest::redact_url("https://console.tim.qq.com/v4/a/b") == "https://console.tim.qq.com/v4/a/b");
    CHECK(timrest::redact_url("") == "");
    CHECK(timrest::redact_url("https://h/p?") == "https://h/p?");
}

TEST_CASE("url: redact_url keeps a percent-encoded identifier as it was", "[url]") {
    const auto url = timrest::make_request_url("https://h", "v4/a/b", 1, "ad min&x", sig, 7);
    CHECK(timrest::redact_url(url) ==
          "https://h/v4/a/b?sdkappid=1&identifier=ad%20min%26x&usersig=REDACTED&random=7&contenttype=json");
}

}  // namespace protocol_url_test
