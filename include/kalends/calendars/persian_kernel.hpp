// What the arithmetic Persian (Solar Hijri) kernels share: six months of 31
// days, five of 30, and Esfand with 29 or 30; no year 0; every int32 year.
// A derived kernel supplies is_leap_year, new_year(a) (the JDN of 1 Farvardin
// of astronomical year a) and year_containing(jdn) (the astronomical year
// whose new year is the last one on or before jdn).
#pragma once

#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

template <class Derived>
struct persian_kernel {
    static constexpr int min_year = std::numeric_limits<int>::min();
    static constexpr int max_year = std::numeric_limits<int>::max();
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 31;

    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }

    static constexpr int days_in_month(int month, int year) noexcept {
        if (month <= 6) return 31;
        if (month <= 11) return 30;
        return Derived::is_leap_year(year) ? 30 : 29;
    }

    static constexpr int max_days_in_month_of(int month) noexcept { return month <= 6 ? 31 : 30; }

    static constexpr int days_in_year(int year) noexcept { return Derived::is_leap_year(year) ? 366 : 365; }

    // Days in the year before the first of a month: 31 per month up to Mehr, then 30.
    static constexpr int days_before_month(int month) noexcept {
        return month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6;
    }

    // Precondition: is_valid_date<Derived>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return Derived::new_year(detail::astronomical_year(year)) + days_before_month(month) + day - 1;
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::int64_t a = Derived::year_containing(jdn);
        const auto day_of_year = static_cast<std::uint32_t>(jdn - Derived::new_year(a));  // 0 .. 365
        // Both splits are computed and one is selected, so that the 31/30-day
        // boundary is not a data-dependent branch. From Mehr on, months are 30
        // days counted from day 6 (186 = 6 + 6 * 30).
        const bool first_half = day_of_year < 6 * 31;
        const std::uint32_t late = day_of_year - 6;
        const std::uint32_t month = first_half ? day_of_year / 31 : late / 30;
        const std::uint32_t day = first_half ? day_of_year % 31 : late % 30;
        return {detail::calendar_year(a), static_cast<int>(month) + 1, static_cast<int>(day) + 1};
    }
};

}  // namespace kalends::kernels
