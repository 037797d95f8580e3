#include "timrest/auth/usersig.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace Catch {
template <>
struct StringMaker<std::error_code> {
    static std::string convert(std::error_code const& ec) {
        return std::string(ec.category().name()) + ":" + std::to_string(ec.value()) + " (" + ec.message() + ")";
    }
};
}  // namespace Catch

namespace auth_usersig_test {

namespace {

using namespace std::chrono_literals;
using timrest::usersig_errc;
namespace detail = timrest::detail;

// Spec section 2.6: the key and app of every official README.
constexpr std::string_view key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
constexpr std::uint32_t app = 1400000000;
constexpr std::int64_t t0 = 1700000000;

struct vector {
    std::string_view identifier;
    std::int64_t expire;
    std::string_view hmac_hex;
    std::string_view sig_b64;
    std::string_view npm_json;     // empty when the spec gives none
    std::string_view npm_usersig;  // empty when the spec gives none
};

constexpr vector vector_a{
    "xiaojun",
    15552000,
    "2ef03b77f230ee04ac9ec92f5730433ce0820dbb8d0b0e061f04c2d1b8a9f81e",
    "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=",
    R"({"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,"TLS.time":1700000000,)"
    R"("TLS.expire":15552000,"TLS.sig":"LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4="})",
    "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMiUZOamKlkZmqOKplYUZBaBxE1NTY3gosWZ6U"
    "pWSj5ljuYp*p7l5unBxXnF2WVhVU4uAf7Ozi5JpX7O5SbuHuUhzgZJmQXaTia2SrUAohcx8g__",
};

constexpr vector vector_b{
    "administrator",
    86400,
    "c8b01efb0ed651e52ea9b57d87f4d7efcbb6d684c68be8bd669d6edcfa6763ad",
    "yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=",
    "",
    "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl*UVQBcUp2YkFBZkpSlaGJgZQAJEpycxNVbIyNEcVTa0oyCxKVbKyMD"
    "OBCRVnpitZKVX6OKZql5uHh6aGlhYmhVlm6IdEmFuUGhnmh7hnamdaRhUYlhoHFORFmhnYKtUCAK0SM5I_",
};

constexpr std::string_view vector_c_sig_b64 = "QjT201xPkXk/aM1e+y0vakZb0K2iPrFue++0s5y6bFM=";

std::chrono::system_clock::time_point at(std::int64_t unix_seconds) {
    return std::chrono::system_clock::time_point(std::chrono::seconds(unix_seconds));
}

std::string hex(std::string_view bytes) {
    constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (char const c : bytes) {
        auto const b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

std::string unhex(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i + 1 < text.size(); i += 2)
        out += static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16));
    return out;
}

// The JSON text inside a UserSig.
std::string json_of(std::string_view usersig) {
    auto const compressed = detail::usersig_base64_decode(usersig);
    REQUIRE(compressed);
    auto const json = detail::usersig_inflate(*compressed, detail::usersig_max_json_bytes);
    REQUIRE(json);
    return *json;
}

// A UserSig around arbitrary JSON text, as another implementation might write it.
std::string pack(std::string_view json, int level = Z_DEFAULT_COMPRESSION) {
    return detail::usersig_base64_encode(detail::usersig_compress(json, level));
}

