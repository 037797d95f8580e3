#ifndef TIMREST_AUTH_USERSIG_HPP_INCLUDED
#define TIMREST_AUTH_USERSIG_HPP_INCLUDED

// UserSig, TLSSigAPIv2 (HMAC-SHA256): https://tencentcloud.com/document/product/1047/34385
// Known answers and the verification order are in the spec, section 2.

#include "timrest/auth/detail/base64.hpp"
#include "timrest/core/detail/chrono.hpp"
#include "timrest/core/detail/config.hpp"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace timrest {

/// What a UserSig asserts, decoded from its JSON document.
struct usersig_claims {
    std::string identifier;              ///< `TLS.identifier`: the UserID the UserSig belongs to
    std::uint32_t sdkappid = 0;          ///< `TLS.sdkappid`
    std::int64_t time = 0;               ///< `TLS.time`: Unix seconds at generation
    std::int64_t expire = 0;             ///< `TLS.expire`: validity in seconds, counted from `time`
    std::optional<std::string> userbuf;  ///< `TLS.userbuf`, base64-decoded; TRTC PrivateMapKey only
    std::string sig;                     ///< `TLS.sig`, base64-decoded: the HMAC-SHA256, 32 bytes when genuine
};

/// Why a UserSig was rejected. The server's code for the same fault is given where there is one.
enum class usersig_errc {
    ok = 0,                  ///< no error
    empty,                   ///< the UserSig is empty (server 70002)
    bad_base64,              ///< not UserSig base64 (`A-Za-z0-9*-_`) (server 70003)
    bad_zlib,                ///< not one complete zlib stream, or inflates beyond 64 KiB (server 70003)
    bad_json,                ///< not a JSON object, or a `TLS.*` field has the wrong type or range (server 70003)
    missing_field,           ///< a required `TLS.*` field is absent (server 70003)
    bad_signature_encoding,  ///< `TLS.sig` is not standard base64 (server 70003)
    sdkappid_mismatch,       ///< `TLS.sdkappid` is not the expected app (server 70014)
    identifier_mismatch,     ///< `TLS.identifier` is not the expected user (server 70013)
    expired,                 ///< now is later than `TLS.time + TLS.expire` (server 70001)
    userbuf_mismatch,        ///< `TLS.userbuf` is absent, present or different against what was expected
    signature_mismatch,      ///< `TLS.sig` is not the HMAC of the claims under this key (server 70009)
};

namespace detail {

class usersig_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "timrest.usersig"; }

    std::string message(int ev) const override {
        switch (static_cast<usersig_errc>(ev)) {
            case usersig_errc::ok:
                return "success";
            case usersig_errc::empty:
                return "UserSig is empty";
            case usersig_errc::bad_base64:
                return "UserSig is not valid UserSig base64";
            case usersig_errc::bad_zlib:
                return "UserSig does not hold one complete zlib stream of at most 64 KiB";
            case usersig_errc::bad_json:
                return "UserSig does not hold a JSON object with well-typed TLS fields";
            case usersig_errc::missing_field:
                return "UserSig lacks a required TLS field";
            case usersig_errc::bad_signature_encoding:
                return "UserSig's TLS.sig is not valid base64";
            case usersig_errc::sdkappid_mismatch:
                return "UserSig was issued for another SDKAppID";
            case usersig_errc::identifier_mismatch:
                return "UserSig was issued for another identifier";
            case usersig_errc::expired:
                return "UserSig has expired";
            case usersig_errc::userbuf_mismatch:
                return "UserSig's userbuf is not the expected one";
            case usersig_errc::signature_mismatch:
                return "UserSig's signature does not match the key";
        }
        return "unknown UserSig error";
    }
};

}  // namespace detail

/// The category of usersig_errc, named "timrest.usersig".
inline const std::error_category& usersig_category() noexcept {
    static const detail::usersig_category_impl instance;
    return instance;
}

/// Makes usersig_errc convert to std::error_code.
inline std::error_code make_error_code(usersig_errc e) noexcept {
    return {static_cast<int>(e), usersig_category()};
}

}  // namespace timrest

namespace std {
template <>
struct is_error_code_enum<timrest::usersig_errc> : true_type {};
}  // namespace std

