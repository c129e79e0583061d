// kalends.Duration: years, months, weeks and days of one sign, as Temporal's.
#include "bindings.hpp"

#include <kalends/duration.hpp>

#include <cstdint>
#include <string>

namespace py = pybind11;

namespace kalends::python {

void bind_duration(py::module_& module) {
    py::class_<duration>(module, "Duration",
                         "A calendar duration (ISO 8601 / Temporal): years, months, weeks and days, all of one sign.\n\n"
                         "Duration(years=0, months=0, weeks=0, days=0) or Duration.parse('P1Y2M10D').")
        .def(py::init([](std::int64_t years, std::int64_t months, std::int64_t weeks, std::int64_t days) {
                 return duration(years, months, weeks, days);
             }),
             py::kw_only(), py::arg("years") = 0, py::arg("months") = 0, py::arg("weeks") = 0, py::arg("days") = 0)
        .def_static("parse", &duration::parse, py::arg("text"), "Parses 'P1Y2M10D', '-P3W', 'P0D'.")
        .def_property_readonly("years", &duration::years)
        .def_property_readonly("months", &duration::months)
        .def_property_readonly("weeks", &duration::weeks)
        .def_property_readonly("days", &duration::days)
        .def_property_readonly("sign", &duration::sign, "-1, 0 or 1.")
        .def("__neg__", &duration::negated)
        .def("__abs__", &duration::abs)
        .def("__bool__", [](const duration& d) { return !d.is_zero(); })
        .def("__eq__", [](const duration& a, const duration& b) { return a == b; }, py::is_operator())
        .def("__eq__", [](const duration&, const py::object&) { return false; }, py::is_operator())
        .def("__hash__", [](const duration& d) { return py::hash(py::make_tuple(d.years(), d.months(), d.weeks(), d.days())); })
        .def("__str__", &duration::to_string)
        .def("__repr__", [](const duration& d) { return "kalends.Duration.parse('" + d.to_string() + "')"; });
}

}  // namespace kalends::python
