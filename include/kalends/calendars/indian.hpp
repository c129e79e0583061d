// Indian national calendar (Saka era), as adopted in 1957 and as ICU and
// python3-convertdate implement it.
//
// Saka year Y starts on 1 Chaitra, which is March 22 of Gregorian year
// Y + 78, or March 21 when that Gregorian year is leap. Chaitra has 30 days
// (31 in a leap year), Vaishakha .. Bhadra 31, Ashvin .. Phalguna 30. Saka year
// Y is leap exactly when Gregorian year Y + 78 is; its leap day is the 31st of
// Chaitra. 1 Chaitra 1 Saka is JDN 1749995 (Gregorian 79-03-22).
//
// Year numbering -- a deliberate choice. The calendar has one era (Saka) and
// ICU numbers the years before 1 Saka with an extended year that has a year 0
// and continues with negative numbers (ICU 72: Gregorian 1 CE is in Saka -78).
// The kernel uses that extended year (has_year_zero = true), so Saka year Y
// always corresponds to astronomical Gregorian year Y + 78, which keeps the
// leap rule one line; the backend derives the era from it.
//
// Range: every int32 Saka year; all intermediates fit in int64.
#pragma once

#include <kalends/calendars/gregorian.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

struct indian {
    static constexpr int min_year = std::numeric_limits<int>::min();
    static constexpr int max_year = std::numeric_limits<int>::max();
    static constexpr bool has_year_zero = true;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 30;
    static constexpr int max_days_in_month = 31;

    static constexpr std::int64_t saka_offset = 78;  // astronomical Gregorian year = Saka year + 78
    // 1 Chaitra is March 22, or March 21 in a Gregorian leap year: in both
    // cases day 80 after January 1. So a Saka year is the Gregorian year of
    // the same length moved 80 days later, and the conversions run on the
    // Gregorian kernel.
    static constexpr std::int64_t days_after_january_1 = 80;

    static constexpr bool gregorian_leap(std::int64_t g) noexcept { return gregorian::is_leap_astronomical(g); }

    static constexpr bool is_leap_year(int year) noexcept { return gregorian_leap(year + saka_offset); }

    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }

    static constexpr int days_in_month(int month, int year) noexcept {
        if (month == 1) return is_leap_year(year) ? 31 : 30;
        return month <= 6 ? 31 : 30;
    }

    static constexpr int max_days_in_month_of(int month) noexcept { return month <= 6 ? 31 : 30; }

    static constexpr int days_in_year(int year) noexcept { return is_leap_year(year) ? 366 : 365; }

    // JDN of 1 Chaitra of the year that starts in astronomical Gregorian year g.
    static constexpr std::int64_t new_year_in(std::int64_t g) noexcept {
        return gregorian::jdn_from_astronomical(g, 1, 1) + days_after_january_1;
    }

    // Days of the year before the first of a month, given the length of Chaitra.
    static constexpr int days_before_month(int month, int chaitra) noexcept {
        if (month == 1) return 0;
        if (month <= 7) return chaitra + 31 * (month - 2);
        return chaitra + 31 * 5 + 30 * (month - 7);
    }

    // Precondition: is_valid_date<indian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const std::int64_t g = std::int64_t{year} + saka_offset;
        const int chaitra = gregorian_leap(g) ? 31 : 30;
        return new_year_in(g) + days_before_month(month, chaitra) + day - 1;
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        // The Gregorian date 80 days earlier has the Saka year's Gregorian year
        // and, counted from its January 1, the Saka day of the year.
        const astronomical_date shifted = gregorian::astronomical_from_jdn(jdn - days_after_january_1);
        const bool leap = gregorian_leap(shifted.year);
        constexpr int before_month[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        const int day_of_year = before_month[shifted.month - 1] + static_cast<int>(leap && shifted.month > 2) +
                                shifted.day - 1;  // 0 .. 365
        const auto year = static_cast<int>(shifted.year - saka_offset);
        // Chaitra has 30 or 31 days, the next five 31, the last six 30: both
        // later splits are computed and one selected, without a branch.
        const int chaitra = 30 + static_cast<int>(leap);
        const int after_chaitra = day_of_year - chaitra;
        const int late = after_chaitra - 5 * 31;
        const int month = day_of_year < chaitra ? 1 : late < 0 ? 2 + after_chaitra / 31 : 7 + late / 30;
        const int day = day_of_year < chaitra ? day_of_year + 1 : late < 0 ? after_chaitra % 31 + 1 : late % 30 + 1;
        return {year, month, day};
    }
};

}  // namespace kalends::kernels