namespace timrest {
namespace detail {

// A decoded JSON document is about 200 bytes; the cap stops a zlib bomb.
inline constexpr std::size_t usersig_max_json_bytes = 64 * 1024;

// The signed text of spec 2.2 step 2; `userbuf_text` is already base64.
inline std::string usersig_content(std::string_view identifier, std::uint32_t sdkappid, std::int64_t time,
                                   std::int64_t expire, std::optional<std::string_view> userbuf_text) {
    std::string s;
    s.append("TLS.identifier:").append(identifier).append("\n");
    s.append("TLS.sdkappid:").append(std::to_string(sdkappid)).append("\n");
    s.append("TLS.time:").append(std::to_string(time)).append("\n");
    s.append("TLS.expire:").append(std::to_string(expire)).append("\n");
    if (userbuf_text) s.append("TLS.userbuf:").append(*userbuf_text).append("\n");
    return s;
}

// The 32-byte HMAC-SHA256. Exception messages never name the key or the data.
inline std::string usersig_hmac(std::string_view key, std::string_view message) {
    if (key.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw std::length_error("timrest: UserSig key is too long");
    // OpenSSL 3 treats a null key pointer as "keep the previous key", so never pass one.
    static constexpr unsigned char nothing = 0;
    const void* const k = key.empty() ? &nothing : static_cast<const void*>(key.data());
    const auto* const m = message.empty() ? &nothing : reinterpret_cast<const unsigned char*>(message.data());
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (HMAC(EVP_sha256(), k, static_cast<int>(key.size()), m, message.size(), md, &len) == nullptr || len != 32)
        throw std::runtime_error("timrest: HMAC-SHA256 failed in OpenSSL");
    return std::string(reinterpret_cast<const char*>(md), len);
}

// One zlib stream (RFC 1950) at `level`.
inline std::string usersig_compress(std::string_view data, int level) {
    if (data.size() > std::numeric_limits<uLong>::max() / 2) throw std::length_error("timrest: UserSig too long");
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                             static_cast<uLong>(data.size()), level);
    if (rc == Z_MEM_ERROR) throw std::bad_alloc();
    if (rc != Z_OK) throw std::runtime_error("timrest: zlib compress2 failed");
    out.resize(size);
    return out;
}

// Inflates exactly one complete zlib stream (no gzip, no raw deflate, nothing after it) into at most `cap`
// bytes; nullopt otherwise.
inline std::optional<std::string> usersig_inflate(std::string_view data, std::size_t cap) {
    if (data.size() > std::numeric_limits<uInt>::max()) return std::nullopt;
    z_stream zs{};
    int rc = inflateInit(&zs);
    if (rc == Z_MEM_ERROR) throw std::bad_alloc();
    if (rc != Z_OK) return std::nullopt;
    struct end_guard {
        z_stream& zs;
        ~end_guard() { inflateEnd(&zs); }
    };
    const end_guard guard{zs};

    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));  // zlib's z_const is opt-in
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    unsigned char buf[4096];
    do {
        zs.next_out = buf;
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_MEM_ERROR) throw std::bad_alloc();
        if (rc != Z_OK && rc != Z_STREAM_END) return std::nullopt;  // corrupt, truncated, or needs a dictionary
        out.append(reinterpret_cast<const char*>(buf), sizeof buf - zs.avail_out);
        if (out.size() > cap) return std::nullopt;
    } while (rc != Z_STREAM_END);
    if (zs.avail_in != 0) return std::nullopt;
    return out;
}

// A JSON integer that fits T; doubles such as 1.4e9 are not integers here.
template <class T>
bool usersig_read_integer(const boost::json::value& v, T& out) noexcept {
    if (const auto* p = v.if_int64(); p && std::in_range<T>(*p)) {
        out = static_cast<T>(*p);
        return true;
    }
    if (const auto* p = v.if_uint64(); p && std::in_range<T>(*p)) {
        out = static_cast<T>(*p);
        return true;
    }
    return false;
}

inline std::string_view usersig_string_view(const boost::json::string& s) noexcept {
    return {s.data(), s.size()};
}

struct usersig_document {
    usersig_claims claims;
    std::optional<std::string> userbuf_text;  // `TLS.userbuf` verbatim: the form that was signed
};

