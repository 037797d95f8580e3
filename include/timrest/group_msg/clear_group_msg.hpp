#ifndef TIMREST_GROUP_MSG_CLEAR_GROUP_MSG_HPP_INCLUDED
#define TIMREST_GROUP_MSG_CLEAR_GROUP_MSG_HPP_INCLUDED

// v4/group_open_http_svc/clear_group_msg: clear a group's history, all of it or up to a MsgSeq.
// Doc: https://www.tencentcloud.com/document/product/1047/65970 (not in the spec folder; read through search).
// 200 calls a second. Not for Community groups.
// The messages are marked deleted, not removed: clients can no longer pull them, the admin still can with
// group_msg_get_simple. The error table as read lists 10002, 10003, 10004, 10007 (the operator must be the
// admin) and 10010; the rest of the table was cut off, so 10015 is not declared.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct clear_group_msg_request {
    required<std::string> GroupId;
    std::optional<std::uint64_t> MsgSeq{};  // clears messages with MsgSeq <= this; all when absent
};
BOOST_DESCRIBE_STRUCT(clear_group_msg_request, (), (GroupId, MsgSeq))

struct clear_group_msg_response {};
BOOST_DESCRIBE_STRUCT(clear_group_msg_response, (), ())

struct clear_group_msg {
    static constexpr std::string_view path = "v4/group_open_http_svc/clear_group_msg";
    static constexpr unsigned calls_per_second = 200;
    using request = clear_group_msg_request;
    using response = clear_group_msg_response;
    static constexpr service_error errors[] = {codes::internal_error, codes::bad_command, codes::invalid_parameter,
                                               codes::no_permission, codes::group_not_found};
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::clear_group_msg)

#endif
