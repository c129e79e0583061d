// Proleptic Gregorian calendar kernel: leap years every 4 years, except
// century years not divisible by 400. No year 0 (year -1 is 1 BCE).
// Valid for every int32 year; all intermediate values fit in int64.
#pragma once

#include <kalends/calendars/roman_kernel.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>

namespace kalends::kernels {

struct gregorian : roman_kernel<gregorian> {
    // JDN of March 1 of astronomical year 0: the origin of the March-based count.
    static constexpr std::int64_t march_epoch = 1721120;
    static constexpr std::int64_t days_per_400_years = 146097;

    static constexpr bool is_leap_year(int year) noexcept {
        const std::int64_t a = detail::astronomical_year(year);
        return a % 4 == 0 && (a % 100 != 0 || a % 400 == 0);
    }

    // Precondition: is_valid_date<gregorian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        using detail::floor_div;
        const std::int64_t a = detail::astronomical_year(year) - (month <= 2 ? 1 : 0);
        const std::int64_t leap_days = floor_div<std::int64_t>(a, 4) - floor_div<std::int64_t>(a, 100) +
                                       floor_div<std::int64_t>(a, 400);
        return march_epoch + 365 * a + leap_days + roman::march_day_of_month_start(roman::march_based_month(month)) +
               day - 1;
    }

    // Precondition: first_jdn<gregorian>() <= jdn <= last_jdn<gregorian>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::int64_t z = jdn - march_epoch;
        const std::int64_t era = detail::floor_div(z, days_per_400_years);
        const std::int64_t day_of_era = z - era * days_per_400_years;  // 0 .. 146096
        // Remove the leap days before this day (one per 4 years, less one per
        // 100 years, plus one per 400 years) so that 365 divides evenly.
        const std::int64_t year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
        const auto march_day =
            static_cast<int>(day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100));
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t a = era * 400 + year_of_era + (md.month <= 2 ? 1 : 0);
        return {detail::calendar_year(a), md.month, md.day};
    }
};

}  // namespace kalends::kernels
