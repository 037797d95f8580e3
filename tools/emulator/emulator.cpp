// The emulator's server (Boost.Beast on C++20 coroutines); the families' TUs add their endpoints to it.

#include "emulator.hpp"

#include "world.hpp"
#include "timrest/auth/usersig.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/parse.hpp>
#include <curl/curl.h>

#include <atomic>
#include <charconv>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <random>
#include <stdexcept>
#include <string_view>
#include <thread>

namespace timrest::emulator {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

std::string percent_decode(std::string_view v) {
    int length = 0;
    std::unique_ptr<char, decltype(&curl_free)> decoded(
        curl_easy_unescape(nullptr, v.data(), static_cast<int>(v.size()), &length), &curl_free);
    if (!decoded) throw std::bad_alloc();
    return std::string(decoded.get(), static_cast<std::size_t>(length));
}

std::optional<std::string> query_param(std::string_view query, std::string_view key) {
    while (!query.empty()) {
        const auto amp = query.find('&');
        const auto pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        const auto eq = pair.find('=');
        if (eq != std::string_view::npos && pair.substr(0, eq) == key) return percent_decode(pair.substr(eq + 1));
    }
    return std::nullopt;
}

namespace {

template <class I>
bool parse_decimal(std::string_view s, I& out) {
    if (s.empty()) return false;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

// The service's code for each way a UserSig can fail verification.
int usersig_failure_code(std::error_code ec) {
    switch (static_cast<usersig_errc>(ec.value())) {
        case usersig_errc::empty: return 70002;
        case usersig_errc::expired: return 70001;
        case usersig_errc::identifier_mismatch: return 70013;
        case usersig_errc::sdkappid_mismatch: return 70014;
        case usersig_errc::signature_mismatch: return 70009;
        default: return 70003;  // unparsable or truncated
    }
}

}  // namespace

struct server::impl {
    app application;
    asio::io_context ioc{1};
    tcp::acceptor acceptor;
    std::thread thread;
    std::atomic<std::size_t> accepted{0};

    mutable std::mutex mutex;  // guards everything below, and the behaviours' state
    std::vector<received_request> received;  // the most recent ones, for tests
    static constexpr std::size_t max_recorded = 10000;
    std::map<std::string, std::function<reply(const boost::json::value&)>, std::less<>> handlers;
    world state;
    std::function<void(const received_request&, std::string&)> misbehave;
    std::function<bool(const received_request&, std::size_t)> hang_up;
    impairments trouble;
    std::size_t script_done = 0;  // steps of trouble.script used
    std::mt19937 dice;
    std::map<std::string, std::deque<std::chrono::steady_clock::time_point>, std::less<>> recent_calls;  // per path
    std::size_t faults = 0;
    std::size_t limited = 0;
    std::map<std::string, std::size_t, std::less<>> usersig_uses;  // requests per verified UserSig
    std::size_t expire_at = 0;                                     // expire_each_usersig_at
    std::size_t expiries = 0;

    impl(app a, std::uint16_t port)
        : application(std::move(a)), acceptor(ioc, tcp::endpoint(asio::ip::make_address("127.0.0.1"), port)) {}

    asio::awaitable<void> listen() {
        for (;;) {
            beast::error_code ec;
            tcp::socket socket = co_await acceptor.async_accept(asio::redirect_error(asio::use_awaitable, ec));
            if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
            if (ec) continue;  // e.g. out of file descriptors for a moment: keep accepting
            ++accepted;
            asio::co_spawn(ioc, session(std::move(socket)), asio::detached);
        }
    }

    asio::awaitable<void> session(tcp::socket socket) {
        beast::flat_buffer buffer;
        try {
            for (std::size_t nth = 1;; ++nth) {
                http::request<http::string_body> request;
                co_await http::async_read(socket, buffer, request, asio::use_awaitable);
                auto [response, latency] = handle(request, nth);
                if (latency.count() > 0) {
                    asio::steady_timer timer(socket.get_executor(), latency);
                    co_await timer.async_wait(asio::use_awaitable);
                }
                if (!response) break;  // hang up without a reply
                const bool keep = response->keep_alive();
                co_await http::async_write(socket, *response, asio::use_awaitable);
                if (!keep) break;
            }
        } catch (const std::exception&) {
            // the peer closed the connection or sent garbage: drop it, as a server does
        }
        beast::error_code ignored;
        socket.shutdown(tcp::socket::shutdown_send, ignored);
    }

    struct handled {
        std::optional<http::response<http::string_body>> response;  // none: drop the connection
        std::chrono::milliseconds latency{};                        // to wait before answering
    };

