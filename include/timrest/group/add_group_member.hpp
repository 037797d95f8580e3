#ifndef TIMREST_GROUP_ADD_GROUP_MEMBER_HPP_INCLUDED
#define TIMREST_GROUP_ADD_GROUP_MEMBER_HPP_INCLUDED

// v4/group_open_http_svc/add_group_member: add up to 300 users to a group.
// Doc: https://www.tencentcloud.com/document/product/1047/34921. 200 calls a second. Not for AVChatRoom (10007).
// The call succeeds while single users fail: each MemberList entry's Result says 0 failed, 1 added, 2 already a
// member, 3 waiting for approval. Result 0 carries no code; member_result::failed() says which entries failed,
// and item_failures() reports them through it.
// - The field table marks Silence "Yes" (required) and then gives it a default of 0; its samples leave it out.
//   It is optional here.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_added_members = 300;  // 10005 beyond

struct new_member {
    required<user_id> Member_Account;
};
BOOST_DESCRIBE_STRUCT(new_member, (), (Member_Account))

struct add_group_member_request {
    required<std::string> GroupId;
    required<list<new_member, 1, max_added_members>> MemberList;
    std::optional<switch_flag> Silence{};
};
BOOST_DESCRIBE_STRUCT(add_group_member_request, (), (GroupId, MemberList, Silence))

/// add_group_member's Result.
enum class add_result : std::int32_t { failed = 0, added = 1, already_member = 2, pending_approval = 3 };
BOOST_DESCRIBE_ENUM(add_result, failed, added, already_member, pending_approval)

struct member_result {
    std::string Member_Account;
    one_of<add_result> Result{};

    bool failed() const noexcept { return Result == add_result::failed; }
    std::string_view failure_info() const noexcept { return "Result 0: the user was not added"; }
};
BOOST_DESCRIBE_STRUCT(member_result, (), (Member_Account, Result))

struct add_group_member_response {
    std::vector<member_result> MemberList;
};
BOOST_DESCRIBE_STRUCT(add_group_member_response, (), (MemberList))

struct add_group_member {
    static constexpr std::string_view path = "v4/group_open_http_svc/add_group_member";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_added_members;
    using request = add_group_member_request;
    using response = add_group_member_response;
    static constexpr auto errors =
        join_errors(codes::group_rows, {codes::group_full,
                                        codes::refused_by_webhook,
                                        codes::user_not_found,
                                        codes::command_disabled,
                                        {10005, "more than 300 members in MemberList"},
                                        {10037, "an invited user has joined as many groups as the plan allows"}});
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::add_group_member)

#endif
