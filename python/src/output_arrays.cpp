#include "output_arrays.hpp"

namespace py = pybind11;

namespace kalends::python {
namespace {

std::string shape_text(const std::vector<py::ssize_t>& shape) {
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i != 0) text += ", ";
        text += std::to_string(shape[i]);
    }
    text += shape.size() == 1 ? ",)" : ")";
    return text;
}

py::array checked_output(const py::handle& given, const output_spec& spec, const std::vector<py::ssize_t>& shape) {
    const std::string what = std::string("out: the ") + spec.name + " array";
    if (!py::isinstance<py::array>(given)) {
        throw py::type_error(what + " must be a numpy.ndarray, got " + std::string(py::str(py::type::handle_of(given).attr("__name__"))));
    }
    auto array = py::reinterpret_borrow<py::array>(given);
    if (!array.dtype().attr("__eq__")(spec.dtype).cast<bool>()) {
        throw py::type_error(what + " must have dtype " + std::string(py::str(static_cast<py::handle>(spec.dtype))) + ", got " +
                             std::string(py::str(static_cast<py::handle>(array.dtype()))));
    }
    const std::vector<py::ssize_t> actual(array.shape(), array.shape() + array.ndim());
    if (actual != shape) throw py::value_error(what + " must have shape " + shape_text(shape) + ", got " + shape_text(actual));
    if ((array.flags() & py::array::c_style) == 0) throw py::value_error(what + " must be C-contiguous");
    if (!array.writeable()) throw py::value_error(what + " is read-only");
    return array;
}

}  // namespace

std::vector<py::array> output_arrays(const py::object& out, const std::vector<output_spec>& specs,
                                     const std::vector<py::ssize_t>& shape, const std::vector<py::object>& inputs) {
    std::vector<py::array> arrays;
    if (out.is_none()) {
        for (const output_spec& spec : specs) arrays.emplace_back(spec.dtype, shape);
        return arrays;
    }
    if (!py::isinstance<py::tuple>(out) || py::len(out) != specs.size()) {
        std::string names;
        for (const output_spec& spec : specs) {
            if (!names.empty()) names += ", ";
            names += spec.name;
        }
        throw py::type_error("out must be a tuple of " + std::to_string(specs.size()) + " arrays (" + names + ")");
    }
    const auto given = py::reinterpret_borrow<py::tuple>(out);
    for (std::size_t i = 0; i < specs.size(); ++i) arrays.push_back(checked_output(given[i], specs[i], shape));
    const py::object may_share_memory = py::module_::import("numpy").attr("may_share_memory");
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        for (const py::object& input : inputs) {
            if (may_share_memory(arrays[i], input).cast<bool>()) {
                throw py::value_error(std::string("out: the ") + specs[i].name + " array overlaps an input array");
            }
        }
        for (std::size_t j = i + 1; j < arrays.size(); ++j) {
            if (may_share_memory(arrays[i], arrays[j]).cast<bool>()) {
                throw py::value_error(std::string("out: the ") + specs[i].name + " and " + specs[j].name + " arrays overlap");
            }
        }
    }
    return arrays;
}

py::tuple as_tuple(const std::vector<py::array>& arrays) {
    py::tuple result(arrays.size());
    for (std::size_t i = 0; i < arrays.size(); ++i) result[i] = arrays[i];
    return result;
}

}  // namespace kalends::python
