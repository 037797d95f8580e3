// Links the installed timrest::emulator: a user's test starts it in-process on a free port and calls it through
// the real curl transport.

#include <emulator.hpp>
#include <timrest/account/account_check.hpp>
#include <timrest/account/account_import.hpp>
#include <timrest/protocol/call.hpp>

#include <cstdio>

int main() {
    timrest::emulator::server srv;
    srv.start();
    timrest::client chat({.sdkappid = srv.application().sdkappid,
                          .secret_key = srv.application().secret_key,
                          .base_url = srv.base_url()});
    timrest::call<timrest::account::account_import>(chat, {.UserID = "alice"});
    const auto checked =
        timrest::call<timrest::account::account_check>(chat, {.CheckItem = {timrest::account::account_ref{"alice"}}});
    if (checked.ResultItem.at(0).AccountStatus != timrest::account::account_status::Imported) {
        std::fprintf(stderr, "the emulator did not keep the imported account\n");
        return 1;
    }
    return 0;
}
