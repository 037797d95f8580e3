// Misuse: comparing a value set sent by name with a string literal, which a typo would turn silently false.
// Twin: twins.cpp, name_as_string.
#include "timrest/account/account_check.hpp"

bool imported(const timrest::account::account_check_result_item& item) {
    return item.AccountStatus == "Imported";
}
