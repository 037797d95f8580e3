#ifndef TIMREST_PROTOCOL_ITEM_FAILURES_HPP_INCLUDED
#define TIMREST_PROTOCOL_ITEM_FAILURES_HPP_INCLUDED

// Batch calls can succeed as a whole while single items fail: every object with a non-zero `ResultCode`
// (create, update, mark, account_check, account_delete), a non-zero `ErrorCode` (batchsendmsg's ErrorList,
// group items) or a non-zero code in the member an item type names as its `item_code` (group_msg_recall's RetCode),
// every item whose type judges itself failed (add_group_member's Result 0, through `failed()`), and every entry of
// `FailAccounts` (multiaccount_import). item_failures() finds them in any declared response, by
// walking it: give it what try_call returned, or name the endpoint for a bare response
// (`item_failures<E>(call<E>(...))`).

#include "timrest/core/detail/json_path.hpp"
#include "timrest/core/detail/text.hpp"
#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/call_result.hpp"
#include "timrest/protocol/common_errors.hpp"

#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace timrest {

/// One item of a batch that failed.
struct item_failure {
    std::string path;          ///< where in the response, e.g. `ResultItem[1]`
    std::optional<int> code;   ///< its ResultCode; none for FailAccounts entries, which carry no code
    std::string info;          ///< its ResultInfo as the service sent it, minus secrets; print it via message()
    std::string_view meaning;  ///< from the endpoint's table or the common one
    boost::json::value item;   ///< the item as returned (its UserID, ContactItem, ...)

    /// One line for logs: `ResultItem[1]: error 70107: <meaning> (<ResultInfo>)`. ResultInfo is the
    /// service's text, so its control characters come out escaped and it is cut at 1 KiB.
    std::string message() const {
        std::string out = path + ": ";
        if (code) out += "error " + std::to_string(*code) + ": ";
        if (meaning.empty()) return out + detail::printable(info);
        return out + std::string(meaning) + " (" + detail::printable(info) + ")";
    }
};

namespace detail {

template <class T>
concept per_item_result = requires(const T& t) {
    { t.ResultCode } -> std::convertible_to<std::int64_t>;
    { t.ResultInfo } -> std::convertible_to<std::string_view>;
};

// An item that carries the envelope's names for its own outcome (`{"To_Account": "x", "ErrorCode": 70107}`).
template <class T>
concept per_item_error = !per_item_result<T> && requires(const T& t) {
    { t.ErrorCode } -> std::convertible_to<std::int64_t>;
};

// An item that names the member holding its own outcome code under another name (group_msg_recall's RetCode,
// import_group_msg's Result, get_group_msg_receipt's Code): `static constexpr auto item_code = &T::RetCode;`.
template <class T>
concept names_item_code = !per_item_result<T> && !per_item_error<T> && requires(const T& t) {
    { t.*T::item_code } -> std::convertible_to<std::int64_t>;
};

// An item whose outcome is no code but a status only its declaration can read (add_group_member's Result: 0
// failed, 1 added, 2 already a member, 3 pending): its struct says so with `failed()` and `failure_info()`.
template <class T>
concept self_judged_item = !per_item_result<T> && !per_item_error<T> && requires(const T& t) {
    { t.failed() } -> std::convertible_to<bool>;
    { t.failure_info() } -> std::convertible_to<std::string_view>;
};

template <class T>
concept lists_failed_accounts = requires(const T& t) { t.FailAccounts; };

template <class E>
struct failure_collector {
    json_path path;
    std::vector<item_failure> out;

    template <class T>
    void visit(const T& v) {
        if constexpr (is_optional<T>::value) {
            if (v) visit(*v);
        } else if constexpr (is_required<T>::value) {
            visit(*v);
        } else if constexpr (is_sequence<T>::value) {
            std::size_t i = 0;
            for (const auto& e : v) {
                json_path::scope at(path, i++);
                visit(e);
            }
        } else if constexpr (is_described_struct<T>::value) {
            if constexpr (per_item_result<T>) {
                if (v.ResultCode != 0) add(static_cast<int>(v.ResultCode), std::string(v.ResultInfo), to_json(v));
            }
            if constexpr (per_item_error<T>) {
                std::string info;
                if constexpr (requires { std::string_view(v.ErrorInfo); }) info = std::string(v.ErrorInfo);
                if (v.ErrorCode != 0) add(static_cast<int>(v.ErrorCode), std::move(info), to_json(v));
            }
            if constexpr (names_item_code<T>) {
                if (v.*T::item_code != 0) add(static_cast<int>(v.*T::item_code), std::string(), to_json(v));
            }
            if constexpr (self_judged_item<T>) {
                if (v.failed()) add(std::nullopt, std::string(v.failure_info()), to_json(v));
            }
            if constexpr (lists_failed_accounts<T>) {
                json_path::scope at(path, std::string_view("FailAccounts"));
                std::size_t i = 0;
                for (const auto& id : v.FailAccounts) {
                    json_path::scope entry(path, i++);
                    add(std::nullopt, "listed in FailAccounts", to_json(id));
                }
            }
            boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
                if (lists_failed_accounts<T> && std::string_view(D.name) == "FailAccounts") return;  // done above
                json_path::scope at(path, std::string_view(D.name));
                visit(v.*D.pointer);
            });
        }
    }

    void add(std::optional<int> code, std::string info, boost::json::value item) {
        const service_error* row = code ? lookup_error<E>(*code) : nullptr;
        out.push_back({path.str(), code, std::move(info), row ? row->meaning : std::string_view(), std::move(item)});
    }
};

}  // namespace detail

/// The items of E's response that failed although the call succeeded; empty when every item succeeded.
template <class E>
std::vector<item_failure> item_failures(const typename E::response& response) {
    detail::failure_collector<E> c;
    c.visit(response);
    return std::move(c.out);
}

/// The items that failed in what try_call<E> returned; empty when every item succeeded, and when the call
/// itself failed (check `r` first: its error() says why).
template <class E>
std::vector<item_failure> item_failures(const call_result<E>& r) {
    return r ? item_failures<E>(*r) : std::vector<item_failure>();
}

}  // namespace timrest

#endif
