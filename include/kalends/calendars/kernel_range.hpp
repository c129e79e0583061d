// The documented range of a kernel, derived from its first and last valid year.
#pragma once

#include <cstdint>
#include <limits>

namespace kalends::kernels {

// The range of a kernel that is exact for every int32 year: the kernels
// inherit it instead of restating it.
struct every_int32_year {
    static constexpr int min_year = std::numeric_limits<int>::min();
    static constexpr int max_year = std::numeric_limits<int>::max();
};

// JDN of the first day of the kernel's first valid year.
template <class Kernel>
constexpr std::int64_t first_jdn() noexcept {
    return Kernel::to_jdn(Kernel::min_year, 1, 1);
}

// JDN of the last day of the kernel's last valid year.
template <class Kernel>
constexpr std::int64_t last_jdn() noexcept {
    constexpr int year = Kernel::max_year;
    constexpr int month = Kernel::months_in_year(year);
    return Kernel::to_jdn(year, month, Kernel::days_in_month(month, year));
}

// first <= year <= last for any int year, as one unsigned comparison: no
// branch and no signed overflow (the fast forms' window test).
constexpr bool year_in_window(int year, int first, int last) noexcept {
    return static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(first) <=
           static_cast<std::uint32_t>(last) - static_cast<std::uint32_t>(first);
}

// True if a year, month and day name a real date of the kernel's calendar.
template <class Kernel>
constexpr bool is_valid_date(int year, int month, int day) noexcept {
    if (year < Kernel::min_year || year > Kernel::max_year) return false;
    if (year == 0 && !Kernel::has_year_zero) return false;
    if (month < 1 || month > Kernel::months_in_year(year)) return false;
    return day >= 1 && day <= Kernel::days_in_month(month, year);
}

}  // namespace kalends::kernels
