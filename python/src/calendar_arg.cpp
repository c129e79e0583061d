#include "calendar_arg.hpp"

#include <Python.h>

#include <cstdint>
#include <limits>
#include <string>

namespace py = pybind11;

namespace kalends::python {

bool resolve_calendar(py::handle source, kalends::calendar& out) {
    if (py::isinstance<kalends::calendar>(source)) {
        out = source.cast<kalends::calendar>();
        return true;
    }
    if (py::isinstance<kalends::calendar_system>(source)) {
        out = kalends::calendar(source.cast<kalends::calendar_system>());
        return true;
    }
    if (PyUnicode_Check(source.ptr()) != 0) {
        out = kalends::calendar(source.cast<std::string>());
        return true;
    }
    // An int, but not a bool (True is no calendar ID).
    if (PyLong_Check(source.ptr()) != 0 && PyBool_Check(source.ptr()) == 0) {
        int overflow = 0;
        const long long id = PyLong_AsLongLongAndOverflow(source.ptr(), &overflow);
        if (overflow != 0 || id < 0 || id > std::numeric_limits<std::uint32_t>::max()) {
            throw kalends::error(error_info(errc::unknown_calendar_id, error_field::calendar_id,
                                            "calendar ID {value} is out of range (IDs are {min}..{max})")
                                     .with_value(overflow != 0 ? (overflow > 0 ? std::numeric_limits<std::int64_t>::max()
                                                                               : std::numeric_limits<std::int64_t>::min())
                                                               : id)
                                     .with_min(0)
                                     .with_max(std::numeric_limits<std::uint32_t>::max()));
        }
        out = kalends::calendar(kalends::calendar_id{static_cast<std::uint32_t>(id)});
        return true;
    }
    return false;
}

}  // namespace kalends::python
