// A duration argument: a kalends.Duration or its ISO 8601 text ("P1Y2M10D").
#pragma once

#include <kalends/duration.hpp>

#include <pybind11/pybind11.h>

#include <string>

namespace kalends::python {

struct duration_arg {
    kalends::duration value;
};

}  // namespace kalends::python

namespace pybind11::detail {

template <>
struct type_caster<kalends::python::duration_arg> {
    PYBIND11_TYPE_CASTER(kalends::python::duration_arg, const_name("Duration | str"));

    bool load(handle source, bool /*convert*/) {
        if (isinstance<kalends::duration>(source)) {
            value.value = source.cast<kalends::duration>();
            return true;
        }
        if (isinstance<str>(source)) {
            value.value = kalends::duration::parse(source.cast<std::string>());
            return true;
        }
        return false;
    }
};

}  // namespace pybind11::detail