bool query_safe(std::string_view s) {
    for (char const c : s) {
        bool const ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' ||
                        c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

void check_claims(timrest::usersig_claims const& c, vector const& v) {
    CHECK(c.identifier == v.identifier);
    CHECK(c.sdkappid == app);
    CHECK(c.time == t0);
    CHECK(c.expire == v.expire);
    CHECK_FALSE(c.userbuf);
    CHECK(hex(c.sig) == v.hmac_hex);
    CHECK(detail::base64_encode(c.sig) == v.sig_b64);
}

}  // namespace

// ---- known answers (spec 2.6) ----

TEST_CASE("usersig: the npm UserSig of vector A decodes to its claims and HMAC", "[usersig]") {
    auto const claims = timrest::decode_usersig(vector_a.npm_usersig);
    REQUIRE(claims);
    check_claims(*claims, vector_a);
    CHECK(json_of(vector_a.npm_usersig) == vector_a.npm_json);
}

TEST_CASE("usersig: the npm UserSig of vector B decodes to its claims and HMAC", "[usersig]") {
    auto const claims = timrest::decode_usersig(vector_b.npm_usersig);
    REQUIRE(claims);
    check_claims(*claims, vector_b);
}

TEST_CASE("usersig: make_usersig at vector A's time signs vector A's content", "[usersig]") {
    auto const sig =
        timrest::make_usersig(app, key, vector_a.identifier, std::chrono::seconds(vector_a.expire), at(t0));
    auto const claims = timrest::decode_usersig(sig);
    REQUIRE(claims);
    check_claims(*claims, vector_a);
}

TEST_CASE("usersig: make_usersig at vector B's time signs vector B's content", "[usersig]") {
    auto const sig =
        timrest::make_usersig(app, key, vector_b.identifier, std::chrono::seconds(vector_b.expire), at(t0));
    auto const claims = timrest::decode_usersig(sig);
    REQUIRE(claims);
    check_claims(*claims, vector_b);
}

TEST_CASE("usersig: make_usersig writes compact JSON in the npm library's key order", "[usersig]") {
    auto const sig =
        timrest::make_usersig(app, key, vector_a.identifier, std::chrono::seconds(vector_a.expire), at(t0));
    CHECK(json_of(sig) == vector_a.npm_json);
}

TEST_CASE("usersig: make_usersig_with_userbuf signs vector C's userbuf line", "[usersig]") {
    auto const sig = timrest::make_usersig_with_userbuf(app, key, "xiaojun", 15552000s, "abc", at(t0));
    CHECK(json_of(sig) == R"({"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,)"
                          R"("TLS.time":1700000000,"TLS.expire":15552000,"TLS.userbuf":"YWJj",)"
                          R"("TLS.sig":"QjT201xPkXk/aM1e+y0vakZb0K2iPrFue++0s5y6bFM="})");
    auto const claims = timrest::decode_usersig(sig);
    REQUIRE(claims);
    CHECK(claims->userbuf == "abc");
    CHECK(detail::base64_encode(claims->sig) == vector_c_sig_b64);
}

TEST_CASE("usersig: the signed content is the spec's five lines, each ending in LF", "[usersig]") {
    CHECK(detail::usersig_content("xiaojun", app, t0, 15552000, std::nullopt) ==
          "TLS.identifier:xiaojun\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:15552000\n");
    CHECK(hex(detail::usersig_hmac(key, detail::usersig_content("xiaojun", app, t0, 15552000, std::nullopt))) ==
          vector_a.hmac_hex);
}

TEST_CASE("usersig: make_usersig compresses a zlib stream at Z_BEST_SPEED", "[usersig]") {
    auto const bytes = detail::usersig_base64_decode(timrest::make_usersig(app, key, "xiaojun", 86400s, at(t0)));
    REQUIRE(bytes);
    REQUIRE(bytes->size() > 2);
    CHECK(hex(bytes->substr(0, 2)) == "7801");
}

TEST_CASE("usersig: make_usersig floors a sub-second now to whole seconds", "[usersig]") {
    auto const sig = timrest::make_usersig(app, key, "xiaojun", 86400s, at(t0) + 999ms);
    auto const claims = timrest::decode_usersig(sig);
    REQUIRE(claims);
    CHECK(claims->time == t0);
}

// ---- verification accepts ----

TEST_CASE("verify_usersig: accepts our own UserSig within its validity", "[usersig]") {
    auto const sig = timrest::make_usersig(app, key, "administrator", 86400s, at(t0));
    CHECK(timrest::verify_usersig(sig, app, key, "administrator", at(t0)) == std::error_code());
    CHECK(timrest::verify_usersig(sig, app, key, "administrator", at(t0 + 3600)) == std::error_code());
}

