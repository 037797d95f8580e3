#ifndef TIMREST_FOLLOW_FOLLOW_GET_HPP_INCLUDED
#define TIMREST_FOLLOW_FOLLOW_GET_HPP_INCLUDED

// v4/follow/follow_get: one page of a user's fans, follows or mutual follows, with their profiles.
// Doc: https://www.tencentcloud.com/document/product/1047/70347. 200 calls a second.
// Paging: StartCursor is empty on the first page and the previous reply's NextCursor after. The part of the
// page that was readable does not say how the last page shows; declared: the walk ends when NextCursor
// comes back empty (what the first page sends), so a reply without NextCursor also ends it.
// WantNum is required, "100 by default, at most 1000"; the builder's default is 100.
// The page's sample request has a trailing comma after WantNum.

#include "timrest/core/paging.hpp"
#include "timrest/follow/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <string_view>

namespace timrest::follow {

/// Which list follow_get pages through.
enum class list_type : std::int32_t { fans = 1, following = 2, mutual = 3 };
BOOST_DESCRIBE_ENUM(list_type, fans, following, mutual)

struct follow_get_request {
    required<user_id> From_Account;
    required<one_of<list_type>> FollowType;
    std::string StartCursor{};  // empty on the first page
    in_range<std::uint32_t, 1, 1000> WantNum = 100u;
};
BOOST_DESCRIBE_STRUCT(follow_get_request, (), (From_Account, FollowType, StartCursor, WantNum))

struct profile_item {
    std::string Tag;  // Tag_Profile_IM_*, Tag_Profile_Custom_*
    boost::json::value Value;
};
BOOST_DESCRIBE_STRUCT(profile_item, (), (Tag, Value))

struct follow_entry {
    std::string To_Account;
    std::int64_t FollowTime = 0;
    std::optional<std::vector<profile_item>> ProfileItem{};
    std::optional<std::int64_t> profile_sequence{};  // lower case, as the service sends it
};
BOOST_DESCRIBE_STRUCT(follow_entry, (), (To_Account, FollowTime, ProfileItem, profile_sequence))

struct follow_get_response {
    std::vector<follow_entry> FollowItem;
    std::string NextCursor;
};
BOOST_DESCRIBE_STRUCT(follow_get_response, (), (FollowItem, NextCursor))

struct follow_get {
    static constexpr std::string_view path = "v4/follow/follow_get";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = follow_get_request;
    using response = follow_get_response;
    static constexpr auto errors = join_errors(codes::common_rows);
    static constexpr auto paging = timrest::paging(complete_when(&response::NextCursor, std::string_view()),
                                                   cursor(&response::NextCursor, &request::StartCursor));
};

}  // namespace timrest::follow

TIMREST_COMPILED_ENDPOINT(timrest::follow::follow_get)

#endif
