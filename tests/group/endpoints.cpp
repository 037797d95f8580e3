#include "timrest/group.hpp"

#include <catch2/catch.hpp>

#include "timrest/core/schema.hpp"

#include <boost/mp11/algorithm.hpp>

#include <set>
#include <string>
#include <string_view>

namespace group_endpoints_test {

// The family's list as the CLI and the emulator see it: 18 endpoints under v4/group_open_http_svc, each with a
// schema for `timrest endpoints --json`, every one with 10004 (invalid parameter), which the emulator answers to a
// request that fails validation.

TEST_CASE("group: the umbrella lists the 18 endpoints once, each describing itself with 10004 in its table",
          "[group]") {
    std::set<std::string> paths;
    boost::mp11::mp_for_each<timrest::group::endpoints>([&](auto e) {
        using E = decltype(e);
        const auto d = timrest::describe_endpoint<E>();
        INFO(E::path);
        CHECK(d.at("path").as_string() == E::path);
        CHECK(std::string_view(E::path).starts_with("v4/group_open_http_svc/"));
        CHECK(d.at("request").as_object().contains("fields"));
        CHECK(timrest::find_error<E>(10004) != nullptr);
        paths.insert(std::string(E::path));
    });
    CHECK(paths.size() == 18);
    CHECK(boost::mp11::mp_size<timrest::group::endpoints>::value == 18);
}

}  // namespace group_endpoints_test