TEST_CASE("verify_usersig: accepts the npm UserSigs of vectors A and B", "[usersig]") {
    CHECK(timrest::verify_usersig(vector_a.npm_usersig, app, key, "xiaojun", at(t0 + 86400)) == std::error_code());
    CHECK(timrest::verify_usersig(vector_b.npm_usersig, app, key, "administrator", at(t0 + 60)) == std::error_code());
}

TEST_CASE("verify_usersig: accepts a UserSig created now with the default clock", "[usersig]") {
    auto const sig = timrest::make_usersig(app, key, "administrator", 60s);
    CHECK(timrest::verify_usersig(sig, app, key, "administrator") == std::error_code());
}

TEST_CASE("verify_usersig: accepts Go's layout: stored blocks, expire before time, JSON ending in LF", "[usersig]") {
    auto const sig = pack(R"({"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,)"
                          R"("TLS.expire":15552000,"TLS.time":1700000000,)"
                          R"("TLS.sig":"LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4="})"
                          "\n",
                          Z_NO_COMPRESSION);
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0)) == std::error_code());
}

TEST_CASE("verify_usersig: accepts PHP's escaped slashes in TLS.sig", "[usersig]") {
    auto const sig = pack(R"({"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,)"
                          R"("TLS.expire":15552000,"TLS.time":1700000000,)"
                          R"("TLS.sig":"LvA7d\/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4="})");
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0)) == std::error_code());
}

TEST_CASE("verify_usersig: accepts a UserSig whose padding was stripped", "[usersig]") {
    std::string_view sig = vector_a.npm_usersig;
    REQUIRE(sig.substr(sig.size() - 2) == "__");
    sig.remove_suffix(2);
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0)) == std::error_code());
}

TEST_CASE("verify_usersig: hands back the claims it decoded", "[usersig]") {
    timrest::usersig_claims claims;
    CHECK(timrest::verify_usersig(vector_b.npm_usersig, app, key, "administrator", at(t0), &claims) ==
          std::error_code());
    check_claims(claims, vector_b);
}

TEST_CASE("verify_usersig: hands back the claims even when a check fails", "[usersig]") {
    timrest::usersig_claims claims;
    CHECK(timrest::verify_usersig(vector_b.npm_usersig, app, key, "administrator", at(t0 + 86401), &claims) ==
          usersig_errc::expired);
    CHECK(claims.time + claims.expire == t0 + 86400);
}

TEST_CASE("verify_usersig_with_userbuf: accepts the expected userbuf", "[usersig]") {
    auto const sig = timrest::make_usersig_with_userbuf(app, key, "xiaojun", 15552000s, "abc", at(t0));
    CHECK(timrest::verify_usersig_with_userbuf(sig, app, key, "xiaojun", "abc", at(t0)) == std::error_code());
}

TEST_CASE("usersig: an empty key signs and verifies", "[usersig]") {
    auto const sig = timrest::make_usersig(app, "", "xiaojun", 60s, at(t0));
    CHECK(timrest::verify_usersig(sig, app, "", "xiaojun", at(t0)) == std::error_code());
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0)) == usersig_errc::signature_mismatch);
}

// ---- verification rejects ----

TEST_CASE("verify_usersig: rejects a UserSig signed with another key", "[usersig]") {
    auto const sig = timrest::make_usersig(app, key, "xiaojun", 86400s, at(t0));
    std::string other(key);
    other.back() = 'f';
    CHECK(timrest::verify_usersig(sig, app, other, "xiaojun", at(t0)) == usersig_errc::signature_mismatch);
    CHECK(timrest::verify_usersig(vector_a.npm_usersig, app, other, "xiaojun", at(t0)) ==
          usersig_errc::signature_mismatch);
}

