// libFuzzer target: a page walk over a transport that answers with fuzzed bodies. The first byte picks the
// paged endpoint; the rest is the first request, then one reply body per page, separated by "\n--\n", after which
// the transport fails. An input whose first request the endpoint does not decode (unknown keys refused) is
// uninteresting. The seeds take the first request from the endpoint's golden samples (make_seeds.py), so no
// endpoint needs anything written here.
//
// Properties: the walk ends; it never reports more pages than replies; and its two forms, for_each_page and
// the pages() range, see the same pages and end with the same error.

#include "client.hpp"
#include "fuzz.hpp"

#include "timrest/protocol/pages.hpp"

#include <boost/mp11/algorithm.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

template <class E>
using is_paged = std::bool_constant<timrest::paged_endpoint<E>>;
using paged_endpoints = boost::mp11::mp_filter<is_paged, timrest::endpoints>;

struct walk {
    std::vector<std::string> pages;  // each page re-encoded
    std::optional<std::string> error;
    std::size_t replies = 0;
};

template <class E>
walk by_callback(const typename E::request& first, const std::vector<std::string>& bodies) {
    auto& scripted = timrest_fuzz::scripted_client::with(bodies);
    walk w;
    auto error = timrest::for_each_page<E>(
        scripted.chat, first, [&](const typename E::response& page) { w.pages.push_back(timrest::to_json_string(page)); });
    if (error) w.error = error->info;
    w.replies = scripted.transport->served();
    return w;
}

template <class E>
walk by_range(const typename E::request& first, const std::vector<std::string>& bodies) {
    auto& scripted = timrest_fuzz::scripted_client::with(bodies);
    walk w;
    for (const auto& page : timrest::pages<E>(scripted.chat, first)) {
        timrest_fuzz::require(!w.error, "the page range yields an element after its error");
        if (page)
            w.pages.push_back(timrest::to_json_string(*page));
        else
            w.error = page.error().info;
    }
    w.replies = scripted.transport->served();
    return w;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    timrest_fuzz::with_endpoint<paged_endpoints>(timrest_fuzz::text(data, size), [](auto e, std::string_view rest) {
        using E = decltype(e);
        auto bodies = timrest_fuzz::split_bodies(rest);
        if (bodies.empty()) return;
        const auto first = timrest_fuzz::decode<typename E::request>(bodies.front(), timrest::unknown_keys::reject,
                                                                     timrest::absent_fields::keep_defaults);
        if (!first) return;  // the walk needs a request the endpoint accepts
        bodies.erase(bodies.begin());
        const walk callback = by_callback<E>(*first, bodies);
        const walk range = by_range<E>(*first, bodies);
        timrest_fuzz::require(callback.pages.size() <= callback.replies, "a walk reports more pages than replies");
        timrest_fuzz::require(callback.pages == range.pages, "for_each_page and pages() see different pages");
        timrest_fuzz::require(callback.error == range.error, "for_each_page and pages() end differently");
        timrest_fuzz::require(callback.replies == range.replies, "for_each_page and pages() send differently");
    });
    return 0;
}
