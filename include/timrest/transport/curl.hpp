#ifndef TIMREST_TRANSPORT_CURL_HPP_INCLUDED
#define TIMREST_TRANSPORT_CURL_HPP_INCLUDED

// The real transport: libcurl easy handles kept between calls, so a client reuses its connections
// (a TLS handshake per call would cost far more than all the JSON work).

#include "timrest/core/detail/chrono.hpp"
#include "timrest/core/detail/config.hpp"
#include "timrest/transport/curl_options.hpp"
#include "timrest/transport/error.hpp"
#include "timrest/transport/transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstdint>
#include <atomic>
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

// One request on an easy handle, whether curl_easy_perform or a multi handle drives it: its options, the body it
// reads from and the reply it writes to. Must not move while the handle may call back into it.
class curl_exchange {
public:
    curl_exchange(const curl_exchange&) = delete;
    curl_exchange& operator=(const curl_exchange&) = delete;

    /// Sets up `handle` to POST `body` (which must outlive the exchange) to `url`.
    curl_exchange(curl_handle handle, const std::string& url, std::string_view body, const send_options& how,
                  const curl_options& options)
        : handle_(std::move(handle)), upload_{.body = body, .idempotent = how.idempotent} {
        CURL* h = handle_.get();
        curl_easy_setopt(h, CURLOPT_URL, url.c_str());
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_READFUNCTION, &curl_read);
        curl_easy_setopt(h, CURLOPT_READDATA, &upload_);
        curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, &curl_seek);
        curl_easy_setopt(h, CURLOPT_SEEKDATA, &upload_);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));  // Content-Length
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, handle_.headers());
        curl_easy_setopt(h, CURLOPT_USERAGENT, options.user_agent.c_str());
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout.count()));
        auto timeout = options.timeout;
        if (how.timeout.count() > 0 && (timeout.count() == 0 || how.timeout < timeout)) timeout = how.timeout;
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, options.verify_tls ? 1L : 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, options.verify_tls ? 2L : 0L);
        if (options.ca_file) curl_easy_setopt(h, CURLOPT_CAINFO, options.ca_file->c_str());
        if (!options.proxy.empty()) curl_easy_setopt(h, CURLOPT_PROXY, options.proxy.c_str());
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM, for threaded callers
        curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &curl_append);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &out_.response.body);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer_);
    }

    CURL* easy() const noexcept { return handle_.get(); }

    /// The outcome once libcurl has finished with `rc`, and the handle back, cleared of pointers into this
    /// exchange. Adds the connections the request opened to `connections`.
    std::pair<http_outcome, curl_handle> finish(CURLcode rc, std::atomic<std::size_t>& connections) {
        CURL* h = handle_.get();
        long new_connections = 0;
        curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &new_connections);
        connections += static_cast<std::size_t>(new_connections);
        if (rc == CURLE_OK) {
            curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &out_.response.status);
        } else if (upload_.refused_resend) {
            out_.error = transport_errc::receive_failed;
            out_.detail = "the connection closed after the request was sent and before any reply; not sent again, "
                          "since the endpoint is not idempotent: the service may have applied it";
        } else {
            out_.error = to_transport_errc(rc);
            // The error buffer names host and port at most; curl never copies the query into it.
            out_.detail = rc == CURLE_WRITE_ERROR ? "the reply is larger than 16 MiB, or memory ran out"
                          : error_buffer_[0]      ? error_buffer_
                                                  : curl_easy_strerror(rc);
        }
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, nullptr);
        curl_easy_setopt(h, CURLOPT_READDATA, nullptr);
        curl_easy_setopt(h, CURLOPT_SEEKDATA, nullptr);
        return {std::move(out_), std::move(handle_)};
    }

private:
    curl_handle handle_;
    curl_upload upload_;
    http_outcome out_;
    char error_buffer_[CURL_ERROR_SIZE] = {};
};

// Idle easy handles and multi handles, for reuse: a handle keeps its connections between requests.
class curl_pool {
public:
    curl_handle easy() {
        std::lock_guard lock(mutex_);
        if (idle_.empty()) return curl_handle{};
        auto h = std::move(idle_.back());
        idle_.pop_back();
        return h;
    }
    void put(curl_handle h) {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(h));
    }
    CURLM* multi() {
        {
            std::lock_guard lock(mutex_);
            if (!multis_.empty()) {
                CURLM* m = multis_.back();
                multis_.pop_back();
                return m;
            }
        }
        CURLM* m = curl_multi_init();
        if (!m) throw std::runtime_error("timrest: curl_multi_init failed");
        return m;
    }
    void put(CURLM* m) {
        std::lock_guard lock(mutex_);
        try {
            multis_.push_back(m);
        } catch (...) {
            curl_multi_cleanup(m);
        }
    }
    ~curl_pool() {
        for (CURLM* m : multis_) curl_multi_cleanup(m);
    }

