#include "timrest/protocol/batches.hpp"

#include <catch2/catch.hpp>

#include "timrest/account/account_check.hpp"
#include "timrest/account/multiaccount_import.hpp"
#include "timrest/transport/fake.hpp"

#include <boost/json/parse.hpp>

#include <memory>
#include <string>
#include <vector>

namespace protocol_for_each_batch_test {

namespace {

namespace acc = timrest::account;
using timrest::fake_transport;

std::vector<std::string> user_ids(std::size_t n) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) ids.push_back("user" + std::to_string(i));
    return ids;
}

timrest::config test_config() {
    timrest::config c;
    c.sdkappid = 1400000000;
    c.secret_key = "test-key";
    c.base_url = "http://127.0.0.1:1";
    return c;
}

auto import_batch = [](std::span<const std::string> batch) {
    return acc::multiaccount_import_request{.Accounts = batch};
};

}  // namespace

TEST_CASE("for_each_batch: the batch size comes from the request's declared list bound", "[batches]") {
    STATIC_REQUIRE(timrest::batch_limit<acc::multiaccount_import>() == 100);
    STATIC_REQUIRE(timrest::batch_limit<acc::account_check>() == 100);
}

TEST_CASE("for_each_batch: 250 items go out as three requests of 100, 100 and 50, in order", "[batches]") {
    auto fake = std::make_shared<fake_transport>(fake_transport::always(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","FailAccounts":[]})"));
    timrest::client chat(test_config(), fake);
    const auto report = timrest::for_each_batch<acc::multiaccount_import>(chat, user_ids(250), import_batch);
    CHECK(report.ok());
    CHECK(report.items == 250);
    CHECK(report.calls == 3);
    const auto sent = fake->requests();
    REQUIRE(sent.size() == 3);
    std::vector<std::size_t> sizes;
    for (const auto& r : sent) sizes.push_back(boost::json::parse(r.body).at("Accounts").as_array().size());
    CHECK(sizes == std::vector<std::size_t>{100, 100, 50});
    CHECK(boost::json::parse(sent[1].body).at("Accounts").as_array().at(0) == "user100");
}

TEST_CASE("for_each_batch: per-item failures say which batch they came from", "[batches]") {
    int call = 0;
    auto fake = std::make_shared<fake_transport>([&](const fake_transport::request&) {
        const bool second = ++call == 2;
        return timrest::http_outcome{
            {}, {}, {200, second ? R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","FailAccounts":["user150"]})"
                                 : R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","FailAccounts":[]})"}};
    });
    timrest::client chat(test_config(), fake);
    const auto report = timrest::for_each_batch<acc::multiaccount_import>(chat, user_ids(300), import_batch);
    CHECK_FALSE(report.ok());
    CHECK(report.failed_batches.empty());
    REQUIRE(report.failed_items.size() == 1);
    CHECK(report.failed_items[0].batch_first == 100);
    CHECK(report.failed_items[0].failure.item == "user150");
}

TEST_CASE("for_each_batch: a failed call is reported with the items it covered, and the rest still go", "[batches]") {
    int call = 0;
    auto fake = std::make_shared<fake_transport>([&](const fake_transport::request&) {
        const bool first = ++call == 1;
        return timrest::http_outcome{
            {}, {}, {200, first ? R"({"ActionStatus":"FAIL","ErrorCode":70398,"ErrorInfo":"limit"})"
                                : R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","FailAccounts":[]})"}};
    });
    timrest::client chat(test_config(), fake);
    SECTION("by default every batch is tried") {
        const auto report = timrest::for_each_batch<acc::multiaccount_import>(chat, user_ids(150), import_batch);
        CHECK(report.calls == 2);
        REQUIRE(report.failed_batches.size() == 1);
        CHECK(report.failed_batches[0].first == 0);
        CHECK(report.failed_batches[0].size == 100);
        CHECK(report.failed_batches[0].error.code == timrest::service_code(70398));
    }
    SECTION("stop_on_failure stops after the first failed call") {
        const auto report = timrest::for_each_batch<acc::multiaccount_import>(chat, user_ids(150), import_batch, true);
        CHECK(report.calls == 1);
        CHECK(report.items == 100);
        CHECK(fake->requests().size() == 1);
    }
}

TEST_CASE("for_each_batch: an empty input sends nothing", "[batches]") {
    auto fake = std::make_shared<fake_transport>(fake_transport::always("{}"));
    timrest::client chat(test_config(), fake);
    const auto report = timrest::for_each_batch<acc::multiaccount_import>(chat, std::vector<std::string>{}, import_batch);
    CHECK(report.ok());
    CHECK(report.calls == 0);
    CHECK(fake->requests().empty());
}

}  // namespace protocol_for_each_batch_test
