// Arrays of dates as text and back: kalends.format and kalends.parse, with
// a locale and a pattern compiled once per call. Text is written and read
// with the GIL released; only making and reading Python str objects holds it.
#include "bindings.hpp"
#include "calendar_arg.hpp"
#include "choices.hpp"
#include "errors.hpp"
#include "integer_column.hpp"

#include <kalends/bulk.hpp>
#include <kalends/format.hpp>
#include <kalends/locale.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <Python.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace py = pybind11;
using namespace pybind11::literals;

namespace kalends::python {
namespace {

constexpr std::size_t block_size = 4096;

// A new object array of `shape`, every element None.
py::array none_array(const std::vector<py::ssize_t>& shape) {
    return py::module_::import("numpy").attr("full")(py::tuple(py::cast(shape)), py::none(), "dtype"_a = "O");
}

py::array format_days(const py::object& days_arg, const calendar_arg& target, const std::string& locale,
                      std::optional<std::string> pattern, std::optional<std::string> style, std::optional<std::string> skeleton,
                      std::optional<std::string> strftime, bool strict) {
    const calendar& cal = target.cal;
    const date_format format = make_format({std::move(pattern), std::move(style), std::move(skeleton), std::move(strftime)}, locale, cal);
    const integer_column days(days_arg, "day numbers", true);
    const std::size_t n = days.size();
    py::array texts = none_array(days.shape());
    auto** slots = static_cast<PyObject**>(texts.mutable_data());

    std::vector<std::int64_t> jdns(std::min(n, block_size));
    std::vector<date_parts> parts(std::min(n, block_size));
    std::vector<std::size_t> ends(std::min(n, block_size));
    std::string buffer(std::min(n, block_size) * format.max_size(), '\0');
    for (std::size_t start = 0; start < n; start += block_size) {
        const std::size_t count = std::min(block_size, n - start);
        {
            const py::gil_scoped_release unlocked;
            days.read(start, count, jdns.data());
            (void)parts_from_dates(cal, {jdns.data(), count}, {parts.data(), count});
            char* out = buffer.data();
            for (std::size_t i = 0; i < count; ++i) {
                if (parts[i].month != 0) out = format.write(out, cal, parts[i], jdns[i]);
                ends[i] = static_cast<std::size_t>(out - buffer.data());
            }
        }
        std::size_t begin = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (parts[i].month == 0) {
                if (strict) throw element_error(why_not_a_day(cal, days, start + i), start + i);
                continue;
            }
            PyObject* text = PyUnicode_DecodeUTF8(buffer.data() + begin, static_cast<py::ssize_t>(ends[i] - begin), "strict");
            if (text == nullptr) throw py::error_already_set();
            Py_DECREF(slots[start + i]);  // the None it replaces
            slots[start + i] = text;
            begin = ends[i];
        }
    }
    return texts;
}

// The UTF-8 of each str element; nullopt for a missing one (None, NaN, NaT, pandas.NA).
std::vector<std::optional<std::string_view>> texts_of(const py::array& objects) {
    std::vector<std::optional<std::string_view>> texts;
    texts.reserve(static_cast<std::size_t>(objects.size()));
    auto* const* items = static_cast<PyObject* const*>(objects.data());
    for (py::ssize_t i = 0; i < objects.size(); ++i) {
        PyObject* item = items[i];
        if (PyUnicode_Check(item) != 0) {
            py::ssize_t size = 0;
            const char* utf8 = PyUnicode_AsUTF8AndSize(item, &size);
            if (utf8 == nullptr) throw py::error_already_set();
            texts.emplace_back(std::string_view(utf8, static_cast<std::size_t>(size)));
            continue;
        }
        const py::handle value(item);
        const std::string type_name = py::str(py::type::of(value).attr("__name__"));
        const bool is_nan = PyFloat_Check(item) != 0 && PyFloat_AsDouble(item) != PyFloat_AsDouble(item);
        const bool missing = value.is_none() || is_nan || type_name == "NAType" || type_name == "NaTType";
        if (!missing) {
            throw py::type_error("texts must be str (or None, NaN or pandas.NA for a gap); element " + std::to_string(i) +
                                 " is " + type_name);
        }
        texts.emplace_back(std::nullopt);
    }
    return texts;
}

py::tuple parse_texts(const py::object& texts_arg, const calendar_arg& source, const std::string& locale,
                      std::optional<std::string> pattern, std::optional<std::string> style, std::optional<std::string> skeleton,
                      std::optional<std::string> strftime, bool lenient, bool strict) {
    const calendar& cal = source.cal;
    const date_format format = make_format({std::move(pattern), std::move(style), std::move(skeleton), std::move(strftime)}, locale, cal);
    const py::array original = py::module_::import("numpy").attr("asarray")(texts_arg, "dtype"_a = "O");
    const std::vector<py::ssize_t> shape(original.shape(), original.shape() + original.ndim());
    const py::array objects = original.attr("reshape")(-1);
    const std::vector<std::optional<std::string_view>> texts = texts_of(objects);
    const std::size_t n = texts.size();
    auto jdns = py::array_t<std::int64_t>(shape);
    auto valid = py::array_t<bool>(shape);
    std::int64_t* out = jdns.mutable_data();
    bool* ok = valid.mutable_data();
    const parse_mode mode = lenient ? parse_mode::lenient : parse_mode::strict;
    std::optional<std::size_t> first_invalid;
    {
        const py::gil_scoped_release unlocked;
        for (std::size_t i = 0; i < n; ++i) {
            std::int64_t jdn = invalid_jdn;
            if (texts[i]) {
                if (const auto parts = format.try_parse(*texts[i], cal, mode)) jdn = cal.try_date_from_parts(*parts).value_or(invalid_jdn);
            }
            out[i] = jdn;
            ok[i] = jdn != invalid_jdn;
            if (jdn == invalid_jdn && !first_invalid) first_invalid = i;
        }
    }
    if (strict && first_invalid) {
        const std::size_t i = *first_invalid;
        if (!texts[i]) throw element_error(error_info(errc::invalid_date_text, error_field::date_text, "the text is missing"), i);
        const auto parts = format.try_parse(*texts[i], cal, mode);
        throw element_error(parts ? cal.try_date_from_parts(*parts).error() : parts.error(), i);
    }
    return py::make_tuple(jdns, valid);
}

}  // namespace

