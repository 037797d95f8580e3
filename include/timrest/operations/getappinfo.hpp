#ifndef TIMREST_OPERATIONS_GETAPPINFO_HPP_INCLUDED
#define TIMREST_OPERATIONS_GETAPPINFO_HPP_INCLUDED

// v4/openconfigsvr/getappinfo: the app's operations statistics, one row a day for the last 30 days.
// Doc: https://www.tencentcloud.com/document/product/1047/34886. 200 calls a second.
// RequestField names the statistics to pull; without it every one comes back. Every value is sent as a string,
// numbers included ("ActiveUserNum": "2014"), so the row keeps strings. A row holds only what was asked for,
// plus Date: the page's second sample asks for ChainIncrease and ChainDecrease and gets Date as well.
// The pages differ: the newer one (b2) lists C2CDownMsgNum, DownMsgNum and GroupDownMsgNum, which the older
// one (a1) leaves out of its table though its sample returns the first two; b2's 32 fields are declared.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

/// The statistics RequestField can name, sent by name; the page's table, in its order.
enum class app_info_field {
    AppName, AppId, Company, ActiveUserNum, RegistUserNumOneDay, RegistUserNumTotal, LoginTimes, LoginUserNum,
    UpMsgNum, SendMsgUserNum, APNSMsgNum, C2CUpMsgNum, C2CDownMsgNum, C2CSendMsgUserNum, C2CAPNSMsgNum,
    MaxOnlineNum, DownMsgNum, ChainIncrease, ChainDecrease, GroupUpMsgNum, GroupDownMsgNum, GroupSendMsgUserNum,
    GroupAPNSMsgNum, GroupSendMsgGroupNum, GroupJoinGroupTimes, GroupQuitGroupTimes, GroupNewGroupNum,
    GroupAllGroupNum, GroupDestroyGroupNum, CallBackReq, CallBackRsp, Date,
};
BOOST_DESCRIBE_ENUM(app_info_field, AppName, AppId, Company, ActiveUserNum, RegistUserNumOneDay, RegistUserNumTotal,
                    LoginTimes, LoginUserNum, UpMsgNum, SendMsgUserNum, APNSMsgNum, C2CUpMsgNum, C2CDownMsgNum,
                    C2CSendMsgUserNum, C2CAPNSMsgNum, MaxOnlineNum, DownMsgNum, ChainIncrease, ChainDecrease,
                    GroupUpMsgNum, GroupDownMsgNum, GroupSendMsgUserNum, GroupAPNSMsgNum, GroupSendMsgGroupNum,
                    GroupJoinGroupTimes, GroupQuitGroupTimes, GroupNewGroupNum, GroupAllGroupNum,
                    GroupDestroyGroupNum, CallBackReq, CallBackRsp, Date)

struct getappinfo_request {
    optional_list<named<app_info_field>> RequestField{};  // absent: every field
};
BOOST_DESCRIBE_STRUCT(getappinfo_request, (), (RequestField))

/// One day's statistics: the fields of app_info_field, each present when it was asked for.
struct app_info_row {
    std::optional<std::string> AppName{};
    std::optional<std::string> AppId{};
    std::optional<std::string> Company{};
    std::optional<std::string> ActiveUserNum{};
    std::optional<std::string> RegistUserNumOneDay{};
    std::optional<std::string> RegistUserNumTotal{};
    std::optional<std::string> LoginTimes{};
    std::optional<std::string> LoginUserNum{};
    std::optional<std::string> UpMsgNum{};
    std::optional<std::string> SendMsgUserNum{};
    std::optional<std::string> APNSMsgNum{};
    std::optional<std::string> C2CUpMsgNum{};
    std::optional<std::string> C2CDownMsgNum{};
    std::optional<std::string> C2CSendMsgUserNum{};
    std::optional<std::string> C2CAPNSMsgNum{};
    std::optional<std::string> MaxOnlineNum{};
    std::optional<std::string> DownMsgNum{};
    std::optional<std::string> ChainIncrease{};
    std::optional<std::string> ChainDecrease{};
    std::optional<std::string> GroupUpMsgNum{};
    std::optional<std::string> GroupDownMsgNum{};
    std::optional<std::string> GroupSendMsgUserNum{};
    std::optional<std::string> GroupAPNSMsgNum{};
    std::optional<std::string> GroupSendMsgGroupNum{};
    std::optional<std::string> GroupJoinGroupTimes{};
    std::optional<std::string> GroupQuitGroupTimes{};
    std::optional<std::string> GroupNewGroupNum{};
    std::optional<std::string> GroupAllGroupNum{};
    std::optional<std::string> GroupDestroyGroupNum{};
    std::optional<std::string> CallBackReq{};
    std::optional<std::string> CallBackRsp{};
    std::optional<std::string> Date{};  // YYYYMMDD
};
BOOST_DESCRIBE_STRUCT(app_info_row, (),
                      (AppName, AppId, Company, ActiveUserNum, RegistUserNumOneDay, RegistUserNumTotal, LoginTimes,
                       LoginUserNum, UpMsgNum, SendMsgUserNum, APNSMsgNum, C2CUpMsgNum, C2CDownMsgNum,
                       C2CSendMsgUserNum, C2CAPNSMsgNum, MaxOnlineNum, DownMsgNum, ChainIncrease, ChainDecrease,
                       GroupUpMsgNum, GroupDownMsgNum, GroupSendMsgUserNum, GroupAPNSMsgNum, GroupSendMsgGroupNum,
                       GroupJoinGroupTimes, GroupQuitGroupTimes, GroupNewGroupNum, GroupAllGroupNum,
                       GroupDestroyGroupNum, CallBackReq, CallBackRsp, Date))

struct getappinfo_response {
    std::vector<app_info_row> Result;
};
BOOST_DESCRIBE_STRUCT(getappinfo_response, (), (Result))

struct getappinfo {
    static constexpr std::string_view path = "v4/openconfigsvr/getappinfo";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = getappinfo_request;
    using response = getappinfo_response;
    static constexpr service_error errors[] = {codes::bad_json, codes::sql_open, codes::sql_ping, codes::sql_query,
                                               codes::sql_result};
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::getappinfo)

#endif
