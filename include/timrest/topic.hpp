#ifndef TIMREST_TOPIC_HPP_INCLUDED
#define TIMREST_TOPIC_HPP_INCLUDED

// The community topic endpoints: v4/million_group_open_http_svc/{create,get,modify,destroy}_topic and
// v4/group_open_http_svc/import_topic. Includes, and the family's list for the tools that serve or call every
// endpoint (registry.hpp).

#include "timrest/topic/create_topic.hpp"
#include "timrest/topic/destroy_topic.hpp"
#include "timrest/topic/get_topic.hpp"
#include "timrest/topic/import_topic.hpp"
#include "timrest/topic/modify_topic.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::topic {

using endpoints = boost::mp11::mp_list<
    create_topic,
    get_topic,
    modify_topic,
    destroy_topic,
    import_topic>;

}  // namespace timrest::topic

#endif