TEST_CASE("verify_usersig: uses the key string as bytes, not hex-decoded", "[usersig]") {
    CHECK(timrest::verify_usersig(vector_a.npm_usersig, app, unhex(key), "xiaojun", at(t0)) ==
          usersig_errc::signature_mismatch);
    auto const sig = timrest::make_usersig(app, unhex(key), "xiaojun", 15552000s, at(t0));
    auto const claims = timrest::decode_usersig(sig);
    REQUIRE(claims);
    CHECK(hex(claims->sig) != vector_a.hmac_hex);
}

TEST_CASE("verify_usersig: rejects claims edited after signing", "[usersig]") {
    auto const sig = pack(R"({"TLS.ver":"2.0","TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,)"
                          R"("TLS.time":1700000000,"TLS.expire":99999999,)"
                          R"("TLS.sig":"LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4="})");
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0)) == usersig_errc::signature_mismatch);
}

TEST_CASE("verify_usersig: rejects a UserSig for another identifier", "[usersig]") {
    CHECK(timrest::verify_usersig(vector_a.npm_usersig, app, key, "administrator", at(t0)) ==
          usersig_errc::identifier_mismatch);
    CHECK(timrest::verify_usersig(vector_a.npm_usersig, app, key, "Xiaojun", at(t0)) ==
          usersig_errc::identifier_mismatch);
}

TEST_CASE("verify_usersig: rejects a UserSig for another sdkappid", "[usersig]") {
    CHECK(timrest::verify_usersig(vector_a.npm_usersig, app + 1, key, "xiaojun", at(t0)) ==
          usersig_errc::sdkappid_mismatch);
}

TEST_CASE("verify_usersig: expires strictly after time + expire", "[usersig]") {
    auto const sig = timrest::make_usersig(app, key, "xiaojun", 86400s, at(t0));
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0 + 86400)) == std::error_code());
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0 + 86400) + 999ms) == std::error_code());
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0 + 86401)) == usersig_errc::expired);
    CHECK(timrest::verify_usersig(vector_b.npm_usersig, app, key, "administrator", at(t0 + 86401)) ==
          usersig_errc::expired);
}

TEST_CASE("verify_usersig: does not overflow on an enormous TLS.expire", "[usersig]") {
    auto const sig = pack(R"({"TLS.identifier":"xiaojun","TLS.sdkappid":1400000000,"TLS.time":1700000000,)"
                          R"("TLS.expire":9223372036854775807,"TLS.sig":"AAAA"})");
    CHECK(timrest::verify_usersig(sig, app, key, "xiaojun", at(t0 + 1000000000)) == usersig_errc::signature_mismatch);
    CHECK(detail::usersig_expired(-100, std::numeric_limits<std::int64_t>::min(), 0));
}

TEST_CASE("verify_usersig: rejects an empty UserSig", "[usersig]") {
    CHECK(timrest::verify_usersig("", app, key, "xiaojun", at(t0)) == usersig_errc::empty);
}

TEST_CASE("verify_usersig: rejects every truncation of a UserSig", "[usersig]") {
    std::string_view const sig = vector_a.npm_usersig;
    for (std::size_t n = 1; n + 2 < sig.size(); ++n) {
        INFO("kept " << n << " characters");
        auto const ec = timrest::verify_usersig(sig.substr(0, n), app, key, "xiaojun", at(t0));
        CHECK((ec == usersig_errc::bad_base64 || ec == usersig_errc::bad_zlib));
    }
    // One '_' of two is broken padding, not missing padding.
    CHECK(timrest::verify_usersig(sig.substr(0, sig.size() - 1), app, key, "xiaojun", at(t0)) ==
          usersig_errc::bad_base64);
}

TEST_CASE("verify_usersig: rejects a UserSig with any one character changed", "[usersig]") {
    std::string const sig(vector_a.npm_usersig);
    for (std::size_t i = 0; i + 2 < sig.size(); ++i) {
        std::string garbled = sig;
        garbled[i] = garbled[i] == 'A' ? 'B' : 'A';
        INFO("changed character " << i);
        CHECK(timrest::verify_usersig(garbled, app, key, "xiaojun", at(t0)) != std::error_code());
    }
}