private:
    std::mutex mutex_;
    std::vector<curl_handle> idle_;
    std::vector<CURLM*> multis_;
};

class curl_transfers;

}  // namespace detail

/// POSTs over libcurl. Idle easy handles are pooled: sequential calls reuse one handle and its connection;
/// concurrent calls each take their own. open_transfers() drives many requests from one thread over a multi
/// handle, also pooled, so that one batch after another reuses its connections.
class curl_transport final : public transport {
public:
    explicit curl_transport(curl_options options = {})
        : options_(std::move(options)), state_(std::make_shared<state>()) {
        detail::curl_global();
    }

    http_outcome post(const std::string& url, std::string_view body, const send_options& how) override {
        detail::curl_exchange exchange(state_->pool.easy(), url, body, how, options_);
        const CURLcode rc = curl_easy_perform(exchange.easy());
        auto [out, handle] = exchange.finish(rc, state_->connections_opened);
        state_->pool.put(std::move(handle));
        return std::move(out);
    }

    std::unique_ptr<transfer_set> open_transfers() override;

    /// Connections opened so far. Keep-alive reuse shows as calls that open none.
    std::size_t connections_opened() const noexcept { return state_->connections_opened.load(); }

    const curl_options& options() const noexcept { return options_; }

private:
    friend class detail::curl_transfers;
    // Shared with the transfer sets, which may outlive the transport.
    struct state {
        detail::curl_pool pool;
        std::atomic<std::size_t> connections_opened{0};
    };

    curl_options options_;
    std::shared_ptr<state> state_;
};

namespace detail {

// Requests in flight together on one multi handle, driven by wait() on the owner's thread.
class curl_transfers final : public transfer_set {
public:
    curl_transfers(curl_options options, std::shared_ptr<curl_transport::state> state)
        : options_(std::move(options)), state_(std::move(state)), multi_(state_->pool.multi()) {}
    ~curl_transfers() override {
        for (auto& t : active_) curl_multi_remove_handle(multi_, t->exchange.easy());
        active_.clear();
        state_->pool.put(multi_);
    }
    curl_transfers(const curl_transfers&) = delete;
    curl_transfers& operator=(const curl_transfers&) = delete;

    void start(std::uint64_t id, const std::string& url, std::string_view body, const send_options& how) override {
        auto t = std::make_unique<transfer>(id, state_->pool.easy(), url, body, how, options_);
        if (curl_multi_add_handle(multi_, t->exchange.easy()) != CURLM_OK)
            throw std::runtime_error("timrest: curl_multi_add_handle failed");
        active_.push_back(std::move(t));
    }

    std::vector<finished_transfer> wait(std::chrono::milliseconds timeout) override {
        std::vector<finished_transfer> done;
        int running = 0;
        curl_multi_perform(multi_, &running);
        collect(done);
        if (!done.empty() || active_.empty()) return done;
        curl_multi_poll(multi_, nullptr, 0, static_cast<int>(std::clamp<long long>(timeout.count(), 0, 60'000)),
                        nullptr);
        curl_multi_perform(multi_, &running);
        collect(done);
        return done;
    }

    void wake() noexcept override { curl_multi_wakeup(multi_); }

private:
    struct transfer {
        transfer(std::uint64_t transfer_id, curl_handle handle, const std::string& url, std::string_view body,
                 const send_options& how, const curl_options& options)
            : id(transfer_id), exchange(std::move(handle), url, body, how, options) {}
        std::uint64_t id;
        curl_exchange exchange;
    };

    void collect(std::vector<finished_transfer>& done) {
        int left = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
            if (msg->msg != CURLMSG_DONE) continue;
            CURL* easy = msg->easy_handle;
            const CURLcode rc = msg->data.result;
            curl_multi_remove_handle(multi_, easy);
            auto it = std::find_if(active_.begin(), active_.end(), [&](auto& t) { return t->exchange.easy() == easy; });
            if (it == active_.end()) continue;
            auto [out, handle] = (*it)->exchange.finish(rc, state_->connections_opened);
            state_->pool.put(std::move(handle));
            done.push_back({(*it)->id, std::move(out)});
            active_.erase(it);
        }
    }

    curl_options options_;
    std::shared_ptr<curl_transport::state> state_;
    CURLM* multi_;
    std::vector<std::unique_ptr<transfer>> active_;
};

}  // namespace detail

inline std::unique_ptr<transfer_set> curl_transport::open_transfers() {
    return std::make_unique<detail::curl_transfers>(options_, state_);
}

}  // namespace timrest

#endif
