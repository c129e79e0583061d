// Arithmetic Persian calendars.
//
// persian_33: the 33-year rule that ICU uses. Astronomical year a is leap when
//   (25 a + 11) mod 33 < 8; 1 Farvardin 1404 is JDN 2460756 (2025-03-21). It
//   matches every official Iranian new year from 1206 to 1498 AP.
// persian_2820: Birashk's 2820-year cycle, the rule Qt calls "Jalali": 683 leap
//   years in 2820, year a is leap when ((a + 2346) * 683) mod 2820 < 683, and
//   1 Farvardin 475 is JDN 2121446, the start of a cycle.
#pragma once

#include <kalends/calendars/persian_kernel.hpp>

namespace kalends::kernels {

struct persian_33 : persian_kernel<persian_33> {
    static constexpr std::int64_t days_per_33_years = 33 * 365 + 8;  // 12053
    // new_year(a) = 1948320 + 365 (a - 1) + floor((8 a + 21) / 33), folded into one fraction.
    static constexpr std::int64_t origin = 1948320 - 365;

    static constexpr bool is_leap_year(int year) noexcept {
        return detail::floor_mod<std::int64_t>(25 * detail::astronomical_year(year) + 11, 33) < 8;
    }

    static constexpr std::int64_t new_year(std::int64_t a) noexcept {
        return origin + detail::floor_div<std::int64_t>(days_per_33_years * a + 21, 33);
    }

    // The largest a with new_year(a) <= jdn:  12053 a + 21 < 33 (z + 1).
    static constexpr std::int64_t year_containing(std::int64_t jdn) noexcept {
        return detail::floor_div<std::int64_t>(33 * (jdn - origin) + 11, days_per_33_years);
    }
};

struct persian_2820 : persian_kernel<persian_2820> {
    static constexpr std::int64_t days_per_2820_years = 2820 * 365 + 683;  // 1029983
    static constexpr std::int64_t cycle_start = 2121446;                   // 1 Farvardin 475 AP
    static constexpr std::int64_t cycle_start_year = 475;

    static constexpr bool is_leap_year(int year) noexcept {
        return detail::floor_mod<std::int64_t>((detail::astronomical_year(year) + 2346) * 683, 2820) < 683;
    }

    // Years start every 1029983/2820 days from the cycle start, rounded down.
    static constexpr std::int64_t new_year(std::int64_t a) noexcept {
        return cycle_start + detail::floor_div<std::int64_t>((a - cycle_start_year) * days_per_2820_years, 2820);
    }

    // The largest a with new_year(a) <= jdn:  (a - 475) * 1029983 < 2820 (z + 1).
    static constexpr std::int64_t year_containing(std::int64_t jdn) noexcept {
        return cycle_start_year +
               detail::floor_div<std::int64_t>((jdn - cycle_start + 1) * 2820 - 1, days_per_2820_years);
    }
};

}  // namespace kalends::kernels
