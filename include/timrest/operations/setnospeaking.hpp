#ifndef TIMREST_OPERATIONS_SETNOSPEAKING_HPP_INCLUDED
#define TIMREST_OPERATIONS_SETNOSPEAKING_HPP_INCLUDED

// v4/openconfigsvr/setnospeaking: set a user's global mute periods for one-to-one and for group messages.
// Doc: https://www.tencentcloud.com/document/product/1047/34923. 200 calls a second.
// A muted sender gets 20012 (one-to-one) or 10017 (group) and no before-send callback runs; the period runs out
// by itself, except 4294967295 (nospeaking::forever); 0 (nospeaking::unmute) lifts it. A field left out keeps
// its period; at least one must be given (130008). The two pages (a1, b2) agree; b2's wording is used.
// The page does not say what a UserID that was never imported gets; its only row for that field is 130005
// ("Set_Account is invalid"), which the emulator answers.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

struct setnospeaking_request {
    required<user_id> Set_Account;
    std::optional<nospeaking_time> C2CmsgNospeakingTime{};
    std::optional<nospeaking_time> GroupmsgNospeakingTime{};

    static constexpr auto rules = timrest::rules(at_least_one_of(&setnospeaking_request::C2CmsgNospeakingTime,
                                                                 &setnospeaking_request::GroupmsgNospeakingTime));
};
BOOST_DESCRIBE_STRUCT(setnospeaking_request, (), (Set_Account, C2CmsgNospeakingTime, GroupmsgNospeakingTime))

struct setnospeaking_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(setnospeaking_response, (), ())

struct setnospeaking {
    static constexpr std::string_view path = "v4/openconfigsvr/setnospeaking";
    static constexpr unsigned calls_per_second = 200;
    using request = setnospeaking_request;
    using response = setnospeaking_response;
    static constexpr service_error errors[] = {codes::bad_json, codes::missing_set_account, codes::bad_set_account,
                                               codes::no_mute_time, codes::system_error};
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::setnospeaking)

#endif
