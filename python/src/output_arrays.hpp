// The arrays a vectorized function writes: new ones, or the caller's own
// through out= (NumPy's idiom), which must be exactly what would have been
// made — dtype, shape, C order, writeable — and overlap neither the inputs
// nor each other, since the work reads inputs block by block as it writes.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstddef>
#include <string>
#include <vector>

namespace kalends::python {

// One output array, new or the caller's.
struct output_spec {
    const char* name;        // "year", "valid", ...
    pybind11::dtype dtype;   // int32, int64 or bool
};

// The outputs of a call: new arrays of `shape` when `out` is None, else the
// arrays of the tuple `out` after checking them against `specs` and
// `inputs`. Raises TypeError or ValueError that says which output is wrong.
[[nodiscard]] std::vector<pybind11::array> output_arrays(const pybind11::object& out, const std::vector<output_spec>& specs,
                                                         const std::vector<pybind11::ssize_t>& shape,
                                                         const std::vector<pybind11::object>& inputs);

// The tuple a call returns: its outputs.
[[nodiscard]] pybind11::tuple as_tuple(const std::vector<pybind11::array>& arrays);

}  // namespace kalends::python