    // Over impairments::rate_limit for this path in the last second? Counts the call when it is not.
    bool over_rate_limit(std::string_view path) {
        if (trouble.rate_limit == 0) return false;
        const auto now = std::chrono::steady_clock::now();
        auto it = recent_calls.find(path);
        if (it == recent_calls.end()) it = recent_calls.emplace(std::string(path), std::deque<std::chrono::steady_clock::time_point>{}).first;
        auto& calls = it->second;
        while (!calls.empty() && now - calls.front() >= std::chrono::seconds(1)) calls.pop_front();
        if (calls.size() >= trouble.rate_limit) return true;
        calls.push_back(now);
        return false;
    }

    // While impairments::script lasts, its next step: empty for "ok", else the fault.
    std::optional<std::string_view> next_step() {
        if (script_done >= trouble.script.size()) return std::nullopt;
        const std::string& step = trouble.script[script_done++];
        if (step == "ok") return std::string_view();
        ++faults;
        return step;
    }

    // The fault impairments picks at random for this request, or empty.
    std::string_view pick_fault() {
        if (trouble.faults.empty() || trouble.fault_rate <= 0) return {};
        if (std::uniform_real_distribution<double>(0, 1)(dice) >= trouble.fault_rate) return {};
        ++faults;
        return trouble.faults[std::uniform_int_distribution<std::size_t>(0, trouble.faults.size() - 1)(dice)];
    }

    // The response to the `nth` request of its connection, or none when the connection is to be dropped.
    handled handle(const http::request<http::string_body>& request, std::size_t nth) {
        std::lock_guard lock(mutex);
        if (received.size() >= max_recorded) received.erase(received.begin(), received.begin() + max_recorded / 2);
        received.push_back({std::string(request.method_string()), std::string(request.target()),
                            std::string(request[http::field::content_type]),
                            std::string(request[http::field::user_agent]), request.body()});
        if (hang_up && hang_up(received.back(), nth)) return {};
        const std::string_view path = request.target().substr(0, request.target().find('?'));
        // The script, while it lasts, says which request gets which fault; then chance does. A request without a
        // fault may still be over the rate limit.
        const std::optional<std::string_view> step = next_step();
        const bool over_limit = (!step || step->empty()) && over_rate_limit(path);
        const std::string_view fault = over_limit ? std::string_view() : step ? *step : pick_fault();
        if (fault == "502") {
            http::response<http::string_body> bad{http::status::bad_gateway, request.version()};
            bad.keep_alive(request.keep_alive());
            bad.body() = "502 Bad Gateway (injected)";
            bad.prepare_payload();
            return {std::move(bad), trouble.latency};
        }
        reply r;
        if (over_limit) {
            ++limited;
            r = {60007, "REST API call frequency limit exceeded (emulated)", {}};
        } else if (!fault.empty() && fault != "reset") {
            r = {std::stoi(std::string(fault)), "fault injected by the emulator", {}};
        } else {
            r = answer(request);
        }
        if (fault == "reset") return {std::nullopt, trouble.latency};  // applied, then the connection drops

        boost::json::object body = std::move(r.fields);
        body["ActionStatus"] = r.code == 0 ? "OK" : "FAIL";
        body["ErrorCode"] = r.code;
        body["ErrorInfo"] = r.info;
        http::response<http::string_body> response{http::status::ok, request.version()};
        response.set(http::field::server, "timrest-emulator");
        response.set(http::field::content_type, "application/json");
        response.keep_alive(request.keep_alive());
        response.body() = boost::json::serialize(body);
        if (misbehave) misbehave(received.back(), response.body());
        response.prepare_payload();
        return {std::move(response), trouble.latency};
    }

