// Proleptic Julian calendar kernel: every fourth year is leap. No year 0.
// Euclidean affine conversions as in gregorian.hpp, without the century step.
// Valid for every int32 year; all intermediate values fit in 64 bits.
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
    static constexpr std::int64_t days_shift = days_per_4_years * (roman::years_shift / 4);

    static constexpr bool is_leap_year(int year) noexcept { return detail::astronomical_year(year) % 4 == 0; }

    // Precondition: is_valid_date<julian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const auto y = static_cast<std::uint64_t>(detail::astronomical_year(year) + roman::years_shift -
                                                  roman::is_jan_or_feb(month));
        const std::uint64_t count = 1461 * y / 4 + roman::march_day_of_month_start(roman::march_based_month(month)) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - days_shift + march_epoch;
    }

    // Precondition: first_jdn<julian>() <= jdn <= last_jdn<julian>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const auto n = static_cast<std::uint64_t>(jdn - march_epoch + days_shift);
        // 365.25 days per year: 4n + 3 over 1461 is the year, the remainder over 4 the day of it.
        const std::uint64_t n1 = 4 * n + 3;
        const std::uint64_t year = n1 / days_per_4_years;
        const auto march_day = static_cast<std::uint32_t>(n1 % days_per_4_years / 4);
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t a = static_cast<std::int64_t>(year) - roman::years_shift + static_cast<std::int64_t>(march_day >= 306);
        return {detail::calendar_year(a), md.month, md.day};
    }
};

}  // namespace kalends::kernels
