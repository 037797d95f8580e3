#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <boost/describe/class.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace integration_stress_test {

// One client shared by 32 threads for 50,000 calls against the emulator, with everything that touches shared
// state on: pacing, scheduled UserSig renewals and injected 70001 replies that force unscheduled ones. Run
// under ThreadSanitizer by the `tsan` preset; in the other builds it checks the same behaviour, faster.

namespace {

// An endpoint of the test's own, with a declared rate high enough that pacing is on but costs seconds, not
// minutes (the family's 200 calls a second would take 250 s for 50,000 calls).
struct echo_request {
    std::int64_t Seq = 0;
};
BOOST_DESCRIBE_STRUCT(echo_request, (), (Seq))

struct echo_response {
    std::int64_t Seq = 0;
};
BOOST_DESCRIBE_STRUCT(echo_response, (), (Seq))

struct echo {
    static constexpr std::string_view path = "v4/stress/echo";
    static constexpr unsigned calls_per_second = 100000;
    using request = echo_request;
    using response = echo_response;
    static constexpr timrest::service_error errors[] = {{70402, "invalid parameter"}};
};

}  // namespace

TEST_CASE("stress: 32 threads share one client for 50,000 paced calls through UserSig renewals and injected 70001s",
          "[integration][threads][stress]") {
    constexpr int threads = 32;
    constexpr int calls_per_thread = 1563;  // 50,016 calls
    constexpr int calls_per_epoch = 1000;   // the test's clock moves past half the UserSig lifetime this often
    constexpr std::size_t expire_at = 100;  // the emulator answers 70001 to the 100th request of each UserSig

    timrest::emulator::server srv;
    std::atomic<int> handled{0};
    srv.serve<echo>([&handled](const echo_request& request) {
        ++handled;
        return timrest::emulator::answer<echo_response>(echo_response{.Seq = request.Seq});
    });
    srv.expire_each_usersig_at(expire_at);
    srv.start();

    std::atomic<std::int64_t> completed{0};
    auto config = timrest_test::config_for(srv);
    config.pace_calls = true;
    config.usersig_lifetime = std::chrono::seconds(200);
    const auto start = std::chrono::system_clock::now();
    config.clock = [&completed, start] {
        return start + std::chrono::seconds(101) * (completed.load() / calls_per_epoch);
    };
    timrest::client chat(std::move(config));

    std::atomic<int> succeeded{0};
    std::atomic<int> echoed{0};
    int failed = 0;
    std::mutex first_failure_mutex;
    std::string first_failure;
    {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                for (int i = 0; i < calls_per_thread; ++i) {
                    const std::int64_t seq = std::int64_t{t} * calls_per_thread + i;
                    auto r = timrest::try_call<echo>(chat, {.Seq = seq});
                    ++completed;
                    if (!r) {  // Catch's macros are not for other threads: keep the first message for the end
                        std::lock_guard lock(first_failure_mutex);
                        if (failed++ == 0) first_failure = r.error().message();
                        continue;
                    }
                    ++succeeded;
                    if (r->Seq == seq) ++echoed;
                }
            });
    }

    INFO("first failure: " << first_failure);
    CHECK(failed == 0);
    CHECK(succeeded.load() == threads * calls_per_thread);
    CHECK(echoed.load() == threads * calls_per_thread);  // no reply went to another thread's call
    CHECK(handled.load() == threads * calls_per_thread);  // an injected 70001 never reached the handler
    // A renewal per epoch at least (more where a thread signs with the clock it read before the epoch moved).
    CHECK(srv.usersigs_seen() >= threads * calls_per_thread / calls_per_epoch);
    // Nearly every UserSig reaches its 100th request, and each one's 70001 made the client renew and resend.
    CHECK(srv.expiries_injected() >= threads * calls_per_thread / calls_per_epoch - 5);
}

}  // namespace integration_stress_test