    // The checks the REST gateway makes before any endpoint sees the request (spec §1.1, §1.7, §2.3).
    reply answer(const http::request<http::string_body>& request) {
        if (request.method() != http::verb::post) return {60002, "only POST is supported", {}};
        const std::string_view target = request.target();
        const auto q = target.find('?');
        const std::string_view path = target.substr(0, q);
        const std::string_view query = q == std::string_view::npos ? std::string_view() : target.substr(q + 1);

        const auto sdkappid_text = query_param(query, "sdkappid");
        if (!sdkappid_text) return {60012, "sdkappid is missing", {}};
        std::uint32_t sdkappid = 0;
        if (!parse_decimal(*sdkappid_text, sdkappid)) return {60002, "sdkappid must be a decimal number", {}};
        if (sdkappid != application.sdkappid) return {70020, "SDKAppID not found", {}};

        const auto identifier = query_param(query, "identifier");
        if (!identifier || identifier->empty()) return {60004, "identifier is missing", {}};
        const auto usersig = query_param(query, "usersig");
        if (!usersig || usersig->empty()) return {70002, "usersig is missing", {}};
        if (auto ec = verify_usersig(*usersig, application.sdkappid, application.secret_key, *identifier))
            return {usersig_failure_code(ec), "usersig check failed: " + ec.message(), {}};
        if (*identifier != application.admin) return {60010, "identifier is not an app admin", {}};
        if (++usersig_uses[*usersig] == expire_at) {
            ++expiries;
            return {70001, "usersig check failed: UserSig has expired (injected)", {}};
        }

        std::uint32_t random = 0;
        const auto random_text = query_param(query, "random");
        if (!random_text || !parse_decimal(*random_text, random))
            return {60002, "random must be a 32-bit unsigned decimal", {}};
        if (query_param(query, "contenttype") != std::optional<std::string_view>("json"))
            return {60002, "contenttype must be json", {}};

        const auto handler = path.starts_with('/') ? handlers.find(path.substr(1)) : handlers.end();
        if (handler == handlers.end()) return {60009, "no such service or command", {}};

        boost::system::error_code ec;
        auto body = boost::json::parse(request.body(), ec);
        if (ec || !body.is_object()) return {60003, "the body is not a JSON object", {}};
        return handler->second(body);
    }
};

// Each family's TU (generated from family.cpp.in) serves its endpoints.
#define TIMREST_FAMILY(name) void serve_##name(server&, world&);
#include "emulator_families.inc"
#undef TIMREST_FAMILY

server::server(app a, std::uint16_t port) : impl_(std::make_unique<impl>(std::move(a), port)) {
    // Every declared endpoint is served: the service's own checks come first, then the declaration's (as the
    // client applies them), then its family's behaviour, which may assume a valid request.
#define TIMREST_FAMILY(name) serve_##name(*this, impl_->state);
#include "emulator_families.inc"
#undef TIMREST_FAMILY
}

server::~server() { stop(); }

std::uint16_t server::port() const noexcept { return impl_->acceptor.local_endpoint().port(); }
std::string server::base_url() const { return "http://127.0.0.1:" + std::to_string(port()); }
const app& server::application() const noexcept { return impl_->application; }

void server::start() {
    if (impl_->thread.joinable()) throw std::logic_error("timrest::emulator::server::start: already started");
    asio::co_spawn(impl_->ioc, impl_->listen(), asio::detached);
    impl_->thread = std::thread([this] { impl_->ioc.run(); });
}

void server::run() {
    asio::co_spawn(impl_->ioc, impl_->listen(), asio::detached);
    impl_->ioc.run();
}

void server::stop() {
    impl_->ioc.stop();
    if (impl_->thread.joinable()) impl_->thread.join();
}

std::size_t server::connections_accepted() const { return impl_->accepted.load(); }

std::vector<received_request> server::requests() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->received;
}

namespace {

// A fault of impairments::faults, or with `scripted` a step of impairments::script, which may also be "ok".
void check_fault(const std::string& f, bool scripted) {
    if (scripted && f == "ok") return;
    int code = 0;
    const auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), code);
    const bool number = ec == std::errc() && end == f.data() + f.size();
    if (f != "reset" && f != "502" && !(number && code > 0))
        throw std::invalid_argument("timrest::emulator: unknown fault \"" + f + "\"; use " + (scripted ? "ok, " : "") +
                                    "reset, 502 or a service ErrorCode such as 50004");
}

}  // namespace

void server::impair(impairments i) {
    for (const auto& f : i.faults) check_fault(f, false);
    for (const auto& step : i.script) check_fault(step, true);
    if (!(i.fault_rate >= 0 && i.fault_rate <= 1))
        throw std::invalid_argument("timrest::emulator: the fault rate must be between 0 and 1");
    std::lock_guard lock(impl_->mutex);
    impl_->dice.seed(i.seed);
    impl_->recent_calls.clear();
    impl_->script_done = 0;
    impl_->trouble = std::move(i);
}

std::size_t server::faults_injected() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->faults;
}

std::size_t server::rate_limited() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->limited;
}

void server::hang_up_when(std::function<bool(const received_request&, std::size_t nth_on_connection)> f) {
    std::lock_guard lock(impl_->mutex);
    impl_->hang_up = std::move(f);
}

void server::misbehave(std::function<void(const received_request&, std::string& body)> f) {
    std::lock_guard lock(impl_->mutex);
    impl_->misbehave = std::move(f);
}

void server::expire_each_usersig_at(std::size_t nth) {
    std::lock_guard lock(impl_->mutex);
    impl_->expire_at = nth;
}

std::size_t server::usersigs_seen() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->usersig_uses.size();
}

std::size_t server::expiries_injected() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->expiries;
}

void server::with_world(const std::function<void(world&)>& f) {
    std::lock_guard lock(impl_->mutex);
    f(impl_->state);
}

void server::add_handler(std::string_view path, std::function<reply(const boost::json::value&)> handler) {
    std::lock_guard lock(impl_->mutex);
    impl_->handlers.insert_or_assign(std::string(path), std::move(handler));
}

}  // namespace timrest::emulator