TEST_CASE("verify_usersig: rejects characters outside the UserSig alphabet", "[usersig]") {
    for (char const c : std::string_view("+/= \n.!%")) {
        std::string garbled(vector_a.npm_usersig);
        garbled[10] = c;
        CHECK(timrest::verify_usersig(garbled, app, key, "xiaojun", at(t0)) == usersig_errc::bad_base64);
    }
}

TEST_CASE("verify_usersig: rejects gzip, raw deflate and trailing bytes", "[usersig]") {
    std::string const json(vector_a.npm_json);
    std::string const stream = detail::usersig_compress(json, Z_BEST_SPEED);
    // Raw deflate: the zlib stream without its 2-byte header and 4-byte Adler-32 trailer.
    std::string const raw = stream.substr(2, stream.size() - 6);
    CHECK(timrest::verify_usersig(detail::usersig_base64_encode(raw), app, key, "xiaojun", at(t0)) ==
          usersig_errc::bad_zlib);
    std::string const gzip = std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + raw + "\0\0\0\0\0\0\0\0";
    CHECK(timrest::verify_usersig(detail::usersig_base64_encode(gzip), app, key, "xiaojun", at(t0)) ==
          usersig_errc::bad_zlib);
    CHECK(timrest::verify_usersig(detail::usersig_base64_encode(stream + "x"), app, key, "xiaojun", at(t0)) ==
          usersig_errc::bad_zlib);
    CHECK(timrest::verify_usersig(detail::usersig_base64_encode(json), app, key, "xiaojun", at(t0)) ==
          usersig_errc::bad_zlib);
}

TEST_CASE("verify_usersig: rejects a document that inflates beyond 64 KiB", "[usersig]") {
    std::string json = R"({"TLS.identifier":")";
    json.append(70000, 'a');
    json += R"(","TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":1,"TLS.sig":"AAAA"})";
    CHECK(timrest::verify_usersig(pack(json), app, key, "xiaojun", at(t0)) == usersig_errc::bad_zlib);
}

TEST_CASE("verify_usersig: rejects a document that is not a JSON object", "[usersig]") {
    CHECK(timrest::verify_usersig(pack("hello"), app, key, "xiaojun", at(t0)) == usersig_errc::bad_json);
    CHECK(timrest::verify_usersig(pack("[1,2]"), app, key, "xiaojun", at(t0)) == usersig_errc::bad_json);
    CHECK(timrest::verify_usersig(pack(R"({"TLS.sig":)"), app, key, "xiaojun", at(t0)) == usersig_errc::bad_json);
}

TEST_CASE("verify_usersig: rejects a document lacking a required field", "[usersig]") {
    char const* const fields[] = {"TLS.identifier", "TLS.sdkappid", "TLS.time", "TLS.expire", "TLS.sig"};
    for (char const* const field : fields) {
        auto doc = boost::json::parse(vector_a.npm_json).as_object();
        doc.erase(field);
        INFO("without " << field);
        CHECK(timrest::verify_usersig(pack(boost::json::serialize(doc)), app, key, "xiaojun", at(t0)) ==
              usersig_errc::missing_field);
    }
    auto doc = boost::json::parse(vector_a.npm_json).as_object();
    doc.erase("TLS.ver");
    CHECK(timrest::verify_usersig(pack(boost::json::serialize(doc)), app, key, "xiaojun", at(t0)) == std::error_code());
}

