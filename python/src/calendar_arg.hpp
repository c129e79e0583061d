// What a Python call may name a calendar by: a kalends.Calendar, a name or
// alias (str), a numeric ID (int) or a kalends.CalendarSystem. Any other type
// is refused by pybind11 with a TypeError that shows the signature; a name or
// ID that resolves to nothing raises kalends.Error.
#pragma once

#include <kalends/calendar.hpp>

#include <pybind11/pybind11.h>

namespace kalends::python {

struct calendar_arg {
    kalends::calendar cal;
};

// The calendar a Python object names (the caster's rule, for code that holds a py::object).
[[nodiscard]] bool resolve_calendar(pybind11::handle source, kalends::calendar& out);

}  // namespace kalends::python

namespace pybind11::detail {

template <>
struct type_caster<kalends::python::calendar_arg> {
    PYBIND11_TYPE_CASTER(kalends::python::calendar_arg, const_name("Calendar | str | int"));

    bool load(handle source, bool /*convert*/) { return kalends::python::resolve_calendar(source, value.cal); }
};

}  // namespace pybind11::detail
