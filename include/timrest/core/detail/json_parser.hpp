#ifndef TIMREST_CORE_DETAIL_JSON_PARSER_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_JSON_PARSER_HPP_INCLUDED

// The handler behind parse_json: it builds the tree with boost::json::value_stack as boost::json::parser does,
// and on top of that
// - keeps the keys of each open object, and refuses the object when one repeats;
// - estimates the heap bytes of the tree as it grows, and refuses the text once that passes the limit;
// - reads each number with a fraction or an exponent as the double nearest to its text (std::from_chars).
//   Boost.JSON 1.81 only approximates that for long or large numbers: it reads 9.9999E40 as
//   9.9998999999999992e40, which it writes back as 9.9999E40, so a value drifted each time it went through
//   JSON (found by the response_decoder fuzz target); and refuses a number too large for a double, which
//   Boost.JSON reads as infinity and writes as `Infinity`, not JSON (found by the same target and cli_request).

#include <boost/json/basic_parser.hpp>
#include <boost/json/error.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string_view.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace timrest::detail {

class strict_handler {
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    explicit strict_handler(std::size_t max_memory) : max_memory_(max_memory) {}

    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }

    bool on_array_begin(boost::json::error_code&) { return true; }
    bool on_array_end(std::size_t n, boost::json::error_code& ec) {
        return close(n, block(header_bytes + n * sizeof(boost::json::value)), ec) && (stack_.push_array(n), true);
    }

    bool on_object_begin(boost::json::error_code&) {
        levels_.push_back(spans_.size());
        return true;
    }
    bool on_object_end(std::size_t n, boost::json::error_code& ec) {
        const std::size_t first = levels_.back();
        levels_.pop_back();
        if (!unique_keys(first, ec)) return false;
        spans_.resize(first);
        keys_.resize(spans_.empty() ? 0 : spans_.back().first + spans_.back().second);
        // Objects past a small size also get a hash index of one 32-bit bucket per entry.
        return close(n, block(header_bytes + n * (sizeof(boost::json::key_value_pair) + sizeof(std::uint32_t))), ec) &&
               (stack_.push_object(n), true);
    }

    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        stack_.push_chars(s);
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t n, boost::json::error_code& ec) {
        return push(n < 15 ? 0 : block(header_bytes + n + 1), ec) && (stack_.push_string(s), true);
    }

    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        key_.append(s.data(), s.size());
        stack_.push_chars(s);
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t n, boost::json::error_code& ec) {
        key_.append(s.data(), s.size());
        spans_.emplace_back(keys_.size(), key_.size());
        keys_ += key_;
        key_.clear();
        return spend(block(n + 1), ec) && (stack_.push_key(s), true);
    }

    bool on_number_part(boost::json::string_view s, boost::json::error_code&) {
        number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, boost::json::string_view, boost::json::error_code& ec) {
        number_.clear();
        return push(0, ec) && (stack_.push_int64(i), true);
    }
    bool on_uint64(std::uint64_t u, boost::json::string_view, boost::json::error_code& ec) {
        number_.clear();
        return push(0, ec) && (stack_.push_uint64(u), true);
    }
    bool on_double(double d, boost::json::string_view s, boost::json::error_code& ec) {
        number_.append(s.data(), s.size());
        // JSON's number grammar is a subset of from_chars's. Past a double's range from_chars reports an error
        // and Boost.JSON's reading stands: 0 for 1e-999, infinity for 1e999, which no JSON can carry (it would
        // be written as `Infinity`), so such a document is refused.
        double nearest = 0;
        const auto [end, err] = std::from_chars(number_.data(), number_.data() + number_.size(), nearest);
        if (err == std::errc() && end == number_.data() + number_.size()) d = nearest;
        if (!std::isfinite(d)) {
            problem_ = "a number too large for a double: " + number_.substr(0, 24) + (number_.size() > 24 ? "..." : "");
            ec = boost::json::error::exception;
            return false;
        }
        number_.clear();
        return push(0, ec) && (stack_.push_double(d), true);
    }
    bool on_bool(bool b, boost::json::error_code& ec) { return push(0, ec) && (stack_.push_bool(b), true); }
    bool on_null(boost::json::error_code& ec) { return push(0, ec) && (stack_.push_null(), true); }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

    boost::json::value release() { return stack_.release(); }
    std::size_t memory() const noexcept { return allocated_ + stack_bytes(); }
    /// What went wrong beyond JSON syntax; empty for a syntax error (the parser's error code says it then).
    std::string_view problem() const noexcept { return problem_; }
    void fail_memory_exhausted() { problem_ = "out of memory while parsing"; }

private:
    // The estimate follows what boost::json allocates: a header beside the elements of each array, object and
    // long string, rounded up and with the allocator's own header, as malloc does; and the parser's stack of
    // values not yet placed in their container, which grows by doubling. Short strings live in the value.
    static constexpr std::size_t header_bytes = 16;
    static constexpr std::size_t block(std::size_t bytes) noexcept { return (bytes + 15) / 16 * 16 + 16; }
    std::size_t stack_bytes() const noexcept { return 2 * stack_peak_ * sizeof(boost::json::value); }

    // A value joins the stack, with `bytes` of its own.
    bool push(std::size_t bytes, boost::json::error_code& ec) {
        stack_peak_ = std::max(stack_peak_, ++pending_);
        return spend(bytes, ec);
    }
    // A container's n elements leave the stack for its own block, and the container takes their place.
    bool close(std::size_t n, std::size_t bytes, boost::json::error_code& ec) {
        pending_ -= n;
        return push(bytes, ec);
    }

    bool spend(std::size_t bytes, boost::json::error_code& ec) {
        allocated_ += bytes;
        if (memory() <= max_memory_) return true;
        problem_ = "the document needs more than " + std::to_string(max_memory_) + " bytes of memory once parsed";
        ec = boost::json::error::exception;
        return false;
    }

    // Sorts the keys of the object that just ended and refuses it if two are equal: O(n log n), so an object
    // with many keys cannot make this quadratic.
    bool unique_keys(std::size_t first, boost::json::error_code& ec) {
        auto key = [this](const std::pair<std::size_t, std::size_t>& s) {
            return std::string_view(keys_).substr(s.first, s.second);
        };
        auto begin = spans_.begin() + static_cast<std::ptrdiff_t>(first);
        std::sort(begin, spans_.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
        auto dup = std::adjacent_find(begin, spans_.end(), [&](const auto& a, const auto& b) { return key(a) == key(b); });
        if (dup == spans_.end()) return true;
        problem_ = "duplicate key \"" + std::string(key(*dup)) + "\" in one object";
        ec = boost::json::error::exception;
        return false;
    }

    boost::json::value_stack stack_;
    std::size_t max_memory_;
    std::size_t allocated_ = 0;   // bytes of the blocks the tree holds
    std::size_t pending_ = 0;     // values on the stack now
    std::size_t stack_peak_ = 0;  // the most values the stack held at once
    std::string problem_;
    std::string key_;                                       // the key being read, when it comes in parts
    std::string number_;                                    // the number being read, when it comes in parts
    std::string keys_;                                      // the keys of every open object, back to back
    std::vector<std::pair<std::size_t, std::size_t>> spans_;  // (offset, size) of each key in keys_
    std::vector<std::size_t> levels_;                       // index in spans_ of each open object's first key
};

}  // namespace timrest::detail

#endif
