// Import an account, create a conversation group for it, delete the group, then see the typed error a second
// delete gets. Run it against the bundled emulator:
//   timrest-emulator &            # prints http://127.0.0.1:<port>
//   01-quickstart http://127.0.0.1:<port>
// or against the real service with TIMREST_SDKAPPID, TIMREST_SECRET_KEY and TIMREST_REGION set.

#include "timrest.hpp"

#include <cstdlib>
#include <iostream>

namespace {

// The emulator's defaults, unless the environment names a real app.
timrest::config make_config(int argc, char** argv) {
    auto env = [](const char* name, const char* fallback) {
        const char* v = std::getenv(name);
        return std::string(v && *v ? v : fallback);
    };
    timrest::config c;
    c.sdkappid = static_cast<std::uint32_t>(std::stoul(env("TIMREST_SDKAPPID", "1400000000")));
    c.secret_key = env("TIMREST_SECRET_KEY", "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
    c.admin = env("TIMREST_ADMIN", "administrator");
    if (argc > 1) {
        c.base_url = argv[1];
    } else if (auto region = timrest::find_region(env("TIMREST_REGION", ""))) {
        c = timrest::config::for_region(*region, c.sdkappid, c.secret_key, c.admin);
    } else {
        c.base_url = env("TIMREST_BASE_URL", "http://127.0.0.1:8080");
    }
    return c;
}

}  // namespace

int main(int argc, char** argv) try {
    // tag::quickstart[]
    using namespace timrest;
    client chat(make_config(argc, argv));

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
} catch (const timrest::error& e) {
    std::cerr << e.what() << "\n";
    return 1;
}
