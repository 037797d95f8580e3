// libFuzzer target: the reply decoder of every registered endpoint, as try_call runs it. The first byte picks
// the endpoint, the rest is the reply body.
//
// Property beyond "no crash, no sanitizer report": a reply that decodes re-encodes to JSON that decodes
// strictly (every key present) to the same encoding, so a response the library hands out can always be
// stored and read back.

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    timrest_fuzz::with_endpoint(timrest_fuzz::text(data, size), [](auto e, std::string_view body) {
        auto reply = timrest_fuzz::decode<typename decltype(e)::response>(body, timrest::unknown_keys::ignore,
                                                                           timrest::absent_fields::keep_defaults);
        if (reply) timrest_fuzz::require_round_trip(*reply, "a decoded reply");
    });
    return 0;
}
