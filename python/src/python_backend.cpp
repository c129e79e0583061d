// Calendars written in Python: kalends.register_calendar takes an object
// with the methods of kalends.CalendarBackend (python/kalends/__init__.py)
// and registers a C++ backend that calls them, holding the GIL for each call.
// Such a calendar works everywhere a built-in does (object API, arrays,
// formatting), at the speed of Python calls.
#include "bindings.hpp"
#include "calendar_arg.hpp"

#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/registry.hpp>

#include <pybind11/stl.h>

#include <Python.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace kalends::python {
namespace {

class python_backend final : public calendar_backend {
public:
    explicit python_backend(py::object rules) : rules_(std::move(rules)) {}
    python_backend(const python_backend&) = delete;
    python_backend& operator=(const python_backend&) = delete;
    python_backend(python_backend&&) = delete;
    python_backend& operator=(python_backend&&) = delete;

    // A backend still registered when the process ends is destroyed after
    // the interpreter: its object is then left to the operating system.
    ~python_backend() override {
        if (Py_IsInitialized() == 0) {
            (void)rules_.release();
            return;
        }
        const py::gil_scoped_acquire locked;
        rules_ = py::object();
    }

    int minimum_year() const override { return call<int>("minimum_year"); }
    int maximum_year() const override { return call<int>("maximum_year"); }
    bool has_year_zero() const override { return call<bool>("has_year_zero"); }
    int months_in_year(int year) const override { return call<int>("months_in_year", year); }
    int days_in_month(int month, int year) const override { return call<int>("days_in_month", month, year); }
    int max_days_in_month_of(int month) const override { return call<int>("max_days_in_month_of", month); }
    bool is_leap_year(int year) const override { return call<bool>("is_leap_year", year); }
    std::int64_t date_to_jdn(int year, int month, int day) const override {
        return call<std::int64_t>("date_to_jdn", year, month, day);
    }
    date_parts jdn_to_date(std::int64_t jdn) const override {
        const auto [year, month, day] = call<std::tuple<int, int, int>>("jdn_to_date", jdn);
        return {year, month, day};
    }
    calendar_kind kind() const override {
        const std::string kind = call<std::string>("kind");
        if (kind == "lunar") return calendar_kind::lunar;
        if (kind == "luni_solar") return calendar_kind::luni_solar;
        return calendar_kind::solar;
    }
    int maximum_days_in_month() const override { return call<int>("maximum_days_in_month"); }
    int minimum_days_in_month() const override { return call<int>("minimum_days_in_month"); }
    int maximum_months_in_year() const override { return call<int>("maximum_months_in_year"); }

private:
    // A method of the Python object; its exceptions pass through unchanged
    // (the library leaves its state as it was).
    template <class T, class... Args>
    T call(const char* method, Args... args) const {
        const py::gil_scoped_acquire locked;
        return rules_.attr(method)(args...).template cast<T>();
    }

    py::object rules_;
};

}  // namespace

void bind_backends(py::module_& module) {
    module.def(
        "_register_calendar",
        [](const py::object& rules, const std::vector<std::string>& names) {
            const std::vector<std::string_view> views(names.begin(), names.end());
            const calendar_id id = register_calendar(std::make_shared<python_backend>(rules), views);
            return calendar(id);
        },
        py::arg("backend"), py::arg("names"));
    module.def(
        "unregister_calendar", [](const calendar_arg& cal) { unregister_calendar(cal.cal.id()); }, py::arg("calendar"),
        "Removes a calendar registered at run time: its names and ID stop resolving; Calendar\n"
        "objects that hold it keep working. kalends.Error for a built-in calendar.");
}

}  // namespace kalends::python
