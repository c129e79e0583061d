// kalends.Calendar, kalends.CalendarSystem and the registry's listings.
#include "bindings.hpp"
#include "calendar_arg.hpp"
#include "choices.hpp"
#include "narrow.hpp"

#include <kalends/calendar.hpp>
#include <kalends/calendar_system.hpp>
#include <kalends/registry.hpp>
#include <kalends/week.hpp>

#include <pybind11/stl.h>

#include <algorithm>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace py = pybind11;

namespace kalends::python {
namespace {

std::string kind_name(calendar_kind kind) {
    switch (kind) {
        case calendar_kind::solar: return "solar";
        case calendar_kind::lunar: return "lunar";
        case calendar_kind::luni_solar: return "luni_solar";
    }
    return "unknown";
}

std::vector<std::string> strings_of(std::span<const std::string_view> views) {
    return {views.begin(), views.end()};
}

void bind_calendar_system(py::module_& module) {
    py::enum_<calendar_system> systems(module, "CalendarSystem", "The built-in calendars, by the values of kalends::calendar_system.");
    for (const calendar& cal : all_calendars()) {
        if (cal.system() == calendar_system::user) continue;
        // A Python identifier, so that CalendarSystem.islamic_civil reads as an attribute.
        std::string member(cal.name());
        std::replace(member.begin(), member.end(), '-', '_');
        systems.value(member.c_str(), cal.system());
    }
}

}  // namespace

void bind_calendar(py::module_& module) {
    bind_calendar_system(module);

    py::class_<calendar> cls(module, "Calendar",
                             "A calendar, by name or alias (ASCII case-insensitive), numeric ID or CalendarSystem.\n\n"
                             "Calendar('persian'), Calendar(6), Calendar(CalendarSystem.hebrew). Immutable,\n"
                             "hashable, and pickled by name, so it travels to worker processes (a calendar\n"
                             "registered at run time must be registered there too).");
    cls.def(py::init([](const calendar_arg& arg) { return arg.cal; }), py::arg("calendar") = "gregorian")
        .def_property_readonly("name", [](const calendar& c) { return std::string(c.name()); }, "The primary name.")
        .def_property_readonly("names", [](const calendar& c) { return std::vector<std::string>(c.names().begin(), c.names().end()); },
                               "The primary name, then the aliases.")
        .def_property_readonly("id", [](const calendar& c) { return to_underlying(c.id()); }, "The numeric ID.")
        .def_property_readonly("system", &calendar::system, "The CalendarSystem, or CalendarSystem.user.")
        .def_property_readonly("kind", [](const calendar& c) { return kind_name(c.kind()); }, "'solar', 'lunar' or 'luni_solar'.")
        .def_property_readonly("name_note", [](const calendar& c) { return std::string(c.name_note()); },
                               "A note on a name that means another calendar elsewhere (ICU's 'islamic'), or ''.")
        .def_property_readonly("is_proleptic", &calendar::is_proleptic)
        .def_property_readonly("has_year_zero", &calendar::has_year_zero)
        .def_property_readonly("minimum_year", &calendar::minimum_year)
        .def_property_readonly("maximum_year", &calendar::maximum_year)
        .def_property_readonly("first_jdn", &calendar::first_jdn, "The first day of the range, as a Julian Day Number.")
        .def_property_readonly("last_jdn", &calendar::last_jdn, "The last day of the range, as a Julian Day Number.")
        .def_property_readonly("maximum_months_in_year", &calendar::maximum_months_in_year)
        .def_property_readonly("era_codes", [](const calendar& c) { return strings_of(c.era_codes()); },
                               "Every era code, most recent first (empty for a calendar without eras).")
        .def_property_readonly("exact_years",
                               [](const calendar& c) -> py::object {
                                   const auto years = c.exact_years();
                                   if (!years) return py::none();
                                   return py::make_tuple(years->first, years->last);
                               },
                               "(first, last): the years given by the full rule where the calendar approximates\n"
                               "outside them; None if it is exact over its whole range.")
        .def_property_readonly("first_weekday", [](const calendar& c) { return conventional_first_weekday(c); },
                               "The ISO weekday month grids of this calendar start with (CLDR).")
        .def("date_from_parts",
             [](const calendar& c, std::int64_t year, std::int64_t month, std::int64_t day) {
                 return c.date_from_parts(narrow_year(year), narrow_month(month), narrow_day(day));
             },
             py::arg("year"), py::arg("month"), py::arg("day"),
             "The Julian Day Number of a date (ordinal month). Raises kalends.Error for an invalid date.")
        .def("parts_from_date",
             [](const calendar& c, std::int64_t jdn) {
                 const date_parts p = c.parts_from_date(jdn);
                 return std::make_tuple(p.year, p.month, p.day);
             },
             py::arg("jdn"), "(year, month, day) of a Julian Day Number. Raises kalends.Error outside the range.")
        .def("is_date_valid",
             [](const calendar& c, std::int64_t year, std::int64_t month, std::int64_t day) {
                 return fits_int(year) && fits_int(month) && fits_int(day) &&
                        c.is_date_valid(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day));
             },
             py::arg("year"), py::arg("month"), py::arg("day"), "True if the date exists; never raises.")
        .def("is_jdn_in_range", &calendar::is_jdn_in_range, py::arg("jdn"))
        .def("days_in_month",
             [](const calendar& c, std::int64_t month, std::int64_t year) { return c.days_in_month(narrow_month(month), narrow_year(year)); },
             py::arg("month"), py::arg("year"))
        .def("days_in_year", [](const calendar& c, std::int64_t year) { return c.days_in_year(narrow_year(year)); }, py::arg("year"))
        .def("months_in_year", [](const calendar& c, std::int64_t year) { return c.months_in_year(narrow_year(year)); }, py::arg("year"))
        .def("is_leap_year", [](const calendar& c, std::int64_t year) { return c.is_leap_year(narrow_year(year)); }, py::arg("year"))
        .def("month_code",
             [](const calendar& c, std::int64_t month, std::int64_t year) {
                 return std::string(c.month_code_of(narrow_month(month), narrow_year(year)).view());
             },
             py::arg("month"), py::arg("year"), "The month code of an ordinal month: 'M01'..'M13', 'M05L' for a leap month.")
        .def("month_of_code",
             [](const calendar& c, const std::string& code, std::int64_t year) {
                 return c.month_of_code(month_code_named(code), narrow_year(year));
             },
             py::arg("code"), py::arg("year"), "The ordinal month with this code in this year; kalends.Error if it has none.")
        .def("era_of",
             [](const calendar& c, std::int64_t year, std::int64_t month, std::int64_t day) {
                 const era_year e = c.era_of({narrow_year(year), narrow_month(month), narrow_day(day)});
                 return std::make_tuple(std::string(e.era), e.year);
             },
             py::arg("year"), py::arg("month"), py::arg("day"), "(era code, year of the era); ('', year) without eras.")
        .def("year_of_era",
             [](const calendar& c, const std::string& era, std::int64_t year) { return c.year_of_era(era, year); },
             py::arg("era"), py::arg("year"), "The calendar year of a year of an era.")
        .def("extended_year", [](const calendar& c, std::int64_t year) { return c.extended_year(narrow_year(year)); },
             py::arg("year"), "The year counted without gaps (1 BCE is 0).")
        .def("cycle_year", [](const calendar& c, std::int64_t year) { return c.cycle_year(narrow_year(year)); },
             py::arg("year"), "The year's place 1..60 in the sexagenary cycle (Chinese, Korean calendars).")
        .def("day_of_week", &calendar::day_of_week, py::arg("jdn"), "ISO weekday: 1 = Monday ... 7 = Sunday.")
        .def("week_of_year",
             [](const calendar& c, std::int64_t jdn, int first_weekday, int min_days) {
                 const year_week w = kalends::week_of_year(c, jdn, week_rule{first_weekday, min_days});
                 return std::make_tuple(w.year, w.week);
             },
             py::arg("jdn"), py::arg("first_weekday") = 1, py::arg("min_days") = 4,
             "(week-based year, week) under a week rule (default ISO 8601: Monday, 4 days).")
        .def("__eq__", [](const calendar& a, const calendar& b) { return a == b; }, py::is_operator())
        .def("__eq__", [](const calendar&, const py::object&) { return false; }, py::is_operator())
        .def("__hash__", [](const calendar& c) { return py::hash(py::int_(to_underlying(c.id()))); })
        .def("__repr__", [](const calendar& c) { return "kalends.Calendar('" + std::string(c.name()) + "')"; })
        .def("__str__", [](const calendar& c) { return std::string(c.name()); })
        .def("__copy__", [](const calendar& c) { return c; })
        .def("__deepcopy__", [](const calendar& c, const py::object&) { return c; }, py::arg("memo"));

    module.def("calendars", &all_calendars, "Every registered calendar: built-ins in enum order, then those registered at run time.");
    module.def(
        "calendar_names",
        [] {
            py::dict names;
            for (const calendar_name& entry : kalends::calendar_names()) {
                names[py::str(entry.name)] = calendar(entry.id);
            }
            return names;
        },
        "Every name and alias, mapped to the Calendar it resolves to.");
}

}  // namespace kalends::python
