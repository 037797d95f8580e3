#ifndef TIMREST_RECENTCONTACT_DELETE_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_DELETE_HPP_INCLUDED

// v4/recentcontact/delete: delete one conversation, optionally with its roaming messages.
// Doc: https://www.tencentcloud.com/document/product/1047/43088. The group key is spelled
// `ToGroupid` (lower-case "id") here, unlike the contact-group calls' `ToGroupId`.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

/// ClearRamble values: whether the conversation's roaming messages go too.
enum class roaming_messages : std::int32_t { keep = 0, clear = 1 };
BOOST_DESCRIBE_ENUM(roaming_messages, keep, clear)

struct delete_request {
    required<user_id> From_Account;
    required<one_of<conversation_type>> Type;
    std::optional<user_id> To_Account{};
    std::optional<std::string> ToGroupid{};
    std::optional<one_of<roaming_messages>> ClearRamble{};

    static constexpr auto rules = timrest::rules(
        required_when(&delete_request::To_Account, &delete_request::Type, conversation_type::c2c),
        required_when(&delete_request::ToGroupid, &delete_request::Type, conversation_type::group));
};
BOOST_DESCRIBE_STRUCT(delete_request, (), (From_Account, Type, To_Account, ToGroupid, ClearRamble))

struct delete_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(delete_response, (), ())

struct delete_ {
    static constexpr std::string_view path = "v4/recentcontact/delete";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    using request = delete_request;
    using response = delete_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::delete_)

#endif
