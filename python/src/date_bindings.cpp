// kalends.Date: a day in a calendar, with Temporal's arithmetic, and
// datetime.date in and out.
#include "bindings.hpp"
#include "calendar_arg.hpp"
#include "choices.hpp"
#include "duration_arg.hpp"
#include "narrow.hpp"

#include <kalends/date.hpp>
#include <kalends/format.hpp>
#include <kalends/week.hpp>

#include <pybind11/stl.h>

#include <cstdint>
#include <optional>
#include <string>

namespace py = pybind11;

namespace kalends::python {
namespace {

// datetime.date.toordinal() counts 0001-01-01 as 1: the Rata Die.
constexpr std::int64_t jdn_of_ordinal_zero = jdn_of_rata_die_epoch;

date date_of_python(const py::handle& value, const calendar& cal) {
    const py::module_ datetime = py::module_::import("datetime");
    if (!py::isinstance(value, datetime.attr("date"))) {
        throw py::type_error("expected a datetime.date (or datetime.datetime), got " +
                             std::string(py::str(py::type::of(value).attr("__name__"))));
    }
    return date::from_jdn(cal, value.attr("toordinal")().cast<std::int64_t>() + jdn_of_ordinal_zero);
}

std::string repr_of(const date& d) {
    return "kalends.Date('" + std::string(d.get_calendar().name()) + "', " + std::to_string(d.year()) + ", " +
           std::to_string(d.month()) + ", " + std::to_string(d.day()) + ")";
}

}  // namespace

void bind_date(py::module_& module) {
    py::class_<date> cls(module, "Date",
                         "A day in a calendar (Temporal.PlainDate): a Calendar and a Julian Day Number.\n\n"
                         "Date(calendar, year, month, day) with an ordinal month. Dates compare and hash by\n"
                         "day, so the same day in two calendars is equal; identical() also compares calendars.");
    cls.def(py::init([](const calendar_arg& cal, std::int64_t year, std::int64_t month, std::int64_t day) {
                return date(cal.cal, narrow_year(year), narrow_month(month), narrow_day(day));
            }),
            py::arg("calendar"), py::arg("year"), py::arg("month"), py::arg("day"))
        .def_static("from_jdn", [](std::int64_t jdn, const calendar_arg& cal) { return date::from_jdn(cal.cal, jdn); },
                    py::arg("jdn"), py::arg("calendar") = "gregorian", "The day with this Julian Day Number.")
        .def_static("from_date", [](const py::object& value, const calendar_arg& cal) { return date_of_python(value, cal.cal); },
                    py::arg("value"), py::arg("calendar") = "gregorian",
                    "The day of a datetime.date, datetime.datetime or pandas.Timestamp (its date part).")
        .def_static("from_fields",
                    [](const calendar_arg& cal, std::optional<std::int64_t> year, std::optional<std::int64_t> month,
                       std::optional<std::string> month_code, std::optional<std::string> era, std::optional<std::int64_t> era_year,
                       std::optional<std::int64_t> extended_year, std::int64_t day, const std::string& overflow) {
                        date_fields fields;
                        if (year) fields.year = narrow_year(*year);
                        if (month) fields.month = narrow_month(*month);
                        if (month_code) fields.month_code = month_code_named(*month_code);
                        if (era) fields.era = *era;
                        fields.era_year = era_year;
                        fields.extended_year = extended_year;
                        fields.day = narrow_day(day);
                        return date::from_fields(cal.cal, fields, overflow_named(overflow));
                    },
                    py::arg("calendar"), py::kw_only(), py::arg("year") = py::none(), py::arg("month") = py::none(),
                    py::arg("month_code") = py::none(), py::arg("era") = py::none(), py::arg("era_year") = py::none(),
                    py::arg("extended_year") = py::none(), py::arg("day") = 1, py::arg("overflow") = "reject",
                    "From Temporal's fields: year, or era with era_year, or extended_year; month or month_code\n"
                    "('M05L'); day. overflow='constrain' moves a day or month past the end to the last one.")
        .def_static("today", [](const calendar_arg& cal) { return date::today(cal.cal); }, py::arg("calendar") = "gregorian",
                    "Today in the local time zone.")
        .def_static("parse",
                    [](const std::string& text, const calendar_arg& cal, const std::string& locale, std::optional<std::string> pattern,
                       std::optional<std::string> style, std::optional<std::string> skeleton, std::optional<std::string> strftime,
                       bool lenient) {
                        const date_format format = make_format({std::move(pattern), std::move(style), std::move(skeleton), std::move(strftime)},
                                                               locale, cal.cal);
                        const date_parts parts = format.parse(text, cal.cal, lenient ? parse_mode::lenient : parse_mode::strict);
                        return date(cal.cal, parts.year, parts.month, parts.day);
                    },
                    py::arg("text"), py::arg("calendar"), py::arg("locale") = "en", py::arg("pattern") = py::none(), py::kw_only(),
                    py::arg("style") = py::none(), py::arg("skeleton") = py::none(), py::arg("strftime") = py::none(),
                    py::arg("lenient") = false,
                    "Reads a date written in an LDML pattern (or a style, skeleton or strftime pattern) of a locale.")
        .def_property_readonly("calendar", &date::get_calendar)
        .def_property_readonly("jdn", &date::jdn, "The Julian Day Number.")
        .def_property_readonly("year", &date::year, "The calendar's own year (no year 0 where there is none).")
        .def_property_readonly("month", &date::month, "The ordinal month.")
        .def_property_readonly("day", &date::day)
        .def_property_readonly("month_code", [](const date& d) { return std::string(d.month_code().view()); })
        .def_property_readonly("is_leap_month", &date::is_leap_month)
        .def_property_readonly("era", [](const date& d) { return std::string(d.era()); }, "The era code, or ''.")
        .def_property_readonly("era_year", &date::era_year)
        .def_property_readonly("extended_year", &date::extended_year)
        .def_property_readonly("day_of_week", &date::day_of_week, "ISO weekday: 1 = Monday ... 7 = Sunday.")
        .def_property_readonly("day_of_year", &date::day_of_year)
        .def_property_readonly("days_in_month", &date::days_in_month)
        .def_property_readonly("days_in_year", &date::days_in_year)
        .def_property_readonly("months_in_year", &date::months_in_year)
        .def_property_readonly("in_leap_year", &date::in_leap_year)
        .def("week_of_year",
             [](const date& d, int first_weekday, int min_days) {
                 const year_week w = d.week_of_year(week_rule{first_weekday, min_days});
                 return std::make_tuple(w.year, w.week);
             },
             py::arg("first_weekday") = 1, py::arg("min_days") = 4,
             "(week-based year, week); the default rule is ISO 8601's (Monday, 4 days).")
        .def("to_date",
             [](const date& d) {
                 return py::module_::import("datetime").attr("date").attr("fromordinal")(d.jdn() - jdn_of_ordinal_zero);
             },
             "The datetime.date of this day (Python's years 1..9999; ValueError outside them).")
        .def("with_calendar", [](const date& d, const calendar_arg& cal) { return d.with_calendar(cal.cal); }, py::arg("calendar"),
             "The same day in another calendar.")
        .def("add", [](const date& d, const duration_arg& by, const std::string& overflow) { return d.add(by.value, overflow_named(overflow)); },
             py::arg("duration"), py::arg("overflow") = "constrain", "Adds 'P1Y2M10D' (or a Duration) as Temporal does.")
        .def("subtract",
             [](const date& d, const duration_arg& by, const std::string& overflow) { return d.subtract(by.value, overflow_named(overflow)); },
             py::arg("duration"), py::arg("overflow") = "constrain")
        .def("until", [](const date& d, const date& other, const std::string& largest) { return d.until(other, unit_named(largest)); },
             py::arg("other"), py::arg("largest") = "days",
             "The Duration to `other` with `largest` ('years', 'months', 'weeks', 'days') as its largest unit.")
        .def("since", [](const date& d, const date& other, const std::string& largest) { return d.since(other, unit_named(largest)); },
             py::arg("other"), py::arg("largest") = "days")
        .def("format",
             [](const date& d, std::optional<std::string> pattern, const std::string& locale, std::optional<std::string> style,
                std::optional<std::string> skeleton, std::optional<std::string> strftime) {
                 return make_format({std::move(pattern), std::move(style), std::move(skeleton), std::move(strftime)}, locale,
                                    d.get_calendar())
                     .format(d);
             },
             py::arg("pattern") = py::none(), py::arg("locale") = "en", py::kw_only(), py::arg("style") = py::none(),
             py::arg("skeleton") = py::none(), py::arg("strftime") = py::none(),
             "The date as text: an LDML pattern ('d MMMM y'), or style= ('full', 'long', 'medium',\n"
             "'short'), skeleton= ('yMMMd') or strftime= ('%Y-%m-%d'); medium style by default.")
        .def("identical", [](const date& a, const date& b) { return identical(a, b); }, py::arg("other"),
             "Same day and same calendar.")
        .def("__eq__", [](const date& a, const date& b) { return a == b; }, py::is_operator())
        .def("__eq__", [](const date&, const py::object&) { return false; }, py::is_operator())
        .def("__lt__", [](const date& a, const date& b) { return a < b; }, py::is_operator())
        .def("__le__", [](const date& a, const date& b) { return a <= b; }, py::is_operator())
        .def("__gt__", [](const date& a, const date& b) { return a > b; }, py::is_operator())
        .def("__ge__", [](const date& a, const date& b) { return a >= b; }, py::is_operator())
        .def("__hash__", [](const date& d) { return py::hash(py::int_(d.jdn())); })
        .def("__str__", &date::to_string)
        .def("__repr__", &repr_of);
}

}  // namespace kalends::python
