// kalends.Error: the library's errors as a Python exception, a ValueError
// that carries the error's code, field, value and allowed range.
#pragma once

#include <kalends/error.hpp>

#include <pybind11/pybind11.h>

#include <cstddef>
#include <string>

namespace kalends::python {

// An error about one element of an array: its message starts with the
// element's index, and kalends.Error.index holds it.
class element_error : public kalends::error {
public:
    element_error(const error_info& info, std::size_t index)
        : kalends::error(info.code, "element " + std::to_string(index) + ": " + info.message()),
          full_(info),
          index_(index) {}

    [[nodiscard]] const error_info& full_info() const noexcept { return full_; }
    [[nodiscard]] std::size_t index() const noexcept { return index_; }

private:
    error_info full_;
    std::size_t index_;
};

// Defines kalends.Error in `module` and translates kalends::error into it.
void bind_errors(pybind11::module_& module);

}  // namespace kalends::python
