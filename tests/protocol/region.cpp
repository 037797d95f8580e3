#include "timrest/protocol/region.hpp"

#include <catch2/catch.hpp>

#include "timrest/protocol/client.hpp"  // config::for_region

#include <set>
#include <string>
#include <string_view>

namespace protocol_region_test {

namespace {

struct expected_region {
    const timrest::region& preset;
    std::string_view name;
    std::string_view host;
    std::string_view backup_host;
};

// Spec §1.2.
const expected_region table[] = {
    {timrest::regions::china, "china", "console.tim.qq.com", "adminapi.my-imcloud.com"},
    {timrest::regions::singapore, "singapore", "adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"},
    {timrest::regions::seoul, "seoul", "adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"},
    {timrest::regions::tokyo, "tokyo", "adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"},
    {timrest::regions::frankfurt, "frankfurt", "adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"},
    {timrest::regions::mumbai, "mumbai", "adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"},
    {timrest::regions::silicon_valley, "silicon-valley", "adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"},
    {timrest::regions::jakarta, "jakarta", "adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"},
};

}  // namespace

TEST_CASE("region: every preset has the spec's host and backup host", "[region]") {
    for (const auto& e : table) {
        CAPTURE(e.name);
        CHECK(e.preset.name == e.name);
        CHECK(e.preset.host == e.host);
        CHECK(e.preset.backup_host == e.backup_host);
        CHECK(e.preset.url() == "https://" + std::string(e.host));
        CHECK(e.preset.backup_url() == "https://" + std::string(e.backup_host));
    }
}

TEST_CASE("region: regions::all lists the eight presets once each", "[region]") {
    CHECK(std::size(timrest::regions::all) == 8);
    std::set<std::string_view> names;
    for (const auto& r : timrest::regions::all) names.insert(r.name);
    CHECK(names.size() == 8);
    for (const auto& e : table) CHECK(names.count(e.name) == 1);
}

TEST_CASE("region: find_region finds each preset by name", "[region]") {
    for (const auto& e : table) {
        CAPTURE(e.name);
        const auto* r = timrest::find_region(e.name);
        REQUIRE(r != nullptr);
        CHECK(r->host == e.host);
        CHECK(r->backup_host == e.backup_host);
    }
    STATIC_REQUIRE(timrest::find_region("tokyo")->name == "tokyo");  // usable at compile time
}

TEST_CASE("region: find_region returns nullptr for an unknown name", "[region]") {
    CHECK(timrest::find_region("riyadh") == nullptr);
    CHECK(timrest::find_region("") == nullptr);
    CHECK(timrest::find_region("silicon_valley") == nullptr);  // the preset's name has a hyphen
    CHECK(timrest::find_region("adminapisgp.im.qcloud.com") == nullptr);
}

TEST_CASE("region: a region without a backup host has an empty backup URL", "[region]") {
    const timrest::region custom{"custom", "im.example.com", ""};
    CHECK(custom.url() == "https://im.example.com");
    CHECK(custom.backup_url().empty());
}

TEST_CASE("region: config::for_region fills base_url and backup_url", "[region]") {
    const auto c = timrest::config::for_region(timrest::regions::frankfurt, 1400000000, "key");
    CHECK(c.base_url == "https://adminapiger.im.qcloud.com");
    CHECK(c.backup_url == "https://adminapiger.my-imcloud.com");
    CHECK(c.sdkappid == 1400000000u);
    CHECK(c.secret_key == "key");
    CHECK(c.admin == "administrator");

    const auto d = timrest::config::for_region(*timrest::find_region("china"), 1, "k", "root");
    CHECK(d.base_url == "https://console.tim.qq.com");
    CHECK(d.backup_url == "https://adminapi.my-imcloud.com");
    CHECK(d.admin == "root");
}

}  // namespace protocol_region_test
