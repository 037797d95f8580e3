#ifndef TIMREST_TRANSPORT_CURL_HPP_INCLUDED
#define TIMREST_TRANSPORT_CURL_HPP_INCLUDED

// The real transport: libcurl easy handles kept between calls, so a client reuses its connections
// (a TLS handshake per call would cost far more than all the JSON work).

#include "timrest/core/detail/config.hpp"
#include "timrest/transport/curl_options.hpp"
#include "timrest/transport/error.hpp"
#include "timrest/transport/transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest {

namespace detail {

// curl_global_init is not thread-safe and must run once before any handle exists.
inline void curl_global() {
    static const bool ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!ok) throw std::runtime_error("timrest: curl_global_init failed");
}

// Owns one easy handle and its header list, as cpr's curlholder.h does.
class curl_handle {
public:
    curl_handle() : easy_(curl_easy_init()) {
        if (!easy_) throw std::runtime_error("timrest: curl_easy_init failed");
        // "Expect:" stops curl from waiting for 100-continue on larger bodies.
        for (const char* h : {"Content-Type: application/json", "Accept: application/json", "Expect:"}) {
            auto next = curl_slist_append(headers_, h);
            if (!next) {
                release();  // the destructor does not run for a constructor that throws
                throw std::runtime_error("timrest: curl_slist_append failed");
            }
            headers_ = next;
        }
    }
    ~curl_handle() { release(); }
    curl_handle(const curl_handle&) = delete;
    curl_handle& operator=(const curl_handle&) = delete;
    curl_handle(curl_handle&& o) noexcept
        : easy_(std::exchange(o.easy_, nullptr)), headers_(std::exchange(o.headers_, nullptr)) {}
    curl_handle& operator=(curl_handle&& o) noexcept {
        std::swap(easy_, o.easy_);
        std::swap(headers_, o.headers_);
        return *this;
    }

    CURL* get() const noexcept { return easy_; }
    curl_slist* headers() const noexcept { return headers_; }

private:
    void release() noexcept {
        if (easy_) curl_easy_cleanup(std::exchange(easy_, nullptr));
        if (headers_) curl_slist_free_all(std::exchange(headers_, nullptr));
    }

    CURL* easy_ = nullptr;
    curl_slist* headers_ = nullptr;
};

inline transport_errc to_transport_errc(CURLcode c) noexcept {
    switch (c) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY: return transport_errc::resolve_failed;
        case CURLE_COULDNT_CONNECT: return transport_errc::connect_failed;
        case CURLE_OPERATION_TIMEDOUT: return transport_errc::timed_out;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE: return transport_errc::tls_failed;
        case CURLE_SEND_ERROR: return transport_errc::send_failed;
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE: return transport_errc::receive_failed;
        case CURLE_URL_MALFORMAT:
        case CURLE_UNSUPPORTED_PROTOCOL: return transport_errc::bad_url;
        default: return transport_errc::other;
    }
}

// Replies of the Chat API are small; anything near this is not one, and is cut off rather than buffered.
inline constexpr std::size_t max_reply_bytes = 16 * 1024 * 1024;

// Called from libcurl's C code, so nothing may escape it: returning less than given aborts the transfer.
inline std::size_t curl_append(char* data, std::size_t size, std::size_t count, void* out) noexcept {
    auto& body = *static_cast<std::string*>(out);
    const std::size_t n = size * count;
    if (body.size() + n > max_reply_bytes) return 0;
    try {
        body.append(data, n);
    } catch (...) {
        return 0;
    }
    return n;
}

// The request body, handed to libcurl by a read callback rather than as CURLOPT_POSTFIELDS, so that libcurl must
// ask before it sends the body a second time: when a kept-alive connection dies after the request was written
// and before any reply, libcurl silently resends it on a fresh connection, rewinding the body through the seek
// callback. Refusing the rewind turns that resend into CURLE_SEND_FAIL_REWIND for a request that is not
// idempotent. Measured against a server that closed reused connections after reading the request: with
// POSTFIELDS the request arrived twice and the call succeeded.
struct curl_upload {
    std::string_view body;
    std::size_t offset = 0;
    bool idempotent = false;
    bool refused_resend = false;
};

