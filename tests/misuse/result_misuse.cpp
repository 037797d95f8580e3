// Misusing result<T> in a debug build: `*` on a failed call must stop at an assertion naming the mistake,
// not read through a null pointer. Run by ctest (tests/CMakeLists.txt) and expected to abort.

#undef NDEBUG
#include "timrest/core/result.hpp"

#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
    const bool error_of_success = argc > 1 && std::strcmp(argv[1], "error") == 0;
    if (error_of_success) {
        timrest::result<int> ok(1, 1);
        std::printf("%d\n", ok.error().code.value());  // precondition broken: the call succeeded
    } else {
        timrest::result<int> failed(timrest::call_error{.code = timrest::protocol_errc::not_json});
        std::printf("%d\n", *failed);  // precondition broken: the call failed
    }
    return 0;
}
