// A NumPy array of integers (or datetime64 days) read in blocks as int64,
// whatever its integer type, byte size or stride, without copying it.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/error.hpp>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace kalends::python {

class integer_column {
public:
    // What read() gives for NaT and for a value no int64 day number holds.
    static constexpr std::int64_t missing = std::numeric_limits<std::int64_t>::min();

    // `values` as an array (a list or scalar is converted). Raises TypeError,
    // naming `what`, for floats, bools, objects and other non-integers; for
    // datetime64 unless `datetimes` (then its days become Julian Day Numbers).
    integer_column(const pybind11::handle& values, const char* what, bool datetimes);

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] const std::vector<pybind11::ssize_t>& shape() const noexcept { return shape_; }
    [[nodiscard]] bool is_datetime() const noexcept { return kind_ == 'M'; }
    // The elements themselves when they are contiguous int64 (nothing to convert), else nullptr.
    [[nodiscard]] const std::int64_t* direct() const noexcept { return contiguous<std::int64_t>(); }
    // The elements themselves when they are contiguous signed integers of type T, else nullptr.
    template <class T>
    [[nodiscard]] const T* contiguous() const noexcept {
        if (kind_ != 'i' || item_size_ != static_cast<pybind11::ssize_t>(sizeof(T)) ||
            (stride_ != item_size_ && size_ > 1)) {
            return nullptr;
        }
        return reinterpret_cast<const T*>(data_);  // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast): NumPy's data
    }

    // Elements [start, start + count) as int64 at `out`: integers as they
    // are (a uint64 above int64's range is `missing`), datetime64 as the JDN
    // of its day (floor, so 23:59 of a day is that day), NaT as `missing`.
    // Needs no GIL.
    void read(std::size_t start, std::size_t count, std::int64_t* out) const noexcept;
    // The element as read() gives it (for the message about one element).
    [[nodiscard]] std::int64_t at(std::size_t index) const noexcept;
    // The element is NaT.
    [[nodiscard]] bool is_nat(std::size_t index) const noexcept;
    // The element of an unsigned column above int64's range (which read() gives as `missing`), as text.
    [[nodiscard]] std::optional<std::string> unsigned_beyond_int64(std::size_t index) const;

private:
    pybind11::array array_;  // one-dimensional, kept alive
    std::vector<pybind11::ssize_t> shape_;
    const char* data_ = nullptr;
    pybind11::ssize_t stride_ = 0;
    std::size_t size_ = 0;
    char kind_ = 'i';        // 'i', 'u' or 'M'
    pybind11::ssize_t item_size_ = 8;
    std::int64_t per_day_ = 1;  // datetime64 units in a day (1 for [D]; 0 for [W])
};

// Why element `index` of `days` is no day of `cal`: NaT, beyond int64, or
// outside the calendar's range (the message a strict call raises).
[[nodiscard]] error_info why_not_a_day(const calendar& cal, const integer_column& days, std::size_t index);

}  // namespace kalends::python
