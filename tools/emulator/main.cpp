// timrest-emulator [--port N] [--sdkappid N] [--secret-key KEY] [--admin ID]
// Serves the Chat REST protocol on 127.0.0.1 and prints the address it listens on.

#include "emulator.hpp"

#include <charconv>
#include <iostream>
#include <string_view>

namespace {

int usage() {
    std::cerr << "usage: timrest-emulator [--port N] [--sdkappid N] [--secret-key KEY] [--admin ID]\n"
                 "  Serves the Tencent Cloud Chat REST API on 127.0.0.1 for tests and examples.\n"
                 "  --port 0 (the default) picks a free port; the address is printed on stdout.\n";
    return 2;
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
        } else {
            return usage();
        }
    }

    try {
        timrest::emulator::server server(app, port);
        std::cout << "timrest-emulator listening on " << server.base_url() << " (sdkappid " << app.sdkappid
                  << ", admin " << app.admin << ")" << std::endl;
        server.run();
    } catch (const std::exception& e) {
        std::cerr << "timrest-emulator: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
