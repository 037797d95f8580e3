// libFuzzer target: request decoding and validation as the CLI does it (tools/cli/main.cpp, call<E>). The
// first byte picks the endpoint, the rest is the request JSON a person typed.
//
// Property: a request the CLI accepts, once encoded as the client sends it, is accepted by the emulator's
// decoding (unknown keys refused, every key present) and by validation again: the CLI never sends what the
// library or the service's checks would refuse.

#include "fuzz.hpp"

#include "timrest/protocol/call.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    timrest_fuzz::with_endpoint(timrest_fuzz::text(data, size), [](auto e, std::string_view input) {
        auto request = timrest_fuzz::decode<typename decltype(e)::request>(input, timrest::unknown_keys::reject,
                                                                           timrest::absent_fields::keep_defaults);
        if (!request || timrest::check_request(*request)) return;
        const auto received = timrest_fuzz::require_round_trip(*request, "an accepted request");
        timrest_fuzz::require(!timrest::check_request(received), "an accepted request fails validation once sent");
    });
    return 0;
}
