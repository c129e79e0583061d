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

#include <kalends/calendars/roman_kernel.hpp>
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

    // Precondition: is_valid_date<milankovic>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
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

}  // namespace kalends::kernels
