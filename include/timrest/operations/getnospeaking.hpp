#ifndef TIMREST_OPERATIONS_GETNOSPEAKING_HPP_INCLUDED
#define TIMREST_OPERATIONS_GETNOSPEAKING_HPP_INCLUDED

// v4/openconfigsvr/getnospeaking: read a user's global mute periods.
// Doc: https://www.tencentcloud.com/document/product/1047/34924. 200 calls a second.
// Each period is what is left of it, in seconds: the page's sample reads 7196 after its setnospeaking sample set
// 7200. 0 means not muted, 4294967295 (nospeaking::forever) muted for good. The two pages (a1, b2) agree.
// The page does not say what a UserID that was never imported gets; the emulator answers 130003
// ("Get_Account is invalid").

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

struct getnospeaking_request {
    required<user_id> Get_Account;
};
BOOST_DESCRIBE_STRUCT(getnospeaking_request, (), (Get_Account))

struct getnospeaking_response {
    nospeaking_time C2CmsgNospeakingTime = nospeaking::unmute;
    nospeaking_time GroupmsgNospeakingTime = nospeaking::unmute;
};
BOOST_DESCRIBE_STRUCT(getnospeaking_response, (), (C2CmsgNospeakingTime, GroupmsgNospeakingTime))

struct getnospeaking {
    static constexpr std::string_view path = "v4/openconfigsvr/getnospeaking";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = getnospeaking_request;
    using response = getnospeaking_response;
    static constexpr service_error errors[] = {codes::bad_json, codes::missing_get_account, codes::bad_get_account,
                                               codes::system_error};
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::getnospeaking)

#endif
