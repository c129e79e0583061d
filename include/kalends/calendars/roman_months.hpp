// Month arithmetic shared by the calendars with Roman months (Gregorian,
// Julian, Revised Julian). Their kernels count years from March 1, so that the
// leap day is the last day of the counting year and every month before it has
// a fixed offset.
#pragma once

namespace kalends::kernels::roman {

struct month_day {
    int month;  // 1 = January
    int day;
};

// Months counted from March: March = 0 ... February = 11.
constexpr int march_based_month(int month) noexcept { return month <= 2 ? month + 9 : month - 3; }

// Day of the March-based year on which a March-based month starts:
// 0, 31, 61, 92, 122, 153, 184, 214, 245, 275, 306, 337. The month lengths
// 31,30,31,30,31 repeat with period 153 days per 5 months, hence the slope.
constexpr int march_day_of_month_start(int march_month) noexcept { return (153 * march_month + 2) / 5; }

// Inverse of march_day_of_month_start for a day of the March-based year (0..365).
constexpr month_day month_day_from_march_day(int march_day) noexcept {
    const int march_month = (5 * march_day + 2) / 153;
    const int day = march_day - march_day_of_month_start(march_month) + 1;
    return {march_month < 10 ? march_month + 3 : march_month - 9, day};
}

// Length of a month in a common or leap year.
constexpr int month_length(int month, bool leap) noexcept {
    constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap ? 29 : lengths[month - 1];
}

}  // namespace kalends::kernels::roman
