// Misuse: a message body literal with two TIMCustomElem, which the service refuses ("a combined message can
// contain only one TIMCustomElem"). Twin: twins.cpp, second_custom_element.
#include "timrest/openim/sendmsg.hpp"

timrest::openim::sendmsg_request make_request() {
    namespace msg = timrest::msg;
    return {.To_Account = "bob",
            .MsgRandom = 1,
            .MsgBody = {msg::text_elem{.Text = "hi"}, msg::custom_elem{.Data = "a"}, msg::custom_elem{.Data = "b"}}};
}
