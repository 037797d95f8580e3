#ifndef TIMREST_RECENTCONTACT_MARK_CONTACT_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_MARK_CONTACT_HPP_INCLUDED

// v4/recentcontact/mark_contact: set standard and custom marks on up to 100 conversations.
// Doc: https://www.tencentcloud.com/document/product/1047/53438. Empty or more than 100 items
// gives 51006.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

/// OptType values.
enum class mark_opt_type : std::int32_t { set_standard_marks = 1, set_custom_mark = 2, set_both_marks = 3 };
BOOST_DESCRIBE_ENUM(mark_opt_type, set_standard_marks, set_custom_mark, set_both_marks)

/// A standard-mark bit position. The doc does not bound it; client SDKs keep marks in a
/// 64-bit mask (standard marks in the low bits, app-defined ones in bits 32-63), so 0..63.
using mark_bit = in_range<std::int32_t, 0, 63>;

struct mark_item {
    required<one_of<mark_opt_type>> OptType;
    required<contact_item> ContactItem;
    std::optional<std::vector<mark_bit>> ClearMark{};  // standard-mark bit positions to clear
    std::optional<std::vector<mark_bit>> SetMark{};    // standard-mark bit positions to set
    std::optional<text<256>> CustomMark{};
};
BOOST_DESCRIBE_STRUCT(mark_item, (), (OptType, ContactItem, ClearMark, SetMark, CustomMark))

struct mark_contact_request {
    required<user_id> From_Account;
    required<list<mark_item, 1, 100>> MarkItem;
};
BOOST_DESCRIBE_STRUCT(mark_contact_request, (), (From_Account, MarkItem))

struct mark_result_item {
    contact_item ContactItem;  // first: it holds a required<> member, and members with defaults follow those
    one_of<mark_opt_type> OptType{};
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(mark_result_item, (), (ContactItem, OptType, ResultCode, ResultInfo))

struct mark_contact_response {
    std::vector<mark_result_item> ResultItem;
};
BOOST_DESCRIBE_STRUCT(mark_contact_response, (), (ResultItem))

struct mark_contact {
    static constexpr std::string_view path = "v4/recentcontact/mark_contact";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    using request = mark_contact_request;
    using response = mark_contact_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::group_rows);
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::mark_contact)

#endif
