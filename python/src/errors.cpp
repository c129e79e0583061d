// Turns kalends::error into kalends.Error (a ValueError subclass) with the
// structured fields of its error_info as attributes.
#include "errors.hpp"

#include <Python.h>

#include <exception>
#include <optional>

namespace py = pybind11;

namespace kalends::python {
namespace {

// The exception type, made once at import; owned by the module (never freed:
// the module lives until the interpreter ends).
PyObject* error_type = nullptr;

void raise_python(const error_info& info, const char* message, std::optional<std::size_t> index) {
    py::object type = py::reinterpret_borrow<py::object>(error_type);
    py::object exception = type(message);
    exception.attr("code") = std::string(to_string(info.code));
    exception.attr("field") = std::string(to_string(info.field));
    // value, min and max mean something only where the field has a range.
    const bool ranged = info.min != 0 || info.max != 0;
    exception.attr("value") = ranged ? py::object(py::int_(info.value)) : py::object(py::none());
    exception.attr("min") = ranged ? py::object(py::int_(info.min)) : py::object(py::none());
    exception.attr("max") = ranged ? py::object(py::int_(info.max)) : py::object(py::none());
    exception.attr("index") = index ? py::object(py::int_(*index)) : py::object(py::none());
    exception.attr("reason") = info.message();
    PyErr_SetObject(error_type, exception.ptr());
}

}  // namespace

void bind_errors(py::module_& module) {
    error_type = PyErr_NewExceptionWithDoc(
        "kalends.Error",
        "A date, calendar, duration, locale or pattern that kalends refuses.\n\n"
        "A ValueError. Attributes: code (the library's error code, e.g. 'invalid_month'),\n"
        "field (the input it is about, e.g. 'month'), value/min/max (the value refused and\n"
        "the range allowed, or None), index (the array element, or None), reason (the\n"
        "message without the element's index).",
        PyExc_ValueError, nullptr);
    if (error_type == nullptr) throw py::error_already_set();
    module.add_object("Error", py::handle(error_type));

    py::register_exception_translator([](std::exception_ptr thrown) {
        try {
            if (thrown) std::rethrow_exception(thrown);
        } catch (const element_error& e) {
            raise_python(e.full_info(), e.what(), e.index());
        } catch (const kalends::error& e) {
            raise_python(e.info(), e.what(), std::nullopt);
        }
    });
}

}  // namespace kalends::python
