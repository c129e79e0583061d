// What the arithmetic Persian (Solar Hijri) kernels share: six months of 31
// days, five of 30, and Esfand with 29 or 30; no year 0; every int32 year.
// A derived kernel supplies is_leap_year, new_year(a) (the JDN of 1 Farvardin
// of astronomical year a) and year_containing(jdn) (the astronomical year
// whose new year is the last one on or before jdn); it may replace from_jdn
// with one that gets the year and the day of the year from one division.
#pragma once

#include <kalends/calendars/kernel_range.hpp>

#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

template <class Derived>
struct persian_kernel : every_int32_year {
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

    // Days in the year before the first of a month: 31 per month up to Mehr,
    // then 30, i.e. 30 (m - 1) + min(m - 1, 6). The min is a conditional move.
    static constexpr int days_before_month(int month) noexcept {
        return 30 * month - 31 + (month < 7 ? month : 7);
    }

    // Month and day of a day of the year (0 .. 365) without a data-dependent
    // branch. Months 1-6 start every 31 days from day 0, months 7-12 every
    // 30 days from day 6, so the month is the larger of (d + 31) / 31 and
    // (d + 24) / 30 (the first is the larger exactly while d < 186); both are
    // Euclidean affine functions with a power-of-two divisor, exact on 0 .. 365
    // (tests/kernels/persian_test.cpp checks every day).
    static constexpr date_parts parts_from_day_of_year(std::int64_t astronomical, std::uint32_t day_of_year) noexcept {
        const std::uint32_t by_31 = (33 * day_of_year + 1035) >> 10;
        const std::uint32_t by_30 = (273 * day_of_year + 6576) >> 13;
        const std::uint32_t month = by_31 > by_30 ? by_31 : by_30;
        const auto start = static_cast<std::uint32_t>(days_before_month(static_cast<int>(month)));
        return {detail::calendar_year(astronomical), static_cast<int>(month),
                static_cast<int>(day_of_year - start) + 1};
    }

    // parts_from_day_of_year with a 32-bit astronomical year, for the fast
    // forms (no 64-bit lane arithmetic in a vectorized loop). Precondition: a > INT_MIN.
    static constexpr date_parts parts_from_day_of_year_fast(std::int32_t a, std::uint32_t day_of_year) noexcept {
        const std::uint32_t by_31 = (33 * day_of_year + 1035) >> 10;
        const std::uint32_t by_30 = (273 * day_of_year + 6576) >> 13;
        const std::uint32_t month = by_31 > by_30 ? by_31 : by_30;
        const std::uint32_t start = 30 * month - 31 + (month < 7 ? month : 7);
        return {a - static_cast<std::int32_t>(a <= 0), static_cast<int>(month), static_cast<int>(day_of_year - start) + 1};
    }

    // Branch-free validation of month and day for the fast forms, given the
    // leap flag: 31 days to Shahrivar, 30 to Bahman, Esfand 29 + leap.
    static constexpr bool month_day_valid_fast(int month, int day, std::uint32_t leap) noexcept {
        const auto m = static_cast<std::uint32_t>(month);
        // Arithmetic on flags: a ternary here compiles to a branch.
        const std::uint32_t esfand = m == 12;
        const std::uint32_t length = 30 + static_cast<std::uint32_t>(m <= 6) - esfand + (esfand & leap);
        return (m - 1 < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Days before the first of a month in unsigned arithmetic (any month: no UB).
    static constexpr std::uint32_t days_before_month_fast(int month) noexcept {
        const auto m = static_cast<std::uint32_t>(month);
        return 30 * m - 31 + (m < 7 ? m : 7);
    }

    // Precondition: is_valid_date<Derived>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return Derived::new_year(detail::astronomical_year(year)) + days_before_month(month) + day - 1;
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::int64_t a = Derived::year_containing(jdn);
        const auto day_of_year = static_cast<std::uint32_t>(jdn - Derived::new_year(a));  // 0 .. 365
        return parts_from_day_of_year(a, day_of_year);
    }
};

}  // namespace kalends::kernels
