#ifndef TIMREST_GROUP_MSG_IMPORT_GROUP_MEMBER_HPP_INCLUDED
#define TIMREST_GROUP_MSG_IMPORT_GROUP_MEMBER_HPP_INCLUDED

// v4/group_open_http_svc/import_group_member: import up to 300 members into a group, for migration; no callback,
// no notification. Doc: https://www.tencentcloud.com/document/product/1047/34969. 200 calls a second.
// A JoinTime must lie between the group's creation and now. An UnreadMsgNum above the group's number of messages
// is lowered to it. Not for AVChatRoom groups (10007).
// Role: the page supports only Admin (Member when absent); group::member_role also has Owner and Member, which
// the service refuses.
// Each reply item's Result is 1 imported, 2 already a member, 0 failed: a status, not an error code, so
// item_failures() does not report it; failed_members() lists the failures.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::size_t max_imported_members = 300;

struct imported_member {
    required<user_id> Member_Account;
    std::optional<named<group::member_role>> Role{};
    std::optional<std::int64_t> JoinTime{};  // Unix seconds
    std::optional<std::uint32_t> UnreadMsgNum{};
};
BOOST_DESCRIBE_STRUCT(imported_member, (), (Member_Account, Role, JoinTime, UnreadMsgNum))

struct import_group_member_request {
    required<std::string> GroupId;
    required<list<imported_member, 1, max_imported_members>> MemberList;
};
BOOST_DESCRIBE_STRUCT(import_group_member_request, (), (GroupId, MemberList))

/// Result values.
namespace import_result {
inline constexpr std::int32_t failed = 0;
inline constexpr std::int32_t imported = 1;
inline constexpr std::int32_t already_member = 2;
}  // namespace import_result

struct member_import_result {
    std::string Member_Account;
    std::int32_t Result = import_result::failed;
};
BOOST_DESCRIBE_STRUCT(member_import_result, (), (Member_Account, Result))

struct import_group_member_response {
    std::vector<member_import_result> MemberList{};
};
BOOST_DESCRIBE_STRUCT(import_group_member_response, (), (MemberList))

/// The members the service could not import (Result 0).
inline std::vector<std::string> failed_members(const import_group_member_response& r) {
    std::vector<std::string> out;
    for (const auto& m : r.MemberList)
        if (m.Result == import_result::failed) out.push_back(m.Member_Account);
    return out;
}

struct import_group_member {
    static constexpr std::string_view path = "v4/group_open_http_svc/import_group_member";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_imported_members;
    using request = import_group_member_request;
    using response = import_group_member_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, {codes::too_many_accounts, codes::too_frequent});
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::import_group_member)

#endif
