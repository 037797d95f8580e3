#ifndef TIMREST_HPP_INCLUDED
#define TIMREST_HPP_INCLUDED

// Everything. Includes only.

#include "timrest/account.hpp"
#include "timrest/all_member_push.hpp"
#include "timrest/auth/usersig.hpp"
#include "timrest/avchatroom.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/error.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/result.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/follow.hpp"
#include "timrest/group.hpp"
#include "timrest/group_attr.hpp"
#include "timrest/group_msg.hpp"
#include "timrest/msg_ext.hpp"
#include "timrest/openim.hpp"
#include "timrest/operations.hpp"
#include "timrest/profile.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/protocol/call_all.hpp"
#include "timrest/protocol/client.hpp"
#include "timrest/protocol/item_failures.hpp"
#include "timrest/protocol/pages.hpp"
#include "timrest/protocol/region.hpp"
#include "timrest/protocol/url.hpp"
#include "timrest/recentcontact.hpp"
#include "timrest/registry.hpp"
#include "timrest/sns.hpp"
#include "timrest/topic.hpp"
#include "timrest/transport/curl.hpp"

#endif
