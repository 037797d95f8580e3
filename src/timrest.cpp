// timrest::compiled: the client, the curl transport and the UserSig code, compiled once for every TU of a
// program that links this target (which defines TIMREST_SEPARATE_COMPILATION for them).
#include "timrest/src.hpp"
