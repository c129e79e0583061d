// Revised Julian (Milankovic) calendar kernel: leap every 4 years, except
// century years, which are leap only when (century mod 9) is 2 or 6. It agrees
// with the Gregorian calendar from 1600-03-01 to 2800-02-28, and (as Qt's does)
// on March 1 of year 0. No year 0. Valid for every int32 year.
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

    static constexpr bool is_leap_year(int year) noexcept {
        using detail::floor_mod;
        const std::int64_t a = detail::astronomical_year(year);
        if (floor_mod<std::int64_t>(a, 4) != 0) return false;
        if (floor_mod<std::int64_t>(a, 100) != 0) return true;
        const std::int64_t century_in_cycle = floor_mod<std::int64_t>(detail::floor_div<std::int64_t>(a, 100), 9);
        return century_in_cycle == 2 || century_in_cycle == 6;
    }

    // Days from March 1 of year 0 to March 1 of century `century` (a year 100*century).
    // Each century has 36524 days plus 2 extra per 9; the +6 places the extra
    // days after the centuries c with c mod 9 == 1 and 5, so years 200 and 600 are leap.
    static constexpr std::int64_t century_start(std::int64_t century) noexcept {
        return detail::floor_div<std::int64_t>(days_per_900_years * century + 6, 9);
    }

    // Precondition: is_valid_date<milankovic>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const std::int64_t a = detail::astronomical_year(year) - (month <= 2 ? 1 : 0);
        const std::int64_t century = detail::floor_div<std::int64_t>(a, 100);
        const std::int64_t year_of_century = a - 100 * century;
        return march_epoch + century_start(century) + days_per_julian_century * year_of_century / 100 +
               roman::march_day_of_month_start(roman::march_based_month(month)) + day - 1;
    }

    // Precondition: first_jdn<milankovic>() <= jdn <= last_jdn<milankovic>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::int64_t z = jdn - march_epoch;
        // The largest century whose start is <= z: century_start(c) <= z  <=>  328718 c <= 9 z + 2.
        const std::int64_t century = detail::floor_div<std::int64_t>(9 * z + 2, days_per_900_years);
        const std::int64_t day_of_century = z - century_start(century);
        // Within a century, years start every 365.25 days (in hundredths).
        const std::int64_t year_of_century = (100 * day_of_century + 99) / days_per_julian_century;
        const auto march_day =
            static_cast<int>(day_of_century - days_per_julian_century * year_of_century / 100);
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t a = 100 * century + year_of_century + (md.month <= 2 ? 1 : 0);
        return {detail::calendar_year(a), md.month, md.day};
    }
};

}  // namespace kalends::kernels
