#ifndef TIMREST_CORE_DETAIL_JSON_PATH_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_JSON_PATH_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace timrest::detail {

// The position of a walker inside a document. Segments are views of declaration names (static storage) or
// indices, and the path is rendered only when something goes wrong.
class json_path {
public:
    void push(std::string_view key) { segments_.push_back({key, 0}); }
    void push(std::size_t index) { segments_.push_back({{}, index + 1}); }
    void pop() noexcept { segments_.pop_back(); }

    std::string str() const {
        std::string out;
        for (const auto& s : segments_) {
            if (s.index_plus_one != 0) {
                out += '[';
                out += std::to_string(s.index_plus_one - 1);
                out += ']';
            } else {
                if (!out.empty()) out += '.';
                out += s.key;
            }
        }
        return out;
    }

    // Keeps push/pop paired on every return path.
    class scope {
    public:
        template <class Segment>
        scope(json_path& p, Segment s) : path_(p) {
            path_.push(s);
        }
        ~scope() { path_.pop(); }
        scope(const scope&) = delete;
        scope& operator=(const scope&) = delete;

    private:
        json_path& path_;
    };

private:
    struct segment {
        std::string_view key;
        std::size_t index_plus_one;  // 0 for a key
    };
    std::vector<segment> segments_;
};

}  // namespace timrest::detail

#endif
