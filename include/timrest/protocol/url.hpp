#ifndef TIMREST_PROTOCOL_URL_HPP_INCLUDED
#define TIMREST_PROTOCOL_URL_HPP_INCLUDED

// The request URL, and the one function that makes a URL safe to print.
//   {base}/v4/{service}/{command}?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json

#include <curl/curl.h>

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>

namespace timrest {

namespace detail {
// libcurl's encoder: every byte but the RFC 3986 unreserved ones (A-Za-z0-9-._~) becomes %XX, so a UserSig's
// `*` goes as %2A, as the service's own SDKs send it (Go's url.QueryEscape does the same).
inline void append_query_value(std::string& out, std::string_view v) {
    if (v.empty()) return;
    // The handle argument is ignored since libcurl 7.82 (Debian 12 has 7.88).
    std::unique_ptr<char, decltype(&curl_free)> escaped(
        curl_easy_escape(nullptr, v.data(), static_cast<int>(v.size())), &curl_free);
    if (!escaped) throw std::bad_alloc();
    out += escaped.get();
}
}  // namespace detail

/// The full request URL. `base` is a scheme and host, optionally with a port, without a trailing slash.
inline std::string make_request_url(std::string_view base, std::string_view path, std::uint32_t sdkappid,
                                    std::string_view identifier, std::string_view usersig, std::uint32_t random) {
    std::string url;
    url.reserve(base.size() + path.size() + usersig.size() + identifier.size() + 96);
    url += base;
    url += '/';
    url += path;
    url += "?sdkappid=";
    url += std::to_string(sdkappid);
    url += "&identifier=";
    detail::append_query_value(url, identifier);
    url += "&usersig=";
    detail::append_query_value(url, usersig);
    url += "&random=";
    url += std::to_string(random);
    url += "&contenttype=json";
    return url;
}

/// `url` with every query value outside an allowlist (sdkappid, identifier, random, contenttype) replaced by
/// REDACTED, so a parameter added later stays hidden by default. Use it wherever a URL could be printed.
inline std::string redact_url(std::string_view url) {
    static constexpr std::string_view allowed[] = {"sdkappid", "identifier", "random", "contenttype"};
    const auto q = url.find('?');
    if (q == std::string_view::npos) return std::string(url);
    std::string out(url.substr(0, q + 1));
    std::string_view query = url.substr(q + 1);
    bool first = true;
    while (!query.empty()) {
        const auto amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        const auto eq = pair.find('=');
        std::string_view key = pair.substr(0, eq);
        bool keep = false;
        for (auto a : allowed) keep = keep || key == a;
        if (!first) out += '&';
        first = false;
        out += key;
        if (eq != std::string_view::npos) out += keep ? pair.substr(eq) : std::string_view("=REDACTED");
    }
    return out;
}

}  // namespace timrest

#endif
