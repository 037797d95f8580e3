#ifndef TIMREST_RECENTCONTACT_GET_LIST_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_GET_LIST_HPP_INCLUDED

// v4/recentcontact/get_list: one page of a user's conversation list.
// Doc: https://www.tencentcloud.com/document/product/1047/43087. The four cursors are 0 on the
// first page; each later page sends back the values the previous reply returned, until CompleteFlag is 1.

#include "timrest/core/paging.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

/// AssistFlags bits. The current doc (cloud.tencent.com 269/62118, 2025-12) asks for the fixed value 15;
/// bit 3 is undocumented, so it has no name here, and no bit above it is defined.
namespace assist_flags {
inline constexpr std::uint32_t pinned = 1;               ///< support pinned conversations
inline constexpr std::uint32_t empty_conversations = 2;  ///< return conversations without messages
inline constexpr std::uint32_t page_pinned = 4;          ///< page through pinned conversations too
inline constexpr std::uint32_t recommended = 15;         ///< the value the current doc prescribes
}  // namespace assist_flags

struct get_list_request {
    required<user_id> From_Account;
    std::int64_t TimeStamp = 0;
    std::int64_t StartIndex = 0;
    std::int64_t TopTimeStamp = 0;
    std::int64_t TopStartIndex = 0;
    in_range<std::uint32_t, 0, 15> AssistFlags = assist_flags::recommended;
};
BOOST_DESCRIBE_STRUCT(get_list_request, (), (From_Account, TimeStamp, StartIndex, TopTimeStamp, TopStartIndex, AssistFlags))

struct session_item {
    one_of<conversation_type> Type{};
    std::optional<std::string> To_Account{};  // one-to-one conversations
    std::optional<std::string> GroupId{};     // group conversations; the key is GroupId here, not ToGroupId
    std::int64_t MsgTime = 0;
    std::int32_t TopFlag = 0;  // 1 = pinned
};
BOOST_DESCRIBE_STRUCT(session_item, (), (Type, To_Account, GroupId, MsgTime, TopFlag))

struct get_list_response {
    std::vector<session_item> SessionItem;
    std::int32_t CompleteFlag = 0;  // 1 = this is the last page
    std::int64_t TimeStamp = 0;
    std::int64_t StartIndex = 0;
    std::int64_t TopTimeStamp = 0;
    std::int64_t TopStartIndex = 0;
};
BOOST_DESCRIBE_STRUCT(get_list_response, (), (SessionItem, CompleteFlag, TimeStamp, StartIndex, TopTimeStamp, TopStartIndex))

struct get_list {
    static constexpr std::string_view path = "v4/recentcontact/get_list";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    static constexpr bool idempotent = true;  // a read
    using request = get_list_request;
    using response = get_list_response;
    static constexpr auto errors = join_errors(codes::common_rows);
    static constexpr auto paging = timrest::paging(
        complete_when(&response::CompleteFlag, 1), cursor(&response::TimeStamp, &request::TimeStamp),
        cursor(&response::StartIndex, &request::StartIndex), cursor(&response::TopTimeStamp, &request::TopTimeStamp),
        cursor(&response::TopStartIndex, &request::TopStartIndex));
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::get_list)

#endif
