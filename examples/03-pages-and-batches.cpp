// Walking every page of a paged endpoint, finding the items of a batch that failed while the call succeeded,
// a client set up for bulk jobs, and many calls in flight from one thread. Run against the emulator:  03-pages-and-batches <base-url>

#include "timrest.hpp"

#include <chrono>
#include <iostream>
#include <ranges>
#include <string>
#include <vector>

int main(int argc, char** argv) try {
    using namespace timrest;
    if (argc < 2) {
        std::cerr << "usage: 03-pages-and-batches <base-url>\n";
        return 2;
    }
    config c;
    c.sdkappid = 1400000000;
    c.secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    c.base_url = argv[1];
    client chat(c);

    call<account::multiaccount_import>(chat, {.Accounts = list<user_id, 1, 100>{"alice", "bob", "carol"}});
    call<recentcontact::create_contact_group>(
        chat, {.From_Account = "alice",
               .GroupContactItem = {recentcontact::group_contact_item{
                   .GroupName = "friends",
                   .ContactItem = {recentcontact::c2c("bob"), recentcontact::c2c("carol")}}}});

    // tag::pages[]
    // A callback per page; return false to stop early. Returns the error that ended the walk, if any.
    std::size_t conversations = 0;
    auto failed = for_each_page<recentcontact::get_contact_group>(
        chat, {.From_Account = "alice"},
        [&](const recentcontact::get_contact_group_response& page) { conversations += page.ContactItem.size(); });
    std::cout << conversations << " grouped conversations\n";  // 2 grouped conversations

    // Or a lazy range of result<response>; a failed page is the last element.
    for (const auto& page : pages<recentcontact::get_list>(chat, {.From_Account = "alice"}))
        if (!page) std::cerr << page.error().message() << "\n";
    // end::pages[]

    // tag::batches[]
    auto deleted = try_call<account::account_delete>(
        chat, {.DeleteItem = {account::account_ref{"carol"}, account::account_ref{"ghost"}}});
    if (!deleted) throw error(deleted.error());  // the call as a whole failed: nothing was deleted
    for (const auto& f : item_failures(deleted))  // the endpoint comes with what try_call returned
        std::cout << f.message() << " " << boost::json::serialize(f.item) << "\n";
    // ResultItem[1]: error 70107: the UserID does not exist (...) {"ResultCode":70107,...,"UserID":"ghost"}
    // end::batches[]

    // tag::pacing[]
    config bulk = c;
    bulk.pace_calls = true;                               // each endpoint at its documented rate, across threads
    bulk.rate_headroom = 0.9;                             // 90% of it: room for the app's other clients
    bulk.rate_overrides = {{"v4/openim/sendmsg", 150}};   // this app's own limit differs from the documented one
    std::size_t requests = 0;
    bulk.observer = [&](const attempt_report& r) {        // each request: path, random, attempt, timings, outcome
        ++requests;
        if (r.error || r.error_code != 0) std::cerr << r.path << " failed; random " << r.random << "\n";
    };
    client paced(bulk);
    call<account::account_check>(paced, {.CheckItem = {account::account_ref{"alice"}}});
    std::cout << requests << " request, " << paced.pacing_rate("v4/im_open_login_svc/account_check")
              << " calls/s\n";  // 1 request, 90 calls/s
    // end::pacing[]

    // tag::retries[]
    // Failures that may pass later are sent again after a jittered backoff, each time under a new random: no
    // connection or 60007 for any endpoint; 5xx, 70500 or a timeout only for one declared idempotent.
    auto imported = try_call<account::account_import>(
        chat, {.UserID = "dave"},
        {.retry = {.max_attempts = 5},                                    // backoff 100 ms doubling, up to 5 s
         .timeout = std::chrono::seconds(3),                              // per attempt
         .deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30)});
    std::cout << imported.randoms().size() << " attempt(s)\n";  // every random, for Tencent support
    // end::retries[]

    // tag::call_all[]
    // Many calls from one thread: up to `in_flight` on the wire at once (libcurl's multi interface), each paced,
    // retried (on by default for a batch) and renewed as a single call is. Results come back in input order.
    std::vector<account::account_import_request> accounts;
    for (int i = 0; i < 100; ++i) accounts.push_back({.UserID = "user" + std::to_string(i)});
    batch_options options{.in_flight = 32};
    options.progress = [](const batch_progress& p) {  // every 250 ms and at the end, on this thread
        if (p.finished) std::cout << p.done << " done, " << p.failed << " failed, " << p.retries << " retried\n";
    };
    auto results = call_all<account::account_import>(chat, accounts, options);  // 100 done, 0 failed, 0 retried
    std::size_t lost = 0;
    for (std::size_t i = 0; i < results.size(); ++i)
        if (!results[i]) ++lost, std::cerr << "line " << i + 1 << ": " << results[i].error().message() << "\n";
    // end::call_all[]

    // tag::for_each_result[]
    // An input too large to hold: read as the batch goes, each result handed over as it completes (any order).
    auto checks = std::views::iota(0, 300) | std::views::transform([](int i) {
                      return account::account_check_request{.CheckItem = {account::account_ref{"user" + std::to_string(i % 100)}}};
                  });
    std::size_t found = 0;
    for_each_result<account::account_check>(chat, checks, [&](std::size_t, call_result<account::account_check>&& r) {
        found += r && r->ResultItem.at(0).AccountStatus == account::account_status::Imported;
    });
    std::cout << found << " of 300 checks found the account\n";  // 300 of 300
    // end::for_each_result[]

    return !failed && conversations == 2 && item_failures(deleted).size() == 1 && requests == 1 && imported &&
                   lost == 0 && found == 300
               ? 0
               : 1;
} catch (const timrest::error& e) {
    std::cerr << e.what() << "\n";
    return 1;
}
