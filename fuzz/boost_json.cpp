// Boost.JSON's definitions, compiled with the fuzz targets' instrumentation (see CMakeLists.txt).
#include <boost/json/src.hpp>
