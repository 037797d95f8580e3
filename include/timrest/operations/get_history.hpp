#ifndef TIMREST_OPERATIONS_GET_HISTORY_HPP_INCLUDED
#define TIMREST_OPERATIONS_GET_HISTORY_HPP_INCLUDED

// v4/open_msg_svc/get_history: download links for one hour of the app's one-to-one or group message logs.
// Doc: https://www.tencentcloud.com/document/product/1047/34885. 10 calls a second.
// Files are made each hour, usually within the next hour, and kept seven days; each link expires (ExpireTime),
// after which the call gives a new one. The files are gzipped JSON, one message a line. The two pages (a1, b2)
// agree on the fields. MsgTime is checked as YYYYMMDDHH with a real calendar day (hour_stamp); the page does not
// say how far back the service looks beyond "the last seven days", so the date is not checked against the clock.
// The page's error codes are its own (1001-1005), not the 13xxxx of openconfigsvr.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

/// ChatType: which conversations' logs.
enum class chat_type { C2C, Group };
BOOST_DESCRIBE_ENUM(chat_type, C2C, Group)

struct get_history_request {
    required<named<chat_type>> ChatType;
    required<std::string> MsgTime;  // YYYYMMDDHH: "2015120121" is 21:00-21:59 on 1 December 2015

    static constexpr auto rules = timrest::rules(hour_stamp(&get_history_request::MsgTime));
};
BOOST_DESCRIBE_STRUCT(get_history_request, (), (ChatType, MsgTime))

struct history_file {
    std::string URL;
    std::string ExpireTime;  // "2015-12-02 16:45:23"
    std::int64_t FileSize = 0;  // bytes before gzip
    std::string FileMD5;
    std::int64_t GzipSize = 0;  // bytes after gzip
    std::string GzipMD5;
};
BOOST_DESCRIBE_STRUCT(history_file, (), (URL, ExpireTime, FileSize, FileMD5, GzipSize, GzipMD5))

struct get_history_response {
    std::vector<history_file> File;
};
BOOST_DESCRIBE_STRUCT(get_history_response, (), (File))

namespace codes {
inline constexpr service_error history_bad_request{1001, "invalid request; check the request URL"};
inline constexpr service_error history_bad_parameter{1002, "invalid parameter: not the app admin, a required field "
                                                            "missing, or a value out of the protocol"};
inline constexpr service_error history_system_error{1003, "system error"};
inline constexpr service_error history_not_ready{1004, "the file is not made yet, or no message was sent in that hour"};
inline constexpr service_error history_expired{1005, "the file has expired"};
}  // namespace codes

struct get_history {
    static constexpr std::string_view path = "v4/open_msg_svc/get_history";
    static constexpr unsigned calls_per_second = 10;
    static constexpr bool idempotent = true;  // a read
    using request = get_history_request;
    using response = get_history_response;
    static constexpr service_error errors[] = {codes::history_bad_request, codes::history_bad_parameter,
                                               codes::history_system_error, codes::history_not_ready,
                                               codes::history_expired};
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::get_history)

#endif
