// The vectorized conversions: arrays of day numbers (or datetime64) to
// arrays of year, month and day in a calendar, and back. One dispatch per
// block into the library's bulk API, with the GIL released; an invalid
// element is marked in `valid`, never raised, unless strict=True.
#include "bindings.hpp"
#include "calendar_arg.hpp"
#include "errors.hpp"
#include "integer_column.hpp"
#include "narrow.hpp"
#include "output_arrays.hpp"

#include <kalends/bulk.hpp>

#include <pybind11/numpy.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace py = pybind11;

namespace kalends::python {
namespace {

// Elements converted per bulk call: the intermediate buffers stay in L1/L2.
constexpr std::size_t block_size = 4096;

[[noreturn]] void raise_first_invalid_jdn(const calendar& cal, const integer_column& days, const bool* valid) {
    const std::size_t index = static_cast<std::size_t>(std::find(valid, valid + days.size(), false) - valid);
    throw element_error(why_not_a_day(cal, days, index), index);
}

py::tuple from_jdn(const py::object& days_arg, const calendar_arg& target, bool strict, const py::object& out) {
    const calendar& cal = target.cal;
    const integer_column days(days_arg, "day numbers", true);
    const std::size_t n = days.size();
    auto outputs = output_arrays(out,
                                 {{"year", py::dtype::of<std::int32_t>()},
                                  {"month", py::dtype::of<std::int32_t>()},
                                  {"day", py::dtype::of<std::int32_t>()},
                                  {"valid", py::dtype::of<bool>()}},
                                 days.shape(), {days_arg});
    auto* y = static_cast<std::int32_t*>(outputs[0].mutable_data());
    auto* m = static_cast<std::int32_t*>(outputs[1].mutable_data());
    auto* d = static_cast<std::int32_t*>(outputs[2].mutable_data());
    bool* ok = static_cast<bool*>(outputs[3].mutable_data());
    std::size_t invalid = 0;
    {
        std::vector<std::int64_t> jdns(days.direct() != nullptr ? 0 : std::min(n, block_size));
        std::vector<date_parts> parts(std::min(n, block_size));
        const py::gil_scoped_release unlocked;
        for (std::size_t start = 0; start < n; start += block_size) {
            const std::size_t count = std::min(block_size, n - start);
            const std::int64_t* in = days.direct() != nullptr ? days.direct() + start : jdns.data();
            if (days.direct() == nullptr) days.read(start, count, jdns.data());
            invalid += parts_from_dates(cal, {in, count}, {parts.data(), count});
            for (std::size_t i = 0; i < count; ++i) {
                const date_parts& p = parts[i];
                y[start + i] = p.year;
                m[start + i] = p.month;
                d[start + i] = p.day;
                ok[start + i] = p.month != 0;
            }
        }
    }
    if (strict && invalid != 0) raise_first_invalid_jdn(cal, days, ok);
    return as_tuple(outputs);
}

// year, month and day broadcast to one shape, with a message that names them.
std::array<py::object, 3> broadcast(const py::object& year, const py::object& month, const py::object& day) {
    const py::module_ numpy = py::module_::import("numpy");
    try {
        const py::tuple arrays = numpy.attr("broadcast_arrays")(numpy.attr("asarray")(year), numpy.attr("asarray")(month),
                                                                numpy.attr("asarray")(day));
        return {arrays[0], arrays[1], arrays[2]};
    } catch (const py::error_already_set& e) {
        if (!e.matches(PyExc_ValueError)) throw;
        const auto shape = [&](const py::object& a) { return std::string(py::str(numpy.attr("shape")(a))); };
        throw py::value_error("year, month and day must have one shape (or broadcast to one), got shapes " + shape(year) +
                              ", " + shape(month) + " and " + shape(day));
    }
}

[[noreturn]] void raise_first_invalid_date(const calendar& cal, const std::array<integer_column, 3>& fields, const std::int64_t* jdns) {
    const std::size_t n = fields[0].size();
    const std::size_t index = static_cast<std::size_t>(std::find(jdns, jdns + n, invalid_jdn) - jdns);
    const std::int64_t year = fields[0].at(index);
    const std::int64_t month = fields[1].at(index);
    const std::int64_t day = fields[2].at(index);
    constexpr std::array<error_field, 3> roles{error_field::year, error_field::month, error_field::day};
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (const auto text = fields[k].unsigned_beyond_int64(index)) {
            throw element_error(error_info(invalid_field_code(roles[k]), roles[k],
                                           "{text!} is beyond the 32-bit integers a date field may be")
                                    .with_text(error_text(*text)),
                                index);
        }
    }
    try {
        (void)narrow_year(year), (void)narrow_month(month), (void)narrow_day(day);
    } catch (const kalends::error& e) {
        throw element_error(e.info(), index);
    }
    throw element_error(cal.try_date_from_parts(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)).error(),
                        index);
}

