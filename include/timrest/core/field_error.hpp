#ifndef TIMREST_CORE_FIELD_ERROR_HPP_INCLUDED
#define TIMREST_CORE_FIELD_ERROR_HPP_INCLUDED

#include <string>

namespace timrest {

/// What is wrong with one field of a request or response: where (a JSON path such as
/// `GroupItem[0].GroupId`) and what (`expected integer, got string`).
struct field_error {
    std::string path;
    std::string message;

    /// `path: message`, or just the message for the document itself.
    std::string to_string() const { return path.empty() ? message : path + ": " + message; }
};

}  // namespace timrest

#endif
