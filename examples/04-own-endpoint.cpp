// Calling an endpoint the library does not have, declared in your own namespace and file
// (myapp/query_online_status.hpp), through the same client: no edit to timrest. An in-process emulator is told
// how to answer it.

#include "emulator.hpp"
#include "myapp/query_online_status.hpp"
#include "timrest.hpp"

#include <iostream>


int main() {
    timrest::emulator::server emulator;
    emulator.serve<myapp::query_online_status>([](const myapp::query_online_status_request& r) {
        myapp::query_online_status_response out;
        for (const auto& id : *r.To_Account) out.QueryResult.push_back({id.str(), id == "alice" ? "Online" : "Offline"});
        return out;
    });
    emulator.start();

    timrest::config c;
    c.sdkappid = emulator.application().sdkappid;
    c.secret_key = emulator.application().secret_key;
    c.base_url = emulator.base_url();
    timrest::client chat(c);

    // tag::call[]
    auto online = timrest::call<myapp::query_online_status>(chat, {.To_Account = {"alice", "bob"}});
    for (const auto& q : online.QueryResult) std::cout << q.To_Account << ": " << q.Status << "\n";
    // alice: Online
    // bob: Offline
    // end::call[]
    return online.QueryResult.size() == 2 ? 0 : 1;
}
