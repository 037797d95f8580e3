// libFuzzer target: the envelope reader, through client::post as every call runs it (protocol/client.hpp,
// read()). The input is the reply body; a second body after "\n--\n" answers the resend after a UserSig
// renewal (70001, 70052).
//
// Properties: no text the client reports (error info, ErrorInfo, ErrorDisplay) carries the secret key or the
// UserSig, whatever the service echoes; a reply without an error has an object body; the client renews and
// resends exactly when the first reply asks for it.

#include "client.hpp"
#include "fuzz.hpp"

#include "timrest/auth/usersig.hpp"
#include "timrest/protocol/client.hpp"

namespace {

bool leaks(std::string_view text, std::string_view usersig) {
    return text.find(timrest_fuzz::secret_key) != std::string_view::npos ||
           text.find(usersig) != std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using timrest_fuzz::scripted_client;
    static const std::string usersig =
        timrest::make_usersig(scripted_client::settings().sdkappid, timrest_fuzz::secret_key,
                              scripted_client::settings().admin, scripted_client::settings().usersig_lifetime,
                              std::chrono::system_clock::time_point(scripted_client::now));

    auto& scripted = scripted_client::with(timrest_fuzz::split_bodies(timrest_fuzz::text(data, size)));
    const auto reply = scripted.chat.post("v4/fuzz/envelope", "{}");
    const auto served = scripted.transport->served();

    if (reply.error) {
        timrest_fuzz::require(!leaks(reply.error->info, usersig), "an error's info carries a secret");
        timrest_fuzz::require(!leaks(reply.error->message(), usersig), "an error's message carries a secret");
        return 0;
    }
    timrest_fuzz::require(reply.body.is_object(), "a reply without error has a body that is not an object");
    timrest_fuzz::require(!leaks(reply.env.ErrorInfo, usersig), "ErrorInfo carries a secret");
    timrest_fuzz::require(!reply.env.ErrorDisplay || !leaks(*reply.env.ErrorDisplay, usersig),
                          "ErrorDisplay carries a secret");
    // A renewal code on the first reply means a second request; the reply is then the second one's.
    timrest_fuzz::require(served >= 1 && served <= 2, "post sent neither once nor twice");
    return 0;
}
