// The parts of the kalends Python module, each bound in its own file.
#pragma once

#include <pybind11/pybind11.h>

namespace kalends::python {

void bind_calendar(pybind11::module_& module);      // Calendar, CalendarSystem, the registry
void bind_duration(pybind11::module_& module);      // Duration
void bind_date(pybind11::module_& module);          // Date
void bind_arrays(pybind11::module_& module);        // from_jdn, to_jdn, to_datetime64
void bind_text_arrays(pybind11::module_& module);   // format, parse, locales
void bind_backends(pybind11::module_& module);      // register_calendar, unregister_calendar

}  // namespace kalends::python
