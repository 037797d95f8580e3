#ifndef TIMREST_GROUP_MSG_GROUP_MSG_RECALL_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GROUP_MSG_RECALL_HPP_INCLUDED

// v4/group_open_http_svc/group_msg_recall: recall group messages by MsgSeq, at any age while they roam; it cannot
// be undone. Doc: https://www.tencentcloud.com/document/product/1047/34965. 200 calls a second.
// Up to 10 messages a request. The call succeeds when single messages fail: each RecallRetList item carries a
// RetCode (10030: no such message, 10031: too old, 10032: not recallable), which `item_code` below names for
// item_failures(). Not for AVChatRoom groups (10033).

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::size_t max_recalls = 10;

struct group_msg_recall_request {
    required<std::string> GroupId;
    required<list<msg_seq_item, 1, max_recalls>> MsgSeqList;
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(group_msg_recall_request, (), (GroupId, MsgSeqList, TopicId))

/// The outcome for one message: RetCode 0, or the code from the table below.
struct recall_result {
    std::uint64_t MsgSeq = 0;
    std::int32_t RetCode = 0;
    static constexpr auto item_code = &recall_result::RetCode;
};
BOOST_DESCRIBE_STRUCT(recall_result, (), (MsgSeq, RetCode))

struct group_msg_recall_response {
    std::vector<recall_result> RecallRetList{};
};
BOOST_DESCRIBE_STRUCT(group_msg_recall_response, (), (RecallRetList))

struct group_msg_recall {
    static constexpr std::string_view path = "v4/group_open_http_svc/group_msg_recall";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_recalls;
    using request = group_msg_recall_request;
    using response = group_msg_recall_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, {codes::msg_not_found, codes::msg_too_old, codes::not_recallable,
                                         codes::recall_unsupported, codes::recall_disabled});
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::group_msg_recall)

#endif
