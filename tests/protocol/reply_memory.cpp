// What a reply may cost to decode: a hostile or broken server chooses the reply, so its size must bound the
// memory it takes (issue: a 16 MiB `[{},{},...]` once took 1.3 GB).

#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/get_contact_group.hpp"
#include "timrest/transport/fake.hpp"

#include <catch2/catch.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>

#include <cstddef>
#include <fstream>
#include <algorithm>
#include <atomic>
#include <memory>
#include <string>

namespace protocol_reply_memory_test {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// The sanitizer runtime's allocator interface (compiler-rt's sanitizer/allocator_interface.h, which gcc does not
// install).
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void*, std::size_t),
                                              void (*free_hook)(const volatile void*));
std::size_t __sanitizer_get_allocated_size(const volatile void* p);
}
#endif

namespace {

using timrest::protocol_errc;
using timrest::recentcontact::get_contact_group;

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// A sanitizer's allocator pads and quarantines every block, so resident memory says little about the library
// there. Its allocator hooks count what was asked for instead: the heap bytes live at the peak, since the last
// reset_peak(). (Signed: blocks allocated before the hooks were installed are freed too.)
std::atomic<long long> heap_now{0};
std::atomic<long long> heap_peak{0};
void on_malloc(const volatile void*, std::size_t n) {
    const long long now = heap_now += static_cast<long long>(n);
    long long peak = heap_peak.load();
    while (now > peak && !heap_peak.compare_exchange_weak(peak, now)) {
    }
}
void on_free(const volatile void* p) {
    heap_now -= static_cast<long long>(__sanitizer_get_allocated_size(p));
}
bool reset_peak() {
    static const bool installed = __sanitizer_install_malloc_and_free_hooks(on_malloc, on_free) != 0;
    heap_peak = heap_now.load();
    return installed;
}
// Both may be negative (blocks from before the hooks freed since); only their difference is used.
long long peak_bytes() {
    return heap_peak.load();
}
long long current_bytes() {
    return heap_now.load();
}
#else
// Peak resident memory, in bytes, since the last reset_peak(). Linux: /proc/self/clear_refs with "5" resets VmHWM.
bool reset_peak() {
    std::ofstream f("/proc/self/clear_refs");
    f << "5";
    return static_cast<bool>(f.flush());
}
long long peak_bytes() {
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.starts_with("VmHWM:")) return std::stoll(line.substr(6)) * 1024;
    return 0;
}
long long current_bytes() {
    return peak_bytes();  // right after reset_peak(), the peak is what is resident now
}
#endif

timrest::client client_answering(const std::string& body) {
    timrest::config c;
    c.sdkappid = 1400000000;
    c.secret_key = "test-key";
    c.base_url = "http://127.0.0.1:1";
    return timrest::client(c, std::make_shared<timrest::fake_transport>(timrest::fake_transport::always(body)));
}

std::string reply_with_items(std::size_t bytes, const std::string& item) {
    std::string body = R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","CompleteFlag":1,"ContactItem":[)";
    while (body.size() < bytes) body += item + ",";
    body += item + "]}";
    return body;
}

// Decodes `body` as a get_contact_group reply and returns the peak memory the call added: resident memory, or
// under a sanitizer the heap bytes asked for.
template <class Check>
std::size_t decode_peak(const std::string& body, Check check) {
    auto chat = client_answering(body);
    REQUIRE(reset_peak());
    const auto before = current_bytes();
    {
        const auto r = timrest::try_call<get_contact_group>(chat, {.From_Account = "alice"});
        check(r);
    }
    return static_cast<std::size_t>(std::max(0LL, peak_bytes() - before));
}

}  // namespace

TEST_CASE("reply memory: a 16 MiB reply of empty objects is refused, and costs at most 8 times its size",
          "[client][memory]") {
    const auto body = reply_with_items(16 * 1024 * 1024 - 100, "{}");
    const auto peak = decode_peak(body, [](const auto& r) {
        REQUIRE_FALSE(r);
        CHECK(r.error().code == protocol_errc::reply_too_large);
        CHECK(r.error().info.find("bytes of memory") != std::string::npos);
    });
    CAPTURE(peak, body.size());
    CHECK(peak <= 8 * body.size());
}

TEST_CASE("reply memory: a large reply of real items decodes within 8 times its size", "[client][memory]") {
    const auto body = reply_with_items(
        4 * 1024 * 1024, R"({"Type":1,"To_Account":"user_0123456789","StandardMark":"0101","ContactGroupId":[1,2],"Timestamp":1700000000})");
    const auto peak = decode_peak(body, [](const auto& r) {
        REQUIRE(r);
        CHECK(r->ContactItem.size() > 30000);
        CHECK(r->ContactItem.back().To_Account == "user_0123456789");
    });
    CAPTURE(peak, body.size());
    CHECK(peak <= 8 * body.size());
}

TEST_CASE("reply memory: typed decoding stops when the reply's budget runs out", "[client][memory]") {
    // Padding keeps the parsed tree small (an empty object per 24 bytes of text) while each item still costs a
    // whole contact_info (about 200 bytes) once decoded: the tree fits the budget, the typed value does not.
    const auto body = reply_with_items(2 * 1024 * 1024, "{}" + std::string(22, ' '));
    auto chat = client_answering(body);
    const auto r = timrest::try_call<get_contact_group>(chat, {.From_Account = "alice"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == protocol_errc::bad_response);
    CHECK(r.error().info.find("ContactItem: decoding this value needs more memory") != std::string::npos);
}

namespace {
struct bounded_reply {
    timrest::list<int, 0, 2> Items;
};
BOOST_DESCRIBE_STRUCT(bounded_reply, (), (Items))
}  // namespace

TEST_CASE("reply memory: an array longer than its declared bound is refused before it is built", "[client][memory]") {
    bounded_reply out;
    const timrest::decode_options as_reply{.enforce_array_bounds = true};
    CHECK_FALSE(timrest::from_json(boost::json::parse(R"({"Items":[1,2]})"), out, as_reply));
    const auto bad = timrest::from_json(boost::json::parse(R"({"Items":[1,2,3]})"), out, as_reply);
    REQUIRE(bad);
    CHECK(bad->to_string() == "Items: at most 2 elements, got 3");
}

}  // namespace protocol_reply_memory_test
