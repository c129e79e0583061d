// Revised Julian (Milankovic) calendar kernel: leap every 4 years, except
// century years, which are leap only when (century mod 9) is 2 or 6. It agrees
// with the Gregorian calendar from 1600-03-01 to 2800-02-28, and (as Qt's does)
// on March 1 of year 0. No year 0. Valid for every int32 year.
//
// Euclidean affine conversions: a 900-year cycle has 328718 days, so a century
// starts every 328718/9 days (the +6 puts the two extra leap days after
// centuries 1 and 5 of the cycle, making years 200 and 600 leap); within a
// century, years start every 365.25 days.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/roman_kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>

namespace kalends::kernels {

struct milankovic : roman_kernel<milankovic> {
    static constexpr std::int64_t march_epoch = 1721120;
    // 900 years hold 900/4 = 225 leap years, less 9 century years, plus the 2 kept.
    static constexpr std::int64_t days_per_900_years = 365 * 900 + 225 - 9 + 2;  // 328718
    static constexpr std::int64_t days_per_julian_century = 36525;
    static constexpr std::int64_t days_shift = days_per_900_years * (roman::years_shift / 900);

    static constexpr bool is_leap_year(int year) noexcept {
        const std::int64_t a = detail::astronomical_year(year);
        if (a % 4 != 0) return false;
        if (a % 100 != 0) return true;
        const std::int64_t century_in_cycle = detail::floor_mod<std::int64_t>(a / 100, 9);
        return century_in_cycle == 2 || century_in_cycle == 6;
    }

    // The branch-free 32-bit forms the bulk API vectorizes (see
    // src/bulk_loops.hpp): 700 cycles of 900 years each way around year 0,
    // where 9n + 2 and 328718 c stay below 2^32. fast_years is a multiple of
    // 900, so moving a year by it keeps the leap rule.
    static constexpr std::int64_t fast_years = static_cast<std::int64_t>(900) * 700;
    static constexpr std::int64_t fast_days = days_per_900_years * 700;
    static constexpr std::int64_t fast_first_jdn = march_epoch - fast_days;
    static constexpr std::int64_t fast_last_jdn = march_epoch + fast_days - 1;
    // The calendar years whose every date lies on the 32-bit path (a little
    // inside it, for the January shift).
    static constexpr int fast_first_year = -static_cast<int>(fast_years) + 2;
    static constexpr int fast_last_year = static_cast<int>(fast_years) - 2;

    // Precondition (for an exact result): fast_first_jdn <= jdn <= fast_last_jdn.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        constexpr auto cycle_days = static_cast<std::uint32_t>(days_per_900_years);
        // The offset modulo 2^32 (no signed overflow for any jdn).
        const std::uint32_t n1 = 9 * (static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn)) + 2;
        const std::uint32_t century = n1 / cycle_days;
        const std::uint32_t day_of_century = (n1 - century * cycle_days) / 9;
        // Within a century, years start every 365.25 days as in the Gregorian century.
        const roman::year_and_day in_century = roman::year_of_century(4 * day_of_century + 3);
        const roman::lane_date date = roman::lane_date_of_march_day(in_century.day);
        // Below 2^24 for any input, so the signed arithmetic cannot overflow.
        const auto shifted = static_cast<std::int32_t>(100 * century + in_century.year + date.next_year);
        const std::int32_t a = shifted - static_cast<std::int32_t>(fast_years);
        return {a - static_cast<std::int32_t>(a <= 0), static_cast<int>(date.month), static_cast<int>(date.day)};
    }

    // Branch-free: true when the date is valid and its year lies in
    // fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        // The astronomical year moved by fast_years (any value outside the window: unsigned wrap, no UB).
        const std::uint32_t y = static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
                                static_cast<std::uint32_t>(fast_years);
        const std::uint32_t century = y / 100;
        const std::uint32_t century_in_cycle = century % 9;
        // Leap: divisible by 4, and not a century year unless its century is 2 or 6 mod 9.
        const std::uint32_t leap = ((y & 3) == 0) & ((y != 100 * century) | (century_in_cycle == 2) |
                                                       (century_in_cycle == 6));
        const auto m = static_cast<std::uint32_t>(month);
        // 30 or 31 by the month's parity (flipped from August), February 28 + leap:
        // arithmetic on flags, since a ternary here compiles to a branch.
        const std::uint32_t february = m == 2;
        const std::uint32_t length = 30 + ((m + m / 8) & 1) - 2 * february + (february & leap);
        return in_window & (year != 0) & (m - 1 < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Precondition (for an exact result): is_valid_fast(year, month, day).
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        constexpr auto cycle_days = static_cast<std::uint32_t>(days_per_900_years);
        const std::uint32_t shifted = static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
                                      static_cast<std::uint32_t>(fast_years) - roman::is_jan_or_feb(month);
        const std::uint32_t century = shifted / 100;
        const std::uint32_t year_of_century = shifted - 100 * century;
        const std::uint32_t count = (cycle_days * century + 6) / 9 + 1461 * year_of_century / 4 +
                                    roman::march_day_of_month_start(roman::march_based_month(month)) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - fast_days + march_epoch;
    }

    // Precondition: is_valid_date<milankovic>(year, month, day).
    // The 32-bit form where it holds (cheaper: no 64-bit division), else
    // the exact 64-bit one; one well-predicted range test.
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        if (year >= fast_first_year && year <= fast_last_year) return to_jdn_fast(year, month, day);
        return to_jdn_exact(year, month, day);
    }

    // The 64-bit form, for every year (and the tests' reference for the 32-bit one).
    static constexpr std::int64_t to_jdn_exact(int year, int month, int day) noexcept {
        const auto y = static_cast<std::uint64_t>(detail::astronomical_year(year) + roman::years_shift -
                                                  roman::is_jan_or_feb(month));
        const std::uint64_t century = y / 100;
        const std::uint64_t year_of_century = y % 100;
        const std::uint64_t count = (days_per_900_years * century + 6) / 9 +
                                    days_per_julian_century * year_of_century / 100 +
                                    roman::march_day_of_month_start(roman::march_based_month(month)) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - days_shift + march_epoch;
    }

    // Precondition: first_jdn<milankovic>() <= jdn <= last_jdn<milankovic>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        if (jdn >= fast_first_jdn && jdn <= fast_last_jdn) return from_jdn_fast(jdn);
        return from_jdn_exact(jdn);
    }

    // The 64-bit form, for every day of the range (and the tests' reference).
    static constexpr date_parts from_jdn_exact(std::int64_t jdn) noexcept {
        const auto n = static_cast<std::uint64_t>(jdn - march_epoch + days_shift);
        // The largest century c with (328718 c + 6) / 9 <= n is (9 n + 2) / 328718.
        const std::uint64_t n1 = 9 * n + 2;
        const std::uint64_t century = n1 / days_per_900_years;
        const auto day_of_century = static_cast<std::uint32_t>(n1 % days_per_900_years / 9);
        const std::uint32_t n2 = 100 * day_of_century + 99;
        const std::uint32_t year_of_century = n2 / 36525;
        const std::uint32_t march_day = n2 % 36525 / 100;
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t a = static_cast<std::int64_t>(100 * century + year_of_century) - roman::years_shift +
                               static_cast<std::int64_t>(march_day >= 306);
        return {detail::calendar_year(a), md.month, md.day};
    }
};

static_assert(calendar_kernel<milankovic>);

}  // namespace kalends::kernels
