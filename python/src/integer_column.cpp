#include "integer_column.hpp"

#include <kalends/calendar.hpp>
#include <kalends/error.hpp>

#include <cstring>
#include <string>
#include <type_traits>

namespace py = pybind11;

namespace kalends::python {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

template <class T>
void gather(const char* data, py::ssize_t stride, std::size_t count, std::int64_t* out) noexcept {
    // A contiguous column is read with a constant stride, which the compiler vectorizes.
    if (stride == static_cast<py::ssize_t>(sizeof(T)) && !std::is_same_v<T, std::uint64_t>) {
        for (std::size_t i = 0; i < count; ++i) {
            T value;
            std::memcpy(&value, data + i * sizeof(T), sizeof value);
            out[i] = static_cast<std::int64_t>(value);
        }
        return;
    }
    for (std::size_t i = 0; i < count; ++i) {
        T value;
        std::memcpy(&value, data + static_cast<py::ssize_t>(i) * stride, sizeof value);
        if constexpr (std::is_same_v<T, std::uint64_t>) {
            out[i] = value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                         ? integer_column::missing
                         : static_cast<std::int64_t>(value);
        } else {
            out[i] = static_cast<std::int64_t>(value);
        }
    }
}

// Units per day of datetime64's units finer than a day; 1 for days, 0 for weeks.
std::int64_t units_per_day(const std::string& unit) {
    if (unit == "D") return 1;
    if (unit == "W") return 0;
    if (unit == "h") return 24;
    if (unit == "m") return 24 * 60;
    if (unit == "s") return 86'400;
    if (unit == "ms") return 86'400'000;
    if (unit == "us") return 86'400'000'000;
    if (unit == "ns") return 86'400'000'000'000;
    throw py::type_error("datetime64[" + unit +
                         "] has no single day to each value; use datetime64 in D, W, h, m, s, ms, us or ns");
}

}  // namespace

integer_column::integer_column(const py::handle& values, const char* what, bool datetimes) {
    const py::module_ numpy = py::module_::import("numpy");
    if (numpy.attr("ma").attr("isMaskedArray")(values).cast<bool>()) {
        // numpy.asarray would drop the mask and convert the masked elements as data.
        throw py::type_error(std::string(what) + " must not be a masked array (its mask would be lost): pass " +
                             "array.filled(value) and mask the results" + (datetimes ? ", or datetime64 with NaT for gaps" : ""));
    }
    py::array array = numpy.attr("asarray")(values);
    // Bytes in the machine's order, so that read() can take them as they are.
    if (py::str(array.dtype().attr("byteorder")).cast<std::string>() == ">") {
        array = array.attr("astype")(array.dtype().attr("newbyteorder")("="));
    }
    shape_.assign(array.shape(), array.shape() + array.ndim());
    const py::dtype type = array.dtype();
    kind_ = type.kind();
    item_size_ = type.itemsize();
    if (kind_ == 'M' && datetimes) {
        const std::string text = py::str(static_cast<py::handle>(type));  // "datetime64[ns]"
        const auto open = text.find('[');
        if (open == std::string::npos) throw py::type_error(std::string(what) + ": datetime64 without a unit has no days");
        per_day_ = units_per_day(text.substr(open + 1, text.size() - open - 2));
    } else if (kind_ != 'i' && kind_ != 'u') {
        throw py::type_error(std::string(what) + " must be integers" + (datetimes ? " or datetime64" : "") +
                             ", got an array of " + std::string(py::str(static_cast<py::handle>(type))) +
                             (kind_ == 'f' ? " (floats may be NaN or fractional; convert them to integers first)" : ""));
    }
    if (array.ndim() != 1) array = array.attr("reshape")(-1);
    array_ = array;
    size_ = static_cast<std::size_t>(array_.shape(0));
    stride_ = array_.strides(0);
    data_ = static_cast<const char*>(array_.data());
}

void integer_column::read(std::size_t start, std::size_t count, std::int64_t* out) const noexcept {
    const char* first = data_ + static_cast<py::ssize_t>(start) * stride_;
    if (kind_ == 'u') {
        switch (item_size_) {
            case 1: gather<std::uint8_t>(first, stride_, count, out); return;
            case 2: gather<std::uint16_t>(first, stride_, count, out); return;
            case 4: gather<std::uint32_t>(first, stride_, count, out); return;
            default: gather<std::uint64_t>(first, stride_, count, out); return;
        }
    }
    switch (item_size_) {
        case 1: gather<std::int8_t>(first, stride_, count, out); break;
        case 2: gather<std::int16_t>(first, stride_, count, out); break;
        case 4: gather<std::int32_t>(first, stride_, count, out); break;
        default: gather<std::int64_t>(first, stride_, count, out); break;
    }
    if (kind_ != 'M') return;
    // datetime64: NaT is int64's minimum; days from 1970-01-01 become JDNs.
    constexpr std::int64_t max_days = std::numeric_limits<std::int64_t>::max() - jdn_of_unix_epoch;
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t value = out[i];
        if (value == missing) continue;
        std::int64_t days = value;
        if (per_day_ == 0) {  // weeks
            days = value > max_days / 7 || value < -max_days / 7 ? missing : value * 7;
        } else if (per_day_ > 1) {
            days = floor_div(value, per_day_);
        }
        out[i] = days == missing || days > max_days ? missing : days + jdn_of_unix_epoch;
    }
}

error_info why_not_a_day(const calendar& cal, const integer_column& days, std::size_t index) {
    if (days.is_nat(index)) return {errc::jdn_out_of_range, error_field::julian_day, "NaT is no day"};
    const std::int64_t jdn = days.at(index);
    if (jdn == integer_column::missing) {
        return {errc::jdn_out_of_range, error_field::julian_day, "the value is beyond the day numbers an int64 holds"};
    }
    return cal.try_parts_from_date(jdn).error();
}

std::int64_t integer_column::at(std::size_t index) const noexcept {
    std::int64_t value = 0;
    read(index, 1, &value);
    return value;
}

bool integer_column::is_nat(std::size_t index) const noexcept {
    if (kind_ != 'M') return false;
    std::int64_t raw = 0;
    std::memcpy(&raw, data_ + static_cast<py::ssize_t>(index) * stride_, sizeof raw);
    return raw == missing;
}

std::optional<std::string> integer_column::unsigned_beyond_int64(std::size_t index) const {
    if (kind_ != 'u' || item_size_ != 8) return std::nullopt;
    std::uint64_t raw = 0;
    std::memcpy(&raw, data_ + static_cast<py::ssize_t>(index) * stride_, sizeof raw);
    if (raw <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
    return std::to_string(raw);
}

}  // namespace kalends::python
