// Import an account, create a conversation group for it, delete the group, then see the typed error a second
// delete gets. Run it against the bundled emulator:
//   timrest-emulator &            # prints http://127.0.0.1:<port>
//   01-quickstart http://127.0.0.1:<port>
// or against the real service with TIMREST_SDKAPPID, TIMREST_SECRET_KEY and TIMREST_REGION set, and no argument.

#include "timrest.hpp"

#include <iostream>

int main(int argc, char** argv) try {
    // tag::quickstart[]
    using namespace timrest;
    // The bundled emulator's app at the URL given (timrest-emulator prints it), else yours from TIMREST_SDKAPPID,
    // TIMREST_SECRET_KEY and TIMREST_REGION or TIMREST_BASE_URL.
    const config c = argc > 1 ? config{.sdkappid = 1400000000,
                                       .secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
                                       .base_url = argv[1]}
                              : config::from_env();
    client chat(c);

    call<account::account_import>(chat, {.UserID = "alice"});
    call<recentcontact::create_contact_group>(
        chat, {.From_Account = "alice", .GroupContactItem = {recentcontact::group_contact_item{.GroupName = "work"}}});

    auto deleted = call<recentcontact::del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}});
    for (const auto& g : deleted.GroupItem)
        std::cout << "deleted group " << g.GroupName << " (id " << g.GroupId << ")\n";
    // deleted group work (id 1)

    auto again = try_call<recentcontact::del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}});
    if (!again) {
        const call_error& e = again.error();
        std::cout << "second delete: " << e.message() << "\n";
        // second delete: error 51009: the conversation group was not found; check the group name (...) random=...
        std::cout << "code " << e.code.value() << ", retryable " << std::boolalpha << e.retryable << "\n";
    }
    // end::quickstart[]
    return again ? 1 : 0;  // the second delete must fail
} catch (const std::exception& e) {  // timrest::error from a call, std::invalid_argument from from_env
    std::cerr << e.what() << "\n";
    return 1;
}
