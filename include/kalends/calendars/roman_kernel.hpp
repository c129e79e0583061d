// What the Gregorian, Julian and Revised Julian kernels have in common: twelve
// Roman months, no year 0, every int32 year. Each derived kernel supplies
// is_leap_year, to_jdn and from_jdn.
#pragma once

#include <kalends/calendars/kernel_range.hpp>

#include <kalends/calendars/roman_months.hpp>

#include <limits>

namespace kalends::kernels {

template <class Derived>
struct roman_kernel : every_int32_year {
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 28;
    static constexpr int max_days_in_month = 31;

    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }

    // The leap rule is evaluated only for February: validating a date (which
    // asks for the month's length) then costs no division for other months.
    static constexpr int days_in_month(int month, int year) noexcept {
        return month == 2 ? 28 + static_cast<int>(Derived::is_leap_year(year)) : roman::common_month_length(month);
    }

    // The longest the month can be in any year (February: 29).
    static constexpr int max_days_in_month_of(int month) noexcept { return roman::month_length(month, true); }

    static constexpr int days_in_year(int year) noexcept { return Derived::is_leap_year(year) ? 366 : 365; }
};

}  // namespace kalends::kernels
