// Floor division and modulo, and year-numbering helpers shared by every kernel.
#pragma once

#include <cstdint>

namespace kalends::detail {

// Division rounding towards negative infinity. C++ `/` truncates towards zero,
// which is wrong for dates before a calendar's epoch. Requires b > 0.
template <class T>
constexpr T floor_div(T a, T b) noexcept {
    T q = a / b;
    return (a % b < 0) ? q - 1 : q;
}

// The remainder that goes with floor_div: always in [0, b). Requires b > 0.
template <class T>
constexpr T floor_mod(T a, T b) noexcept {
    T r = a % b;
    return (r < 0) ? r + b : r;
}

// Calendars without a year 0 number 1 BCE as -1. Kernels compute with the
// astronomical year (1 BCE = 0), which is a plain integer line.
constexpr std::int64_t astronomical_year(int year) noexcept {
    return std::int64_t{year} + static_cast<std::int64_t>(year < 0);
}

// Inverse of astronomical_year: 0 becomes -1, -1 becomes -2, and so on.
constexpr int calendar_year(std::int64_t astronomical) noexcept {
    return static_cast<int>(astronomical - static_cast<std::int64_t>(astronomical <= 0));
}

// ISO weekday (1 = Monday ... 7 = Sunday) of a Julian Day Number: JDN 0 was a Monday.
constexpr int iso_weekday(std::int64_t jdn) noexcept {
    return static_cast<int>(floor_mod<std::int64_t>(jdn, 7)) + 1;
}

}  // namespace kalends::detail