inline std::size_t curl_read(char* out, std::size_t size, std::size_t count, void* state) noexcept {
    auto& up = *static_cast<curl_upload*>(state);
    const std::size_t n = std::min(size * count, up.body.size() - up.offset);
    std::memcpy(out, up.body.data() + up.offset, n);
    up.offset += n;
    return n;
}

inline int curl_seek(void* state, curl_off_t offset, int origin) noexcept {
    auto& up = *static_cast<curl_upload*>(state);
    if (origin != SEEK_SET || offset < 0 || static_cast<std::size_t>(offset) > up.body.size())
        return CURL_SEEKFUNC_CANTSEEK;
    if (!up.idempotent && up.offset > 0) {  // some of it went out already: a resend may apply it twice
        up.refused_resend = true;
        return CURL_SEEKFUNC_FAIL;
    }
    up.offset = static_cast<std::size_t>(offset);
    return CURL_SEEKFUNC_OK;
}

}  // namespace detail

/// POSTs over libcurl. Idle easy handles are pooled: sequential calls reuse one handle and its connection;
/// concurrent calls each take their own.
class curl_transport final : public transport {
public:
    explicit curl_transport(curl_options options = {}) : options_(std::move(options)) { detail::curl_global(); }

    http_outcome post(const std::string& url, std::string_view body, const send_options& how) override {
        auto handle = acquire();
        http_outcome out;
        char error_buffer[CURL_ERROR_SIZE] = {};
        detail::curl_upload upload{.body = body, .idempotent = how.idempotent};
        CURL* h = handle.get();
        curl_easy_setopt(h, CURLOPT_URL, url.c_str());
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_READFUNCTION, &detail::curl_read);
        curl_easy_setopt(h, CURLOPT_READDATA, &upload);
        curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, &detail::curl_seek);
        curl_easy_setopt(h, CURLOPT_SEEKDATA, &upload);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));  // Content-Length
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, handle.headers());
        curl_easy_setopt(h, CURLOPT_USERAGENT, options_.user_agent.c_str());
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
        auto timeout = options_.timeout;
        if (how.timeout.count() > 0 && (timeout.count() == 0 || how.timeout < timeout)) timeout = how.timeout;
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, options_.verify_tls ? 1L : 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, options_.verify_tls ? 2L : 0L);
        if (options_.ca_file) curl_easy_setopt(h, CURLOPT_CAINFO, options_.ca_file->c_str());
        if (!options_.proxy.empty()) curl_easy_setopt(h, CURLOPT_PROXY, options_.proxy.c_str());
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM, for threaded callers
        curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &detail::curl_append);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &out.response.body);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);

        const CURLcode rc = curl_easy_perform(h);
        long new_connections = 0;
        curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &new_connections);
        connections_opened_ += static_cast<std::size_t>(new_connections);
        if (rc == CURLE_OK) {
            curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &out.response.status);
        } else if (upload.refused_resend) {
            out.error = transport_errc::receive_failed;
            out.detail = "the connection closed after the request was sent and before any reply; not sent again, "
                         "since the endpoint is not idempotent: the service may have applied it";
        } else {
            out.error = detail::to_transport_errc(rc);
            // The error buffer names host and port at most; curl never copies the query into it.
            out.detail = rc == CURLE_WRITE_ERROR ? "the reply is larger than 16 MiB, or memory ran out"
                         : error_buffer[0]       ? error_buffer
                                                 : curl_easy_strerror(rc);
        }
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, nullptr);
        curl_easy_setopt(h, CURLOPT_READDATA, nullptr);
        curl_easy_setopt(h, CURLOPT_SEEKDATA, nullptr);
        release(std::move(handle));
        return out;
    }

    /// Connections opened so far. Keep-alive reuse shows as calls that open none.
    std::size_t connections_opened() const noexcept { return connections_opened_.load(); }

    const curl_options& options() const noexcept { return options_; }

private:
    detail::curl_handle acquire() {
        {
            std::lock_guard lock(mutex_);
            if (!idle_.empty()) {
                auto h = std::move(idle_.back());
                idle_.pop_back();
                return h;
            }
        }
        return detail::curl_handle{};
    }
    void release(detail::curl_handle h) {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(h));
    }

    curl_options options_;
    std::mutex mutex_;
    std::vector<detail::curl_handle> idle_;
    std::atomic<std::size_t> connections_opened_{0};
};

}  // namespace timrest

#endif
