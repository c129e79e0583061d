// The kalends Python module (kalends._kalends): the C++ library's calendars,
// dates and bulk conversions; python/kalends/ adds the pandas accessor.
#include "bindings.hpp"
#include "errors.hpp"

#include <kalends/locale.hpp>
#include <kalends/version.hpp>

#include <string>

namespace py = pybind11;

PYBIND11_MODULE(_kalends, module) {
    module.doc() = "kalends: dates in the world's calendar systems, one at a time or as NumPy arrays.";
    module.attr("__version__") = kalends::version_string;
    module.attr("JDN_OF_UNIX_EPOCH") = kalends::jdn_of_unix_epoch;
    module.attr("cldr_version") = std::string(kalends::locale_data_version());
    kalends::python::bind_errors(module);
    kalends::python::bind_calendar(module);
    kalends::python::bind_duration(module);
    kalends::python::bind_date(module);
    kalends::python::bind_arrays(module);
    kalends::python::bind_text_arrays(module);
    kalends::python::bind_backends(module);
}
