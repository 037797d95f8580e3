// The three layers of errors, and what to do about each: a request refused before sending, a service error
// with its table meaning, a transport failure. Run against the emulator:  02-error-handling <base-url>

#include "timrest.hpp"

#include <iostream>

int main(int argc, char** argv) {
    using namespace timrest;
    if (argc < 2) {
        std::cerr << "usage: 02-error-handling <base-url>\n";
        return 2;
    }
    config c;
    c.sdkappid = 1400000000;
    c.secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    c.base_url = argv[1];
    client chat(c);

    // tag::errors[]
    // 1. Refused before sending: a run-time value breaks a bound of the declaration.
    std::string name(65, 'x');
    auto refused = try_call<recentcontact::del_contact_group>(chat, {.From_Account = "alice", .GroupName = {name}});
    std::cout << refused.error().message() << "\n";
    // timrest.protocol error: request rejected before sending (GroupName[0]: at most 64 bytes, got 65)

    // 2. The service says no: ErrorCode != 0, with its meaning from the endpoint's table.
    auto missing = try_call<recentcontact::del_contact_group>(chat, {.From_Account = "nobody", .GroupName = {"work"}});
    const call_error& e = missing.error();
    std::cout << e.message() << "\n";
    // error 50001: the UserID has not been imported; import it first (From_Account is not imported) random=...
    if (e.code == service_code(50001))
        call<account::account_import>(chat, {.UserID = "nobody"});  // fix the cause, then retry
    if (e.code == condition::retryable) { /* back off and send again; condition::throttled for 60007 & co. */ }

    // 3. The network: nothing answered. Retryable, and the message never shows the UserSig.
    config dead = c;
    dead.base_url = "http://127.0.0.1:1";
    client offline(dead);
    auto unreachable = try_call<account::account_import>(offline, {.UserID = "alice"});
    std::cout << unreachable.error().message() << "\n";
    // timrest.transport error: could not connect (Failed to connect to 127.0.0.1 port 1 ...) random=...

    // The throwing form carries the same details.
    int thrown = 0;
    try {
        call<recentcontact::del_contact_group>(chat, {.From_Account = "nobody", .GroupName = {"never-created"}});
    } catch (const timrest::error& x) {
        std::cout << "caught: " << x.what() << "\n";  // error 51009: ... random=...
        thrown = x.code().value();
    }
    // end::errors[]
    // The account was imported after the 50001, so the thrown error is the group's: 51009.
    return !refused && !missing && !unreachable && unreachable.error().code == condition::retryable && thrown == 51009
               ? 0
               : 1;
}
