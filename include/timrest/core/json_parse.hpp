#ifndef TIMREST_CORE_JSON_PARSE_HPP_INCLUDED
#define TIMREST_CORE_JSON_PARSE_HPP_INCLUDED

// Parsing JSON text that came from outside: a reply, or a request a person typed.
//
// boost::json::parse accepts two things this library must not:
// - a key repeated in one object, where the last one silently wins, so `"ErrorCode":70402,"ErrorCode":0` reads as
//   success;
// - a document whose tree costs far more memory than its text (`[{},{},...]` takes about ten bytes per byte), so a
//   16 MiB reply could take gigabytes once decoded.
// parse_json refuses both, and says where the text went wrong by line and column.

#include "timrest/core/detail/json_parser.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace timrest {

/// What parse_json allows.
struct json_limits {
    /// Arrays and objects nested deeper than this are refused.
    std::size_t max_depth = 64;
    /// Heap bytes the parsed tree may take, as estimated while parsing; past it the text is refused unread.
    std::size_t max_memory = std::numeric_limits<std::size_t>::max();
};

/// Why and where a JSON text was refused.
struct json_error {
    std::string reason;      ///< e.g. `duplicate key "ErrorCode"`, `syntax error`
    std::size_t offset = 0;  ///< bytes read before the error was found
    std::size_t line = 1;    ///< 1-based
    std::size_t column = 1;  ///< 1-based, in bytes

    /// `line 2, column 7: duplicate key "ErrorCode"`
    std::string to_string() const {
        return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + reason;
    }
};

/// A parsed document, or why there is none.
struct parsed_json {
    boost::json::value value;          ///< null when parsing failed
    std::optional<json_error> error;   ///< set when parsing failed
    std::size_t memory = 0;            ///< estimated heap bytes `value` holds (or would have, when too large)

    explicit operator bool() const noexcept { return !error; }
};

/// Parses one JSON document (whitespace around it is fine), refusing duplicate keys, nesting beyond
/// `limits.max_depth` and trees costing more than `limits.max_memory`.
inline parsed_json parse_json(std::string_view text, const json_limits& limits = {}) {
    boost::json::parse_options options;
    options.max_depth = limits.max_depth;
    boost::json::basic_parser<detail::strict_handler> parser(options, limits.max_memory);
    parsed_json out;
    boost::json::error_code ec;
    std::size_t used = 0;
    try {
        used = parser.write_some(false, text.data(), text.size(), ec);
    } catch (const std::bad_alloc&) {
        ec = boost::json::error::exception;
        parser.handler().fail_memory_exhausted();
    }
    out.memory = parser.handler().memory();
    if (!ec) {
        out.value = parser.handler().release();
        return out;
    }
    json_error e;
    e.reason = parser.handler().problem().empty() ? ec.message() : std::string(parser.handler().problem());
    e.offset = std::min(used, text.size());
    for (std::size_t i = 0; i < e.offset; ++i) {
        if (text[i] == '\n') {
            ++e.line;
            e.column = 1;
        } else {
            ++e.column;
        }
    }
    out.error = std::move(e);
    return out;
}

}  // namespace timrest

#endif