TEST_CASE("verify_usersig: rejects fields of the wrong type or range", "[usersig]") {
    auto with = [](char const* field, boost::json::value v) {
        auto doc = boost::json::parse(vector_a.npm_json).as_object();
        doc[field] = std::move(v);
        return timrest::verify_usersig(pack(boost::json::serialize(doc)), app, key, "xiaojun", at(t0));
    };
    CHECK(with("TLS.sdkappid", "1400000000") == usersig_errc::bad_json);
    CHECK(with("TLS.sdkappid", 4294967296LL) == usersig_errc::bad_json);
    CHECK(with("TLS.sdkappid", -1) == usersig_errc::bad_json);
    CHECK(with("TLS.time", 1.7e9) == usersig_errc::bad_json);
    CHECK(with("TLS.expire", nullptr) == usersig_errc::bad_json);
    CHECK(with("TLS.identifier", 7) == usersig_errc::bad_json);
    CHECK(with("TLS.sig", boost::json::array()) == usersig_errc::bad_json);
    CHECK(with("TLS.userbuf", 1) == usersig_errc::bad_json);
    CHECK(with("TLS.userbuf", "!!") == usersig_errc::bad_json);
}

TEST_CASE("verify_usersig: rejects a TLS.sig that is not base64", "[usersig]") {
    auto doc = boost::json::parse(vector_a.npm_json).as_object();
    doc["TLS.sig"] = "LvA7d_Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=";
    CHECK(timrest::verify_usersig(pack(boost::json::serialize(doc)), app, key, "xiaojun", at(t0)) ==
          usersig_errc::bad_signature_encoding);
}

TEST_CASE("verify_usersig: rejects a userbuf that is absent, unexpected or different", "[usersig]") {
    auto const with_buf = timrest::make_usersig_with_userbuf(app, key, "xiaojun", 15552000s, "abc", at(t0));
    CHECK(timrest::verify_usersig(with_buf, app, key, "xiaojun", at(t0)) == usersig_errc::userbuf_mismatch);
    CHECK(timrest::verify_usersig_with_userbuf(with_buf, app, key, "xiaojun", "abd", at(t0)) ==
          usersig_errc::userbuf_mismatch);
    CHECK(timrest::verify_usersig_with_userbuf(vector_a.npm_usersig, app, key, "xiaojun", "abc", at(t0)) ==
          usersig_errc::userbuf_mismatch);
    CHECK(timrest::verify_usersig_with_userbuf(with_buf, app, "wrong", "xiaojun", "abc", at(t0)) ==
          usersig_errc::signature_mismatch);
}

TEST_CASE("decode_usersig: reports why a UserSig does not decode", "[usersig]") {
    std::error_code ec = usersig_errc::expired;
    CHECK(timrest::decode_usersig(vector_a.npm_usersig, ec));
    CHECK(ec == std::error_code());
    CHECK_FALSE(timrest::decode_usersig("", ec));
    CHECK(ec == usersig_errc::empty);
    CHECK_FALSE(timrest::decode_usersig("eJ!", ec));
    CHECK(ec == usersig_errc::bad_base64);
    CHECK_FALSE(timrest::decode_usersig("eJyr", ec));
    CHECK(ec == usersig_errc::bad_zlib);
    CHECK_FALSE(timrest::decode_usersig("not-a-usersig"));
}

TEST_CASE("decode_usersig: needs no key and ignores expiry", "[usersig]") {
    auto const sig = timrest::make_usersig(app, key, "xiaojun", 1s, at(0));
    auto const claims = timrest::decode_usersig(sig);
    REQUIRE(claims);
    CHECK(claims->time == 0);
    CHECK(claims->expire == 1);
}

// ---- errors ----

TEST_CASE("usersig_errc: converts to an error_code of category timrest.usersig", "[usersig]") {
    std::error_code const ec = usersig_errc::signature_mismatch;
    CHECK(std::string_view(ec.category().name()) == "timrest.usersig");
    CHECK(&ec.category() == &timrest::usersig_category());
    CHECK(ec.message() == "UserSig's signature does not match the key");
    CHECK_FALSE(std::error_code(usersig_errc::ok));
}

