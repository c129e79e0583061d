// Python ints are unbounded; the library takes int years, months and days.
// A value beyond int is refused with the library's error for that field,
// never wrapped.
#pragma once

#include <kalends/error.hpp>

#include <cstdint>
#include <limits>

namespace kalends::python {

[[nodiscard]] inline bool fits_int(std::int64_t value) noexcept {
    return value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max();
}

// The error code of a year, month or day that is refused.
[[nodiscard]] constexpr errc invalid_field_code(error_field field) noexcept {
    if (field == error_field::month) return errc::invalid_month;
    if (field == error_field::day) return errc::invalid_day;
    return errc::invalid_year;
}

[[nodiscard]] inline int narrow_field(std::int64_t value, error_field field) {
    if (!fits_int(value)) [[unlikely]] {
        throw kalends::error(error_info(invalid_field_code(field), field, "{value} is beyond the 32-bit integers a date field may be ({min}..{max})")
                                 .with_value(value)
                                 .with_min(std::numeric_limits<int>::min())
                                 .with_max(std::numeric_limits<int>::max()));
    }
    return static_cast<int>(value);
}

[[nodiscard]] inline int narrow_year(std::int64_t value) { return narrow_field(value, error_field::year); }
[[nodiscard]] inline int narrow_month(std::int64_t value) { return narrow_field(value, error_field::month); }
[[nodiscard]] inline int narrow_day(std::int64_t value) { return narrow_field(value, error_field::day); }

}  // namespace kalends::python
