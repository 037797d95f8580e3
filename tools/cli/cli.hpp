#ifndef TIMREST_TOOLS_CLI_HPP_INCLUDED
#define TIMREST_TOOLS_CLI_HPP_INCLUDED

// What the CLI's translation units share: main.cpp holds the commands; each family's generated TU
// (family.cpp.in) instantiates call<E> for that family's endpoints only and adds them to the table, so that no
// TU grows with the number of endpoints.

#include "timrest/core/detail/text.hpp"
#include "timrest/core/json_parse.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/protocol/client.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timrest_cli {

enum exit_code { ok = 0, service_failed = 1, usage_failed = 2, transport_failed = 3 };

struct arguments {
    std::map<std::string, std::string, std::less<>> options;  // --name value
    std::vector<std::string> positional;
};

/// Outside text made safe for stderr: control characters escaped, cut at 1 KiB.
std::string printable(std::string_view text);
/// Prints the problem and the usage; returns usage_failed.
int usage(std::string_view problem);
/// A request the declaration refuses; returns usage_failed.
int refuse(std::string_view path, std::string_view reason);
/// The request text: the argument, @FILE or - (stdin), capped at 16 MiB.
std::optional<std::string> read_input(const std::vector<std::string>& positional, std::string& problem);
/// Input JSON, parsed as the library parses replies (duplicate keys refused, errors with line and column).
std::optional<boost::json::value> parse_json_input(std::string_view text, std::string& problem);
/// The client configuration from flags and environment, or a usage problem.
std::optional<timrest::config> make_config(const arguments& a, bool need_url, std::string& problem);

/// One endpoint as the commands see it.
struct endpoint_entry {
    std::string_view path;
    int (*call)(const arguments&);
    boost::json::object (*describe)();
    timrest::endpoint_traits traits;
    /// The wire body of a request given as JSON text, decoded and validated as the library does; or why not.
    std::optional<std::string> (*encode)(std::string_view input, std::string& problem);
    /// Why a reply the service accepted does not match the declaration, if it does not: as try_call decodes.
    std::optional<timrest::call_error> (*mismatch)(const timrest::raw_reply& reply);
    /// The failure a reply with ErrorCode != 0 stands for, with the meaning from the endpoint's table.
    timrest::call_error (*service_failure)(const timrest::raw_reply& reply);
};

/// Every endpoint, in the order of the families (tools/CMakeLists.txt) and of each family's list.
const std::vector<endpoint_entry>& endpoint_table();
/// The endpoint at `path` ("v4/" may be left out), or null.
const endpoint_entry* find_endpoint(std::string_view path);

/// `timrest batch <path> ...` (batch.cpp).
int batch(const endpoint_entry& e, const arguments& a);

// The same decoding and validation as the library, so the CLI refuses exactly what the library refuses. A key
// the declaration does not know is refused (likely a typo); a plain field left out keeps its default.
template <class E>
std::optional<std::string> encode(std::string_view input, std::string& problem) {
    auto json = parse_json_input(input, problem);
    if (!json) return std::nullopt;
    auto request = timrest::blank<typename E::request>();
    if (auto bad =
            timrest::from_json(*json, request, timrest::unknown_keys::reject, timrest::absent_fields::keep_defaults))
        return problem = bad->to_string(), std::nullopt;
    if (auto invalid = timrest::check_request(request)) return problem = invalid->info, std::nullopt;
    return timrest::to_json_string(request);
}

template <class E>
std::optional<timrest::call_error> mismatch(const timrest::raw_reply& reply) {
    auto response = timrest::decode_response<E>(reply);
    if (response) return std::nullopt;
    return std::move(response).error();
}

template <class E>
int call(const arguments& a) {
    std::string problem;
    auto input = read_input(a.positional, problem);
    if (!input) return usage(problem);
    auto body = encode<E>(*input, problem);
    if (!body) return refuse(E::path, problem);

    auto config = make_config(a, true, problem);
    if (!config) return usage(problem);
    timrest::client client(std::move(*config));
    auto reply = client.post(E::path, *body, timrest::traits_of<E>());
    if (reply.error) {
        std::cerr << reply.error->message() << "\n";
        return transport_failed;
    }
    std::cout << reply.text << std::endl;
    if (reply.env.ErrorCode != 0) {
        std::cerr << timrest::service_failure<E>(reply).message() << "\n";
        return service_failed;
    }
    if (auto bad = mismatch<E>(reply)) {
        std::cerr << "timrest.protocol error: the reply does not match " << E::path << ": " << printable(bad->info)
                  << " random=" << reply.random << "\n";
        return transport_failed;
    }
    return ok;
}

/// Adds the endpoints of list L (a family's `endpoints`) to the table.
template <class L>
void add_endpoints(std::vector<endpoint_entry>& out) {
    boost::mp11::mp_for_each<L>([&](auto e) {
        using E = decltype(e);
        out.push_back({E::path, &call<E>, &timrest::describe_endpoint<E>, timrest::traits_of<E>(), &encode<E>,
                       &mismatch<E>, &timrest::service_failure<E>});
    });
}

}  // namespace timrest_cli

#endif