// Spec 2.3 steps 1-4.
inline std::error_code parse_usersig(std::string_view usersig, usersig_document& doc) {
    if (usersig.empty()) return usersig_errc::empty;
    const auto compressed = usersig_base64_decode(usersig);
    if (!compressed) return usersig_errc::bad_base64;
    const auto json_text = usersig_inflate(*compressed, usersig_max_json_bytes);
    if (!json_text) return usersig_errc::bad_zlib;

    boost::json::error_code jec;
    const boost::json::value jv = boost::json::parse(*json_text, jec);
    if (jec) return usersig_errc::bad_json;
    const auto* const obj = jv.if_object();
    if (obj == nullptr) return usersig_errc::bad_json;

    const auto* const identifier = obj->if_contains("TLS.identifier");
    const auto* const sdkappid = obj->if_contains("TLS.sdkappid");
    const auto* const time = obj->if_contains("TLS.time");
    const auto* const expire = obj->if_contains("TLS.expire");
    const auto* const sig = obj->if_contains("TLS.sig");
    const auto* const userbuf = obj->if_contains("TLS.userbuf");
    if (!identifier || !sdkappid || !time || !expire || !sig) return usersig_errc::missing_field;

    usersig_claims& c = doc.claims;
    if (!identifier->is_string() || !sig->is_string() || (userbuf && !userbuf->is_string()) ||
        !usersig_read_integer(*sdkappid, c.sdkappid) || !usersig_read_integer(*time, c.time) ||
        !usersig_read_integer(*expire, c.expire))
        return usersig_errc::bad_json;
    c.identifier = usersig_string_view(identifier->get_string());
    if (userbuf) {
        doc.userbuf_text = usersig_string_view(userbuf->get_string());
        c.userbuf = base64_decode(*doc.userbuf_text);
        if (!c.userbuf) return usersig_errc::bad_json;
    }
    auto sig_bytes = base64_decode(usersig_string_view(sig->get_string()));
    if (!sig_bytes) return usersig_errc::bad_signature_encoding;
    c.sig = std::move(*sig_bytes);
    return {};
}

// now > time + expire, without overflow for any int64 inputs.
inline bool usersig_expired(std::int64_t time, std::int64_t expire, std::int64_t now) noexcept {
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if (expire > 0 && time > max - expire) return false;
    if (expire < 0 && time < min - expire) return true;
    return now > time + expire;
}

inline std::int64_t usersig_unix_seconds(std::chrono::system_clock::time_point t) {
    return static_cast<std::int64_t>(std::chrono::floor<std::chrono::seconds>(t.time_since_epoch()).count());
}

// Spec 2.3 steps 5-8 on a parsed document.
inline std::error_code check_usersig(const usersig_document& doc, std::uint32_t sdkappid, std::string_view key,
                                     std::string_view identifier, std::optional<std::string_view> userbuf,
                                     std::chrono::system_clock::time_point now) {
    const usersig_claims& c = doc.claims;
    if (c.sdkappid != sdkappid) return usersig_errc::sdkappid_mismatch;
    if (c.identifier != identifier) return usersig_errc::identifier_mismatch;
    if (usersig_expired(c.time, c.expire, usersig_unix_seconds(now))) return usersig_errc::expired;
    if (userbuf.has_value() != c.userbuf.has_value() || (userbuf && *userbuf != *c.userbuf))
        return usersig_errc::userbuf_mismatch;

    std::optional<std::string_view> signed_userbuf;
    if (doc.userbuf_text) signed_userbuf = *doc.userbuf_text;
    const std::string mac =
        usersig_hmac(key, usersig_content(c.identifier, c.sdkappid, c.time, c.expire, signed_userbuf));
    if (c.sig.size() != mac.size() || CRYPTO_memcmp(c.sig.data(), mac.data(), mac.size()) != 0)
        return usersig_errc::signature_mismatch;
    return {};
}

inline std::error_code verify_usersig_impl(std::string_view usersig, std::uint32_t sdkappid, std::string_view key,
                                           std::string_view identifier, std::optional<std::string_view> userbuf,
                                           std::chrono::system_clock::time_point now, usersig_claims* claims_out) {
    usersig_document doc;
    if (const auto ec = parse_usersig(usersig, doc)) return ec;
    const std::error_code ec = check_usersig(doc, sdkappid, key, identifier, userbuf, now);
    if (claims_out) *claims_out = std::move(doc.claims);
    return ec;
}

