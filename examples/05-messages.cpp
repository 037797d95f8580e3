// One-to-one messages: import two users, send a text and a custom message, read the history back with the
// page walker, recall one. Run against the emulator:  05-messages <base-url>

#include "timrest/account/multiaccount_import.hpp"
#include "timrest/openim/admin_getroammsg.hpp"
#include "timrest/openim/admin_msgwithdraw.hpp"
#include "timrest/openim/sendmsg.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/protocol/pages.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) try {
    using namespace timrest;
    if (argc < 2) {
        std::cerr << "usage: 05-messages <base-url>\n";
        return 2;
    }
    client chat(config{.sdkappid = 1400000000,
                       .secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
                       .base_url = argv[1]});
    call<account::multiaccount_import>(chat, {.Accounts = list<user_id, 1, 100>{"alice", "bob"}});

    // tag::send[]
    // A body mixes elements; each knows its MsgType. At most one TIMCustomElem, at most 12 KB: checked before
    // sending (a literal with two custom elements does not compile).
    auto text = call<openim::sendmsg>(chat, {.To_Account = "bob",
                                             .MsgRandom = 1001,
                                             .MsgBody = {msg::text_elem{.Text = "Your order has shipped"}},
                                             .From_Account = "alice"});
    auto order = call<openim::sendmsg>(
        chat, {.To_Account = "bob",
               .MsgRandom = 1002,
               .MsgBody = {msg::text_elem{.Text = "Order 42"},
                           msg::custom_elem{.Data = R"({"order":42})", .Desc = "Order 42"}},
               .SyncOtherMachine = openim::sync_other_machine::no_sync,
               .From_Account = "alice"});
    std::cout << "sent " << text.MsgKey << " and " << order.MsgKey << "\n";
    // end::send[]

    // tag::history[]
    // The conversation as bob sees it, every page; each element read by its type.
    std::size_t messages = 0;
    auto failed = for_each_page<openim::admin_getroammsg>(
        chat, {.Operator_Account = "bob", .Peer_Account = "alice", .MaxCnt = 100, .MinTime = 0,
               .MaxTime = 4102444800},
        [&](const openim::admin_getroammsg_response& page) {
            for (const auto& m : page.MsgList) {
                ++messages;
                for (const auto& e : m.MsgBody) {
                    if (const auto* t = e.get_if<msg::text_elem>()) std::cout << m.From_Account << ": " << *t->Text << "\n";
                    if (const auto* c = e.get_if<msg::custom_elem>()) std::cout << "  custom data " << c->Data << "\n";
                }
            }
        });
    // end::history[]

    // tag::recall[]
    call<openim::admin_msgwithdraw>(chat, {.From_Account = "alice", .To_Account = "bob", .MsgKey = order.MsgKey});
    std::cout << "recalled " << order.MsgKey << "\n";
    // end::recall[]

    return !failed && messages == 2 ? 0 : 1;
} catch (const timrest::error& e) {
    std::cerr << e.what() << "\n";
    return 1;
}
