// Proleptic Julian calendar kernel: every fourth year is leap. No year 0.
// Valid for every int32 year; all intermediate values fit in int64.
#pragma once

#include <kalends/calendars/roman_kernel.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>

namespace kalends::kernels {

struct julian : roman_kernel<julian> {
    // JDN of Julian March 1 of astronomical year 0 (Gregorian 0000-02-28).
    static constexpr std::int64_t march_epoch = 1721118;
    static constexpr std::int64_t days_per_4_years = 1461;

    static constexpr bool is_leap_year(int year) noexcept {
        return detail::floor_mod<std::int64_t>(detail::astronomical_year(year), 4) == 0;
    }

    // Precondition: is_valid_date<julian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const std::int64_t a = detail::astronomical_year(year) - (month <= 2 ? 1 : 0);
        return march_epoch + 365 * a + detail::floor_div<std::int64_t>(a, 4) +
               roman::march_day_of_month_start(roman::march_based_month(month)) + day - 1;
    }

    // Precondition: first_jdn<julian>() <= jdn <= last_jdn<julian>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::int64_t z = jdn - march_epoch;
        const std::int64_t cycle = detail::floor_div(z, days_per_4_years);
        const std::int64_t day_of_cycle = z - cycle * days_per_4_years;  // 0 .. 1460
        // Day 1460 is the leap day ending the cycle; it belongs to year 3.
        const std::int64_t year_of_cycle = (day_of_cycle - day_of_cycle / 1460) / 365;
        const auto march_day = static_cast<int>(day_of_cycle - 365 * year_of_cycle);
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t a = cycle * 4 + year_of_cycle + (md.month <= 2 ? 1 : 0);
        return {detail::calendar_year(a), md.month, md.day};
    }
};

}  // namespace kalends::kernels
