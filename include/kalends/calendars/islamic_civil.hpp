// Tabular Islamic calendar, civil (Friday) epoch: 1 Muharram 1 AH is JDN
// 1948440 (Julian 622-07-16). Thirty-year cycle with leap years 2, 5, 7, 10,
// 13, 16, 18, 21, 24, 26 and 29, i.e. (14 + 11 a) mod 30 < 11. Months alternate
// 30 and 29 days; Dhu al-Hijjah has 30 in a leap year. No year 0. Valid for
// every int32 year.
#pragma once

#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

struct islamic_civil {
    static constexpr int min_year = std::numeric_limits<int>::min();
    static constexpr int max_year = std::numeric_limits<int>::max();
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 30;

    static constexpr std::int64_t days_per_30_years = 30 * 354 + 11;  // 10631
    // new_year(a) = 1948440 + 354 (a - 1) + floor((11 a + 3) / 30), folded into one fraction.
    static constexpr std::int64_t origin = 1948440 - 354;

    static constexpr bool is_leap_year(int year) noexcept {
        return detail::floor_mod<std::int64_t>(14 + 11 * detail::astronomical_year(year), 30) < 11;
    }

    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }

    static constexpr int days_in_month(int month, int year) noexcept {
        if (month % 2 == 1) return 30;
        return month == 12 && is_leap_year(year) ? 30 : 29;
    }

    static constexpr int max_days_in_month_of(int month) noexcept { return month % 2 == 1 || month == 12 ? 30 : 29; }

    static constexpr int days_in_year(int year) noexcept { return is_leap_year(year) ? 355 : 354; }

    // 29 days per month plus one for every odd month before this one.
    static constexpr int days_before_month(int month) noexcept { return (59 * month - 58) / 2; }

    static constexpr std::int64_t new_year(std::int64_t a) noexcept {
        return origin + detail::floor_div<std::int64_t>(days_per_30_years * a + 3, 30);
    }

    // Precondition: is_valid_date<islamic_civil>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return new_year(detail::astronomical_year(year)) + days_before_month(month) + day - 1;
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        // The largest a with new_year(a) <= jdn:  10631 a + 3 < 30 (z + 1).
        const std::int64_t a = detail::floor_div<std::int64_t>(30 * (jdn - origin) + 26, days_per_30_years);
        const auto day_of_year = static_cast<int>(jdn - new_year(a));  // 0 .. 354
        // Inverse of days_before_month; day 354 (the leap day) still belongs to month 12.
        const int month = day_of_year == 354 ? 12 : 2 * day_of_year / 59 + 1;
        return {detail::calendar_year(a), month, day_of_year - days_before_month(month) + 1};
    }
};

}  // namespace kalends::kernels
