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
    // JDN of Gregorian March 1 of astronomical year 0.
    static constexpr std::int64_t gregorian_march_epoch = 1721120;

    static constexpr bool gregorian_leap(std::int64_t g) noexcept {
        return detail::floor_mod<std::int64_t>(g, 4) == 0 &&
               (detail::floor_mod<std::int64_t>(g, 100) != 0 || detail::floor_mod<std::int64_t>(g, 400) == 0);
    }

    static constexpr bool is_leap_year(int year) noexcept { return gregorian_leap(year + saka_offset); }

    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }

    static constexpr int days_in_month(int month, int year) noexcept {
        if (month == 1) return is_leap_year(year) ? 31 : 30;
        return month <= 6 ? 31 : 30;
    }

    static constexpr int max_days_in_month_of(int month) noexcept { return month <= 6 ? 31 : 30; }

    static constexpr int days_in_year(int year) noexcept { return is_leap_year(year) ? 366 : 365; }

    // JDN of Gregorian March 1 of astronomical year g.
    static constexpr std::int64_t gregorian_march_1(std::int64_t g) noexcept {
        using detail::floor_div;
        return gregorian_march_epoch + 365 * g + floor_div<std::int64_t>(g, 4) - floor_div<std::int64_t>(g, 100) +
               floor_div<std::int64_t>(g, 400);
    }

    // JDN of 1 Chaitra of the year that starts in astronomical Gregorian year g:
    // March 22, or March 21 in a Gregorian leap year.
    static constexpr std::int64_t new_year_in(std::int64_t g) noexcept {
        return gregorian_march_1(g) + 21 - (gregorian_leap(g) ? 1 : 0);
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
        // The March-based Gregorian year of the day (its March 1 is on or
        // before jdn), as in the Gregorian kernel; the Saka year starts three
        // weeks later, so the day belongs either to that Gregorian year's Saka
        // year or to the one before.
        const std::int64_t z = jdn - gregorian_march_epoch;
        const std::int64_t era = detail::floor_div<std::int64_t>(z, 146097);
        const std::int64_t day_of_era = z - era * 146097;  // 0 .. 146096
        const std::int64_t year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
        std::int64_t g = era * 400 + year_of_era;
        std::int64_t start = new_year_in(g);
        if (jdn < start) {
            --g;
            start = new_year_in(g);
        }
        const int chaitra = gregorian_leap(g) ? 31 : 30;
        const auto year = static_cast<int>(g - saka_offset);
        auto d = static_cast<int>(jdn - start);  // 0 .. 365
        if (d < chaitra) return {year, 1, d + 1};
        d -= chaitra;
        if (d < 5 * 31) return {year, d / 31 + 2, d % 31 + 1};
        d -= 5 * 31;
        return {year, d / 30 + 7, d % 30 + 1};
    }
};

}  // namespace kalends::kernels
