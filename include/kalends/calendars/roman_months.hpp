// Month arithmetic shared by the calendars with Roman months (Gregorian,
// Julian, Revised Julian and the Gregorian-based ones). Their kernels count
// years from March 1, so that the leap day is the last day of the counting
// year and every month before it has a fixed offset.
//
// Both directions are Euclidean affine functions (Neri & Schneider 2022):
// month starts lie on the line 30.6 m - 91.4 (in days), so one multiply and
// one shift give the month and the day of the month.
#pragma once

#include <cstdint>

namespace kalends::kernels::roman {

struct month_day {
    int month;  // 1 = January
    int day;
};

// 1 for January and February, which belong to the previous March-based year; else 0.
constexpr std::uint32_t is_jan_or_feb(int month) noexcept { return static_cast<std::uint32_t>(month <= 2); }

// Months numbered 3 (March) .. 14 (February of the next calendar year).
// Arithmetic rather than a conditional, so compilers emit no data-dependent branch.
constexpr std::uint32_t march_based_month(int month) noexcept {
    return static_cast<std::uint32_t>(month) + 12 * is_jan_or_feb(month);
}

// Day of the March-based year on which a March-based month (3..14) starts:
// 0, 31, 61, 92, ..., 337, i.e. floor((979 m - 2919) / 32).
constexpr std::uint32_t march_day_of_month_start(std::uint32_t month) noexcept { return (979 * month - 2919) / 32; }

// The March-based month (3..14) of a day of the March-based year (0..365):
// the high half of 2141 d + 197913 (see month_day_from_march_day).
constexpr std::uint32_t march_month_of_day(std::uint32_t march_day) noexcept { return (2141 * march_day + 197913) >> 16; }

// The same for vector lanes (the kernels' fast forms): the month by one
// product, the day by subtraction, no division. next_year is 1 for January
// and February, which belong to the next calendar year.
struct lane_date {
    std::uint32_t month;  // 1 = January
    std::uint32_t day;
    std::uint32_t next_year;
};
constexpr lane_date lane_date_of_march_day(std::uint32_t march_day) noexcept {
    const std::uint32_t march_month = march_month_of_day(march_day);  // 3 .. 14
    const std::uint32_t next_year = march_day >= 306;
    return {march_month - 12 * next_year, march_day - march_day_of_month_start(march_month) + 1, next_year};
}

// A century of 4-year groups of 1461 days (Gregorian, Revised Julian): from
// n = 4 * (day of the century) + 3 < 2^18, the year of the century and the
// day of its March-based year. 2939745 / 2^32 is 1 / 1461 closely enough.
struct year_and_day {
    std::uint32_t year;
    std::uint32_t day;
};
constexpr year_and_day year_of_century(std::uint32_t n) noexcept {
    const auto year = static_cast<std::uint32_t>((static_cast<std::uint64_t>(2939745) * n) >> 32);
    return {year, (n - 1461 * year) / 4};
}

// Inverse for a day of the March-based year (0..365): with n = 2141 d + 197913,
// the month is n / 65536 (3..14) and the day of the month (n mod 65536) / 2141.
constexpr month_day month_day_from_march_day(std::uint32_t march_day) noexcept {
    const std::uint32_t n = 2141 * march_day + 197913;
    const std::uint32_t month = n >> 16;
    const std::uint32_t day = (n & 0xFFFF) / 2141 + 1;
    const std::uint32_t next_year = march_day >= 306;  // January or February
    return {static_cast<int>(month - 12 * next_year), static_cast<int>(day)};
}

// Length of a month in a common or leap year.
constexpr int month_length(int month, bool leap) noexcept {
    constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return lengths[month - 1] + static_cast<int>(month == 2 && leap);
}

// The length of a month when the year is not leap: 30 + ((m + m / 8) & 1), and 28 for February.
// Validation checks against this first and computes the leap rule only for February 29.
constexpr int common_month_length(int month) noexcept {
    return month == 2 ? 28 : 30 + ((month + month / 8) & 1);
}

// Every Roman-month kernel works on unsigned counts: it moves the origin back
// by this many years (a multiple of 400 and 900, so every cycle stays aligned)
// so that every JDN of its range maps to a non-negative number.
inline constexpr std::int64_t years_shift = 2'160'000'000;

}  // namespace kalends::kernels::roman
