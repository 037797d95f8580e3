// Links the installed timrest::compiled: the client's code comes from its static library, not from the headers.
// A call to a closed port must come back as a connect failure, never sent.

#include <timrest/protocol/call.hpp>
#include <timrest/recentcontact/del_contact_group.hpp>

#include <cstdio>

#ifndef TIMREST_SEPARATE_COMPILATION
#error "timrest::compiled must define TIMREST_SEPARATE_COMPILATION for its consumers"
#endif

int main() {
    timrest::client chat({.sdkappid = 1400000000, .secret_key = "key", .base_url = "http://127.0.0.1:9"});
    const auto r = timrest::try_call<timrest::recentcontact::del_contact_group>(
        chat, {.From_Account = "alice", .GroupName = {"work"}});
    if (r || r.error().sent || r.error().code != timrest::transport_errc::connect_failed) {
        std::fprintf(stderr, "expected a connect failure, got: %s\n", r ? "success" : r.error().message().c_str());
        return 1;
    }
    return 0;
}