py::tuple to_jdn(const py::object& year, const py::object& month, const py::object& day, const calendar_arg& source, bool strict,
                 const py::object& out) {
    const calendar& cal = source.cal;
    const auto arrays = broadcast(year, month, day);
    const std::array<integer_column, 3> fields{integer_column(arrays[0], "years", false),
                                               integer_column(arrays[1], "months", false),
                                               integer_column(arrays[2], "days", false)};
    const std::size_t n = fields[0].size();
    auto outputs = output_arrays(out, {{"jdn", py::dtype::of<std::int64_t>()}, {"valid", py::dtype::of<bool>()}},
                                 fields[0].shape(), {year, month, day});
    auto* jdns = static_cast<std::int64_t*>(outputs[0].mutable_data());
    bool* ok = static_cast<bool*>(outputs[1].mutable_data());
    std::size_t invalid = 0;
    {
        const auto* y32 = fields[0].contiguous<std::int32_t>();
        const auto* m32 = fields[1].contiguous<std::int32_t>();
        const auto* d32 = fields[2].contiguous<std::int32_t>();
        const bool int32_columns = y32 != nullptr && m32 != nullptr && d32 != nullptr;
        std::vector<std::int64_t> values(int32_columns ? 0 : 3 * std::min(n, block_size));
        std::vector<date_parts> parts(std::min(n, block_size));
        const py::gil_scoped_release unlocked;
        for (std::size_t start = 0; start < n; start += block_size) {
            const std::size_t count = std::min(block_size, n - start);
            if (int32_columns) {
                // int32 columns (what from_jdn gives) fit as they are: no widening, no checks.
                for (std::size_t i = 0; i < count; ++i) parts[i] = {y32[start + i], m32[start + i], d32[start + i]};
            } else {
                std::int64_t* ys = values.data();
                std::int64_t* ms = ys + count;
                std::int64_t* ds = ms + count;
                fields[0].read(start, count, ys);
                fields[1].read(start, count, ms);
                fields[2].read(start, count, ds);
                for (std::size_t i = 0; i < count; ++i) {
                    // Month 0 is invalid in every calendar: what a field beyond int becomes
                    // (selected, not branched on, to keep the loop free of branches).
                    const bool fits = fits_int(ys[i]) & fits_int(ms[i]) & fits_int(ds[i]);
                    parts[i].year = static_cast<int>(ys[i]);
                    parts[i].month = fits ? static_cast<int>(ms[i]) : 0;
                    parts[i].day = static_cast<int>(ds[i]);
                }
            }
            invalid += dates_from_parts(cal, {parts.data(), count}, {jdns + start, count});
            for (std::size_t i = 0; i < count; ++i) ok[start + i] = jdns[start + i] != invalid_jdn;
        }
    }
    if (strict && invalid != 0) raise_first_invalid_date(cal, fields, jdns);
    return as_tuple(outputs);
}

}  // namespace

void bind_arrays(py::module_& module) {
    module.def("from_jdn", &from_jdn, py::arg("days"), py::arg("calendar"), py::kw_only(), py::arg("strict") = false,
               py::arg("out") = py::none(),
               "Converts an array of Julian Day Numbers (any integer dtype) or datetime64 values to\n"
               "(year, month, day, valid): int32 arrays of the calendar's own year, ordinal month and day,\n"
               "and a bool array that is False where the day is outside the calendar's range, NaT or\n"
               "beyond int64 (year, month and day are 0 there). strict=True raises kalends.Error for the\n"
               "first such element instead, with its index in Error.index. out=(year, month, day, valid)\n"
               "writes into those arrays instead of new ones (int32, int32, int32, bool, the shape of days,\n"
               "C-contiguous) and returns them. The GIL is released.");
    module.def("to_jdn", &to_jdn, py::arg("year"), py::arg("month"), py::arg("day"), py::arg("calendar"), py::kw_only(),
               py::arg("strict") = false, py::arg("out") = py::none(),
               "Converts arrays of year, month and day (any integer dtype, broadcast to one shape) of a\n"
               "calendar to (jdn, valid): int64 Julian Day Numbers and a bool array that is False where the\n"
               "date does not exist (jdn is then the minimum int64). strict=True raises kalends.Error for\n"
               "the first invalid element instead. out=(jdn, valid) writes into those arrays (int64, bool)\n"
               "instead of new ones and returns them. The GIL is released.");
}

}  // namespace kalends::python
