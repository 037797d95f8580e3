#include "timrest/core/paging.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace core_paging_test {

namespace {

// A request and reply of a made-up paged call: two cursors, one of a narrower type in the reply.
struct list_request {
    std::string Owner;
    std::int64_t Cursor = 0;
    std::int64_t Offset = 0;
};

struct list_reply {
    std::int32_t Done = 0;
    std::int64_t NextCursor = 0;
    std::int32_t NextOffset = 0;
    std::string Note;
};

constexpr auto paged = timrest::paging(timrest::complete_when(&list_reply::Done, 1),
                                       timrest::cursor(&list_reply::NextCursor, &list_request::Cursor),
                                       timrest::cursor(&list_reply::NextOffset, &list_request::Offset));

list_reply reply(std::int32_t done, std::int64_t next, std::int32_t offset) {
    list_reply r;
    r.Done = done;
    r.NextCursor = next;
    r.NextOffset = offset;
    return r;
}

// The walk that protocol/pages.hpp performs, without a client: how many pages until done.
constexpr int pages_until_done() {
    list_request request{};
    int pages = 0;
    for (std::int64_t next = 10;; next += 10) {
        ++pages;
        list_reply page{};
        page.Done = next == 30 ? 1 : 0;
        page.NextCursor = next;
        if (paged.done(page)) return pages;
        if (!paged.advance(page, request)) return -1;
    }
}

}  // namespace

TEST_CASE("paging: complete_when is done when the flag equals the value", "[paging]") {
    constexpr auto complete = timrest::complete_when(&list_reply::Done, 1);
    CHECK(complete.done(reply(1, 0, 0)));
    CHECK_FALSE(complete.done(reply(0, 0, 0)));
    CHECK_FALSE(complete.done(reply(2, 0, 0)));
    STATIC_REQUIRE(complete.value == 1);
    STATIC_REQUIRE(complete.flag == &list_reply::Done);
}

TEST_CASE("paging: complete_when can name another value as the last page's", "[paging]") {
    constexpr auto complete = timrest::complete_when(&list_reply::Done, 0);
    CHECK(complete.done(reply(0, 0, 0)));
    CHECK_FALSE(complete.done(reply(1, 0, 0)));
}

TEST_CASE("paging: a cursor copies the reply's field into the request and says whether it changed", "[paging]") {
    constexpr auto c = timrest::cursor(&list_reply::NextCursor, &list_request::Cursor);
    list_request next{.Owner = "alice"};
    CHECK(c.advance(reply(0, 1700000000000, 0), next));
    CHECK(next.Cursor == 1700000000000);
    CHECK(next.Owner == "alice");
    CHECK_FALSE(c.advance(reply(0, 1700000000000, 0), next));
    CHECK(next.Cursor == 1700000000000);
}

TEST_CASE("paging: a cursor may copy between integer types of different widths", "[paging]") {
    constexpr auto c = timrest::cursor(&list_reply::NextOffset, &list_request::Offset);
    list_request next{};
    CHECK(c.advance(reply(0, 0, 42), next));
    CHECK(next.Offset == 42);
    CHECK_FALSE(c.advance(reply(0, 0, 42), next));
}

TEST_CASE("paging: a cursor may move backwards, which is a change too", "[paging]") {
    constexpr auto c = timrest::cursor(&list_reply::NextCursor, &list_request::Cursor);
    list_request next{.Owner = "alice", .Cursor = 100};
    CHECK(c.advance(reply(0, 5, 0), next));
    CHECK(next.Cursor == 5);
}

TEST_CASE("paging: paging.done follows its completion rule", "[paging]") {
    CHECK(paged.done(reply(1, 10, 0)));
    CHECK_FALSE(paged.done(reply(0, 10, 0)));
}

TEST_CASE("paging: paging.advance copies every cursor, even after the first one changed", "[paging]") {
    list_request next{};
    CHECK(paged.advance(reply(0, 10, 20), next));
    CHECK(next.Cursor == 10);
    CHECK(next.Offset == 20);
}

TEST_CASE("paging: paging.advance is true when only the last cursor moved", "[paging]") {
    list_request next{.Owner = "alice", .Cursor = 10, .Offset = 20};
    CHECK(paged.advance(reply(0, 10, 21), next));
    CHECK(next.Offset == 21);
}

TEST_CASE("paging: paging.advance is false when no cursor moved", "[paging]") {
    list_request next{.Owner = "alice", .Cursor = 10, .Offset = 20};
    CHECK_FALSE(paged.advance(reply(0, 10, 20), next));
    CHECK(next.Cursor == 10);
    CHECK(next.Offset == 20);
}

TEST_CASE("paging: a declaration with no cursor never advances", "[paging]") {
    constexpr auto only_flag = timrest::paging(timrest::complete_when(&list_reply::Done, 1));
    list_request next{};
    CHECK_FALSE(only_flag.advance(reply(0, 10, 20), next));
    CHECK(next.Cursor == 0);
    CHECK(only_flag.done(reply(1, 0, 0)));
}

TEST_CASE("paging: done and advance work in constant expressions", "[paging]") {
    STATIC_REQUIRE(pages_until_done() == 3);
    STATIC_REQUIRE(std::tuple_size_v<decltype(paged.cursors)> == 2);
}

namespace {
// Offset paging as get_group_member_info does it: the next Offset counts the items received, and a page
// shorter than the request's Limit is the last.
struct offset_request {
    std::int64_t Offset = 0;
    std::int64_t Limit = 2;
};
struct offset_reply {
    std::vector<int> Items;
};
constexpr auto by_offset = timrest::paging(
    timrest::complete_if([](const offset_reply& r, const offset_request& q) {
        return static_cast<std::int64_t>(r.Items.size()) < q.Limit;
    }),
    timrest::step([](const offset_reply& r, offset_request& q) {
        q.Offset += static_cast<std::int64_t>(r.Items.size());
        return !r.Items.empty();
    }));
}  // namespace

TEST_CASE("paging: complete_if reads the page and the request that asked for it", "[paging]") {
    const offset_request request{};
    CHECK_FALSE(by_offset.done(offset_reply{{1, 2}}, request));
    CHECK(by_offset.done(offset_reply{{1}}, request));
    CHECK(by_offset.done(offset_reply{}, request));
}

TEST_CASE("paging: step computes the next cursor and says whether it moved", "[paging]") {
    offset_request next{};
    CHECK(by_offset.advance(offset_reply{{1, 2}}, next));
    CHECK(next.Offset == 2);
    CHECK(by_offset.advance(offset_reply{{3, 4}}, next));
    CHECK(next.Offset == 4);
    CHECK_FALSE(by_offset.advance(offset_reply{}, next));
    CHECK(next.Offset == 4);
}

TEST_CASE("paging: complete_if with one parameter reads only the page", "[paging]") {
    constexpr auto rule = timrest::complete_if([](const offset_reply& r) { return r.Items.empty(); });
    CHECK(rule.done(offset_reply{}, offset_request{}));
    CHECK_FALSE(rule.done(offset_reply{{1}}, offset_request{}));
}

}  // namespace core_paging_test
