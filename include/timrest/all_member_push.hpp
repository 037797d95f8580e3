#ifndef TIMREST_ALL_MEMBER_PUSH_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_HPP_INCLUDED

// The v4/all_member_push endpoints: push to all users or by tag or attribute, and the users' tags and
// attributes. Includes, and the family's list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/all_member_push/im_add_tag.hpp"
#include "timrest/all_member_push/im_get_attr.hpp"
#include "timrest/all_member_push/im_get_attr_name.hpp"
#include "timrest/all_member_push/im_get_tag.hpp"
#include "timrest/all_member_push/im_push.hpp"
#include "timrest/all_member_push/im_remove_all_tags.hpp"
#include "timrest/all_member_push/im_remove_attr.hpp"
#include "timrest/all_member_push/im_remove_tag.hpp"
#include "timrest/all_member_push/im_set_attr.hpp"
#include "timrest/all_member_push/im_set_attr_name.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::all_member_push {

using endpoints = boost::mp11::mp_list<
    im_push,
    im_set_attr_name,
    im_get_attr_name,
    im_get_attr,
    im_set_attr,
    im_remove_attr,
    im_get_tag,
    im_add_tag,
    im_remove_tag,
    im_remove_all_tags>;

}  // namespace timrest::all_member_push

#endif