TEST_CASE("usersig_errc: every enumerator has its own message, none naming a secret", "[usersig]") {
    std::vector<std::string> seen;
    for (int e = static_cast<int>(usersig_errc::ok); e <= static_cast<int>(usersig_errc::signature_mismatch); ++e) {
        std::string const m = timrest::make_error_code(static_cast<usersig_errc>(e)).message();
        INFO("enumerator " << e);
        CHECK_FALSE(m.empty());
        CHECK(m.find(key) == std::string::npos);
        CHECK(std::find(seen.begin(), seen.end(), m) == seen.end());
        seen.push_back(m);
    }
    CHECK(timrest::usersig_category().message(999) == "unknown UserSig error");
}

// ---- base64 ----

TEST_CASE("base64: encodes the RFC 4648 vectors", "[usersig]") {
    CHECK(detail::base64_encode("") == "");
    CHECK(detail::base64_encode("f") == "Zg==");
    CHECK(detail::base64_encode("fo") == "Zm8=");
    CHECK(detail::base64_encode("foo") == "Zm9v");
    CHECK(detail::base64_encode("foob") == "Zm9vYg==");
    CHECK(detail::base64_encode("fooba") == "Zm9vYmE=");
    CHECK(detail::base64_encode("foobar") == "Zm9vYmFy");
    CHECK(detail::base64_encode(std::string("\xfb\xff\x00", 3)) == "+/8A");
}

TEST_CASE("base64: round-trips every length from 0 to 5 and every byte value", "[usersig]") {
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    for (std::size_t len = 0; len <= 5; ++len) {
        for (std::size_t start = 0; start + len <= all.size(); start += 7) {
            std::string const bytes = all.substr(start, len);
            INFO("length " << len << " from byte " << start);
            CHECK(detail::base64_decode(detail::base64_encode(bytes)) == bytes);
            CHECK(detail::usersig_base64_decode(detail::usersig_base64_encode(bytes)) == bytes);
        }
    }
    CHECK(detail::base64_decode(detail::base64_encode(all)) == all);
    CHECK(detail::usersig_base64_decode(detail::usersig_base64_encode(all)) == all);
}

TEST_CASE("base64: decodes with padding left out", "[usersig]") {
    CHECK(detail::base64_decode("Zg") == "f");
    CHECK(detail::base64_decode("Zm8") == "fo");
    CHECK(detail::base64_decode("Zm9vYg") == "foob");
    CHECK(detail::base64_decode("Zm9vYmE") == "fooba");
    CHECK(detail::usersig_base64_decode("Zg") == "f");
}

TEST_CASE("base64: rejects foreign characters, broken padding and impossible lengths", "[usersig]") {
    for (std::string_view const bad : {"Zm9v!", "Zm 9v", "Zm9v\n", "Zm-v", "Zm_v", "Zm*v", "Z", "Zm9vY",
                                       "Zg=", "Zm9v=", "Zm9v==", "Zg===", "=", "==", "Zg==Zg==", "Z=g="}) {
        INFO("input " << bad);
        CHECK_FALSE(detail::base64_decode(bad));
    }
}

TEST_CASE("usersig base64: substitutes *, - and _ for +, / and =", "[usersig]") {
    CHECK(detail::usersig_base64_encode("\xfb\xff") == "*-8_");
    CHECK(detail::usersig_base64_encode("f") == "Zg__");
    CHECK(detail::usersig_base64_decode("*-8_") == "\xfb\xff");
    CHECK_FALSE(detail::usersig_base64_decode("+/8="));
    CHECK_FALSE(detail::usersig_base64_decode("Zg=="));
}

TEST_CASE("usersig: a UserSig needs no escaping in a URL query", "[usersig]") {
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    CHECK(query_safe(detail::usersig_base64_encode(all)));
    for (std::string_view const id : {"a", "administrator", "user_0001", "x-y", "\xe4\xb8\xad\xe6\x96\x87"}) {
        for (auto const expire : {1s, 86400s, 15552000s}) {
            for (std::int64_t t = t0; t < t0 + 50; ++t) {
                INFO("identifier " << id << ", time " << t);
                CHECK(query_safe(timrest::make_usersig(app, key, id, expire, at(t))));
            }
        }
    }
}

}  // namespace auth_usersig_test
