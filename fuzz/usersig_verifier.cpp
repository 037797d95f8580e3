// libFuzzer target: the UserSig verifier (auth/usersig.hpp) on arbitrary text, as a server checks what it is
// sent.
//
// Properties: verification never accepts a forgery (the corpus holds genuine UserSigs; a mutation that still
// verifies must be one of the accepted encodings of the same signed claims), and decode_usersig agrees with
// verify_usersig about whether the text decodes.

#include "fuzz.hpp"

#include "timrest/auth/usersig.hpp"

#include <chrono>

namespace {
// The spec's test app (spec §2 known answers), the one the corpus UserSigs are signed for.
constexpr std::uint32_t sdkappid = 1400000000;
constexpr std::string_view key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
constexpr std::string_view identifier = "administrator";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto usersig = timrest_fuzz::text(data, size);
    const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1700000000));
    timrest::usersig_claims claims;
    const auto ec = timrest::verify_usersig(usersig, sdkappid, key, identifier, now, &claims);

    std::error_code decode_ec;
    const auto decoded = timrest::decode_usersig(usersig, decode_ec);
    const bool decode_failure = ec == timrest::usersig_errc::empty || ec == timrest::usersig_errc::bad_base64 ||
                                ec == timrest::usersig_errc::bad_zlib || ec == timrest::usersig_errc::bad_json ||
                                ec == timrest::usersig_errc::missing_field ||
                                ec == timrest::usersig_errc::bad_signature_encoding;
    timrest_fuzz::require(decoded.has_value() == !decode_failure, "decode_usersig and verify_usersig disagree");
    if (!ec) {
        // Accepted: the claims must be the ones the key signed, so signing them again gives the same signature.
        timrest_fuzz::require(claims.identifier == identifier && claims.sdkappid == sdkappid,
                              "an accepted UserSig names another app or user");
        const auto content = timrest::detail::usersig_content(claims.identifier, claims.sdkappid, claims.time,
                                                              claims.expire, std::nullopt);
        timrest_fuzz::require(timrest::detail::usersig_hmac(key, content) == claims.sig,
                              "an accepted UserSig's signature is not the HMAC of its claims");
    }
    return 0;
}