inline std::string make_usersig_impl(std::uint32_t sdkappid, std::string_view key, std::string_view identifier,
                                     std::chrono::seconds expire, std::optional<std::string_view> userbuf,
                                     std::chrono::system_clock::time_point now) {
    const std::int64_t time = usersig_unix_seconds(now);
    const auto expire_s = static_cast<std::int64_t>(expire.count());
    std::optional<std::string> userbuf_text;
    if (userbuf) userbuf_text = base64_encode(*userbuf);
    std::optional<std::string_view> signed_userbuf;
    if (userbuf_text) signed_userbuf = *userbuf_text;
    const std::string mac = usersig_hmac(key, usersig_content(identifier, sdkappid, time, expire_s, signed_userbuf));

    // boost::json::object keeps insertion order: the npm library's order.
    boost::json::object doc;
    doc["TLS.ver"] = "2.0";
    doc["TLS.identifier"] = boost::json::string_view(identifier.data(), identifier.size());
    doc["TLS.sdkappid"] = sdkappid;
    doc["TLS.time"] = time;
    doc["TLS.expire"] = expire_s;
    if (userbuf_text) doc["TLS.userbuf"] = *userbuf_text;
    doc["TLS.sig"] = base64_encode(mac);
    return usersig_base64_encode(usersig_compress(boost::json::serialize(doc), Z_BEST_SPEED));
}

}  // namespace detail

/// Makes a TLSSigAPIv2 UserSig for `identifier`, valid from `now` (floored to whole seconds) for `expire`.
/// `secret_key` is the console's key string, used as raw bytes (not hex-decoded).
/// Throws std::bad_alloc, or std::runtime_error if OpenSSL or zlib fails; no message names the key.
inline std::string make_usersig(std::uint32_t sdkappid, std::string_view secret_key, std::string_view identifier,
                                std::chrono::seconds expire,
                                std::chrono::system_clock::time_point now = std::chrono::system_clock::now()) {
    return detail::make_usersig_impl(sdkappid, secret_key, identifier, expire, std::nullopt, now);
}

/// As make_usersig, also signing `userbuf` (raw bytes, sent as `TLS.userbuf`); for TRTC PrivateMapKey, never
/// needed for Chat REST calls.
inline std::string make_usersig_with_userbuf(
    std::uint32_t sdkappid, std::string_view secret_key, std::string_view identifier, std::chrono::seconds expire,
    std::string_view userbuf, std::chrono::system_clock::time_point now = std::chrono::system_clock::now()) {
    return detail::make_usersig_impl(sdkappid, secret_key, identifier, expire, userbuf, now);
}

/// Checks a UserSig as the server does: decodes it, then compares the app, the identifier, expiry
/// (expired iff `now > time + expire`), the absence of a userbuf and, in constant time, the HMAC.
/// Returns a usersig_errc (empty on success). `*claims_out`, when given, receives the claims whenever
/// decoding succeeded, even if a later check failed.
/// Throws only std::bad_alloc, or std::runtime_error if OpenSSL fails.
inline std::error_code verify_usersig(std::string_view usersig, std::uint32_t sdkappid, std::string_view secret_key,
                                      std::string_view identifier,
                                      std::chrono::system_clock::time_point now = std::chrono::system_clock::now(),
                                      usersig_claims* claims_out = nullptr) {
    return detail::verify_usersig_impl(usersig, sdkappid, secret_key, identifier, std::nullopt, now, claims_out);
}

/// As verify_usersig, but requires `TLS.userbuf` to decode to exactly `userbuf`.
inline std::error_code verify_usersig_with_userbuf(
    std::string_view usersig, std::uint32_t sdkappid, std::string_view secret_key, std::string_view identifier,
    std::string_view userbuf, std::chrono::system_clock::time_point now = std::chrono::system_clock::now(),
    usersig_claims* claims_out = nullptr) {
    return detail::verify_usersig_impl(usersig, sdkappid, secret_key, identifier, userbuf, now, claims_out);
}

/// Decodes a UserSig without checking it (no key needed): for diagnostics such as reading its expiry.
/// On failure returns nullopt and sets `ec` to the usersig_errc; on success clears `ec`.
inline std::optional<usersig_claims> decode_usersig(std::string_view usersig, std::error_code& ec) {
    detail::usersig_document doc;
    ec = detail::parse_usersig(usersig, doc);
    if (ec) return std::nullopt;
    return std::move(doc.claims);
}

/// Decodes a UserSig without checking it; nullopt if it is malformed.
inline std::optional<usersig_claims> decode_usersig(std::string_view usersig) {
    std::error_code ec;
    return decode_usersig(usersig, ec);
}

}  // namespace timrest

#endif