void bind_text_arrays(py::module_& module) {
    module.def("format", &format_days, py::arg("days"), py::arg("calendar"), py::arg("locale") = "en",
               py::arg("pattern") = py::none(), py::kw_only(), py::arg("style") = py::none(), py::arg("skeleton") = py::none(),
               py::arg("strftime") = py::none(), py::arg("strict") = false,
               "Formats an array of Julian Day Numbers or datetime64 values in a calendar and locale:\n"
               "an LDML pattern ('d MMMM y'), or style= ('full', 'long', 'medium', 'short'), skeleton=\n"
               "('yMMMd') or strftime= ('%Y-%m-%d'); the medium style by default. Returns an object\n"
               "array of str, None where the day is outside the calendar or NaT (strict=True raises).");
    module.def("parse", &parse_texts, py::arg("texts"), py::arg("calendar"), py::arg("locale") = "en",
               py::arg("pattern") = py::none(), py::kw_only(), py::arg("style") = py::none(), py::arg("skeleton") = py::none(),
               py::arg("strftime") = py::none(), py::arg("lenient") = false, py::arg("strict") = false,
               "Reads an array of str (None, NaN or pandas.NA for a gap) written in a pattern of a locale:\n"
               "numbers in the locale's digits or ASCII, names in any width and case. Returns (jdn, valid)\n"
               "as to_jdn does. lenient=True moves a day past the end of its month to the last one.");
    module.def(
        "locales",
        [] {
            std::vector<std::string> tags;
            for (std::size_t i = 0; i < available_locale_count(); ++i) tags.emplace_back(available_locale(i));
            return tags;
        },
        "The CLDR locales this build has data for ('en', 'fa', 'he', 'zh_Hant', ...).");
}

}  // namespace kalends::python
