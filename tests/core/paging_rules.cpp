#include "timrest/core/paging.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace core_paging_rules_test {

// complete_unless: the page that ends a walk is the one whose flag is anything but the "more to come" value.

namespace {

struct list_request {
    std::int64_t StartIndex = 0;
};

struct list_reply {
    std::int32_t CompleteFlag = 0;
    std::int64_t NextStartIndex = 0;
    std::string NextCursor;
};

list_reply reply(std::int32_t complete, std::int64_t next) {
    list_reply r;
    r.CompleteFlag = complete;
    r.NextStartIndex = next;
    return r;
}

constexpr auto paged = timrest::paging(timrest::complete_unless(&list_reply::CompleteFlag, 0),
                                       timrest::cursor(&list_reply::NextStartIndex, &list_request::StartIndex));

}  // namespace

TEST_CASE("paging: complete_unless is done when the flag is any value but the given one", "[paging]") {
    constexpr auto complete = timrest::complete_unless(&list_reply::CompleteFlag, 0);
    CHECK_FALSE(complete.done(reply(0, 5)));
    CHECK(complete.done(reply(1, 0)));
    CHECK(complete.done(reply(2, 0)));   // complete_when(flag, 1) would ask for another page here
    CHECK(complete.done(reply(-1, 0)));
    STATIC_REQUIRE(complete.value == 0);
    STATIC_REQUIRE(complete.flag == &list_reply::CompleteFlag);
}

TEST_CASE("paging: complete_unless combines with cursors in a paging rule", "[paging]") {
    list_request next;
    CHECK_FALSE(paged.done(reply(0, 3)));
    CHECK(paged.advance(reply(0, 3), next));
    CHECK(next.StartIndex == 3);
    CHECK(paged.done(reply(7, 0)));
}

TEST_CASE("paging: complete_unless compares strings too (not done while a cursor string is non-empty)", "[paging]") {
    constexpr auto more = timrest::complete_unless(&list_reply::NextCursor, std::string_view("more"));
    list_reply r;
    r.NextCursor = "more";
    CHECK_FALSE(more.done(r));
    r.NextCursor = "";
    CHECK(more.done(r));
}

}  // namespace core_paging_rules_test
