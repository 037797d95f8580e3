// timrest-emulator [--port N] [--sdkappid N] [--secret-key KEY] [--admin ID] [--misbehave MODE]
//                  [--latency-ms N] [--rate-limit N] [--faults LIST --fault-rate X] [--seed N]
//                  [--fault-script LIST] [--page-size N]
// Serves the Chat REST protocol on 127.0.0.1 and prints the address it listens on. --misbehave makes it a
// hostile server for the CLI's tests; see `misbehaviour` below.

#include "emulator.hpp"
#include "world.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

int usage() {
    std::cerr
        << "usage: timrest-emulator [--port N] [--sdkappid N] [--secret-key KEY] [--admin ID] [--misbehave MODE]\n"
           "  Serves the Tencent Cloud Chat REST API on 127.0.0.1 for tests and examples.\n"
           "  --port 0 (the default) picks a free port; the address is printed on stdout.\n"
           "  --misbehave echo-url: every reply quotes the request URL raw, percent-encoded and JSON-escaped\n"
           "  --misbehave hostile-info: ErrorInfo starts with CR/LF, ESC and NUL and runs to 15 MiB\n"
           "  --misbehave void-first-usersig: the first UserSig seen is answered 70052 whenever it comes\n"
           "  --latency-ms N: wait N ms before each reply (requests in flight wait side by side)\n"
           "  --rate-limit N: answer 60007 past N calls of one API within a second\n"
           "  --faults reset,502,50004,60007 --fault-rate 0.05: give 5% of requests one of these at random:\n"
           "      reset (applied, then the connection closes unanswered), 502 (HTTP 502), or that ErrorCode\n"
           "  --seed N: of the random choices (default 1)\n"
           "  --fault-script 502,ok,reset,70500: the n-th request received gets the n-th step, ok (answered as\n"
           "      usual) or a fault as above; when the steps run out, --faults takes over\n"
           "  --page-size N: N items a page on every paged endpoint (friend_get, get_appid_group_list, ...), to\n"
           "      test code that walks many pages\n";
    return 2;
}

// "a,b,c" as {"a", "b", "c"}.
std::vector<std::string> comma_list(std::string_view value) {
    std::vector<std::string> items;
    for (std::size_t at = 0; at <= value.size();) {
        const auto comma = std::min(value.find(',', at), value.size());
        items.emplace_back(value.substr(at, comma - at));
        at = comma + 1;
    }
    return items;
}

using rewrite = std::function<void(const timrest::emulator::received_request&, std::string& body)>;

// `"ErrorInfo":"` with `text` (already JSON) put in front of the info the emulator wrote.
void prefix_error_info(std::string& body, std::string_view text) {
    constexpr std::string_view key = R"("ErrorInfo":")";
    if (auto at = body.find(key); at != std::string::npos) body.insert(at + key.size(), text);
}

// The request target, each byte other than a letter or digit as %XX, then each byte as \u00XX.
std::pair<std::string, std::string> quoted_and_escaped(std::string_view target) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string quoted, escaped;
    for (const char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        quoted += plain ? std::string(1, ch) : std::string{'%', hex[c >> 4], hex[c & 15]};
        escaped += std::string("\\u00") + hex[c >> 4] + hex[c & 15];
    }
    return {quoted, escaped};
}

// What each --misbehave mode does to a reply body; empty for an unknown mode.
rewrite misbehaviour(std::string_view mode) {
    if (mode == "echo-url")
        return [](const timrest::emulator::received_request& r, std::string& body) {
            auto [quoted, escaped] = quoted_and_escaped(r.target);
            body.insert(1,
                        R"("Echo":")" + r.target + R"(","Quoted":")" + quoted + R"(","Escaped":")" + escaped + "\",");
            prefix_error_info(body, "you sent " + quoted + " and " + escaped + "; ");
        };
    if (mode == "hostile-info")
        return [](const timrest::emulator::received_request&, std::string& body) {
            prefix_error_info(body, R"(gone\r\nERROR forged line\u001b[2J\u0000)" + std::string(15u << 20, 'x'));
        };
    if (mode == "void-first-usersig")
        return [voided = std::make_shared<std::string>()](const timrest::emulator::received_request& r,
                                                          std::string& body) {
            const auto from = r.target.find("usersig=");
            const auto sig = from == std::string::npos ? std::string()
                                                       : r.target.substr(from + 8, r.target.find('&', from) - from - 8);
            if (voided->empty()) *voided = sig;
            if (sig == *voided) body = R"({"ActionStatus":"FAIL","ErrorCode":70052,"ErrorInfo":"UserSig voided"})";
        };
    return {};
}

template <class I>
bool parse_number(std::string_view s, I& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

int main(int argc, char** argv) {
    timrest::emulator::app app;
    std::uint16_t port = 0;
    rewrite misbehave;
    timrest::emulator::impairments trouble;
    std::optional<std::size_t> page_size;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--help" || flag == "-h") return usage(), 0;
        if (i + 1 >= argc) return usage();
        const std::string_view value = argv[++i];
        if (flag == "--port") {
            if (!parse_number(value, port)) return usage();
        } else if (flag == "--sdkappid") {
            if (!parse_number(value, app.sdkappid)) return usage();
        } else if (flag == "--secret-key") {
            app.secret_key = value;
        } else if (flag == "--admin") {
            app.admin = value;
        } else if (flag == "--misbehave") {
            if (!(misbehave = misbehaviour(value))) return usage();
        } else if (flag == "--latency-ms") {
            unsigned ms = 0;
            if (!parse_number(value, ms)) return usage();
            trouble.latency = std::chrono::milliseconds(ms);
        } else if (flag == "--rate-limit") {
            if (!parse_number(value, trouble.rate_limit)) return usage();
        } else if (flag == "--faults") {
            trouble.faults = comma_list(value);
        } else if (flag == "--fault-script") {
            trouble.script = comma_list(value);
        } else if (flag == "--fault-rate") {
            if (!parse_number(value, trouble.fault_rate)) return usage();
        } else if (flag == "--seed") {
            if (!parse_number(value, trouble.seed)) return usage();
        } else if (flag == "--page-size") {
            std::size_t n = 0;
            if (!parse_number(value, n) || n == 0) return usage();
            page_size = n;
        } else {
            return usage();
        }
    }

    try {
        timrest::emulator::server server(app, port);
        if (misbehave) server.misbehave(misbehave);
        server.impair(trouble);
        if (page_size) server.with_world([&](timrest::emulator::world& w) { w.page_size_override = page_size; });
        std::cout << "timrest-emulator listening on " << server.base_url() << " (sdkappid " << app.sdkappid
                  << ", admin " << app.admin << ")" << std::endl;
        server.run();
    } catch (const std::exception& e) {
        std::cerr << "timrest-emulator: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
