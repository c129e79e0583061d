// The arithmetic Hebrew calendar (the fixed calendar of Hillel II, as in
// Maimonides, Laws of the Sanctification of the New Moon, chapters 6-8).
//
// Years: the 19-year Metonic cycle has leap years 3, 6, 8, 11, 14, 17 and 19,
// i.e. year y is leap when (7 y + 1) mod 19 < 7; a leap year adds Adar I.
// New year: 1 Tishri falls on the day of the molad (mean conjunction) of
// Tishri, postponed by the four dehiyyot:
//   molad zaken   molad at or after noon (18 h after 6 pm)      -> next day
//   lo ADU rosh   1 Tishri never on Sunday, Wednesday or Friday -> next day
//   GaTaRaD       common year, molad on Tuesday at or after 9 h 204 p -> Thursday
//   BeTUTaKPaT    year after a leap year, molad on Monday at or after
//                 15 h 589 p                                     -> Tuesday
// Time is counted in parts (halakim): 1 hour = 1080 parts, 1 day = 25920; a
// mean month is 29 d 12 h 793 p = 765433 parts; the molad of Tishri AM 1
// (BaHaRaD) is Monday 5 h 204 p, hours counted from 6 pm of the evening
// that begins the day. 1 Tishri AM 1 is that Monday, JDN 347998 (Julian
// 3761 BCE October 7), as ICU 72 and python3-convertdate also give.
// The resulting year lengths are 353, 354, 355 (deficient, regular, complete)
// and 383, 384, 385; Heshvan has 30 days in a complete year, Kislev 29 in a
// deficient one.
//
// Months are ordinal from Tishri = 1, as ICU and CLDR count them:
//   common year: 1 Tishri, 2 Heshvan, 3 Kislev, 4 Tevet, 5 Shevat, 6 Adar,
//                7 Nisan, 8 Iyar, 9 Sivan, 10 Tammuz, 11 Av, 12 Elul;
//   leap year:   ... 5 Shevat, 6 Adar I, 7 Adar II, 8 Nisan ... 13 Elul.
// Month codes (CLDR / ECMAScript Temporal, as ICU4X): M01 Tishri .. M05
// Shevat, M05L Adar I, M06 Adar (Adar II in a leap year), M07 Nisan .. M12 Elul.
//
// Range: min_year = 1 (AM 1; no year 0, and the kernel does not extend the
// calendar before its epoch); max_year = INT_MAX. Every intermediate fits in
// int64 with room to spare: at AM 2^31 a molad is about 2.7e10 months =
// 2.0e16 parts after BaHaRaD (int64 holds 9.2e18), and the tests check the
// last years of the range (round trip, continuity, the six year lengths).
//
// Cost: to_jdn computes two molads (this year's and next year's, for the
// month lengths); from_jdn estimates the year with one division by the mean
// year and corrects it by at most one year, then finds the month in closed
// form. No loops.
#pragma once

#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>
#include <kalends/month_code.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

struct hebrew {
    static constexpr int min_year = 1;
    static constexpr int max_year = std::numeric_limits<int>::max();
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 13;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 30;

    static constexpr std::int64_t epoch = 347998;  // JDN of 1 Tishri AM 1, a Monday
    static constexpr std::int64_t parts_per_hour = 1080;
    static constexpr std::int64_t parts_per_day = 24 * parts_per_hour;                          // 25920
    static constexpr std::int64_t parts_per_month = 29 * parts_per_day + 12 * parts_per_hour + 793;  // 765433
    // BaHaRaD: the molad of Tishri AM 1, 5 h 204 p into the day of the epoch.
    static constexpr std::int64_t first_molad = 5 * parts_per_hour + 204;

    static constexpr bool is_leap(std::int64_t y) noexcept { return detail::floor_mod<std::int64_t>(7 * y + 1, 19) < 7; }

    static constexpr bool is_leap_year(int year) noexcept { return is_leap(year); }

    // Months before Tishri of year y since Tishri AM 1: 235 months per 19 years.
    static constexpr std::int64_t months_before(std::int64_t y) noexcept {
        return detail::floor_div<std::int64_t>(235 * y - 234, 19);
    }

    // Days from the epoch to 1 Tishri of year y (y >= 1; y - 1 may be 0).
    static constexpr std::int64_t new_year_offset(std::int64_t y) noexcept {
        const std::int64_t molad = first_molad + months_before(y) * parts_per_month;
        std::int64_t day = molad / parts_per_day;  // days after the epoch; molad >= 0
        const std::int64_t parts = molad % parts_per_day;  // since 6 pm
        // Weekday with the epoch's Monday as 0: 0 Mon, 1 Tue, 2 Wed, 3 Thu, 4 Fri, 5 Sat, 6 Sun.
        const std::int64_t weekday = day % 7;
        if (parts >= 18 * parts_per_hour) {
            ++day;  // molad zaken
        } else if (weekday == 1 && parts >= 9 * parts_per_hour + 204 && !is_leap(y)) {
            return day + 2;  // GaTaRaD: Tuesday -> Thursday
        } else if (weekday == 0 && parts >= 15 * parts_per_hour + 589 && is_leap(y - 1)) {
            return day + 1;  // BeTUTaKPaT: Monday -> Tuesday
        }
        const std::int64_t w = day % 7;
        if (w == 2 || w == 4 || w == 6) ++day;  // lo ADU rosh: not Wednesday, Friday or Sunday
        return day;
    }

    static constexpr std::int64_t new_year(std::int64_t y) noexcept { return epoch + new_year_offset(y); }

    static constexpr int days_in_year(int year) noexcept {
        return static_cast<int>(new_year_offset(std::int64_t{year} + 1) - new_year_offset(year));
    }

    static constexpr int months_in_year(int year) noexcept { return is_leap(year) ? 13 : 12; }

    // Days before the first of `month` in a year of `length` days.
    static constexpr int days_before_month(int month, int length) noexcept {
        const bool leap = length > 355;
        // In a leap year Adar I (30 days) comes before Adar II; count the rest
        // as in a common year.
        int before = 0;
        if (leap && month >= 7) {
            before = 30;
            --month;
        }
        // Common regular year: months alternate 30, 29 starting with Tishri.
        before += (59 * (month - 1) + 1) / 2;
        const int kind = length % 10;                 // 3 deficient, 4 regular, 5 complete
        if (month > 2 && kind == 5) ++before;         // Heshvan has 30 days
        if (month > 3 && kind == 3) --before;         // Kislev has 29 days
        return before;
    }

    static constexpr int month_length(int month, int length) noexcept {
        const bool leap = length > 355;
        const int kind = length % 10;
        if (month == 2) return kind == 5 ? 30 : 29;
        if (month == 3) return kind == 3 ? 29 : 30;
        if (leap) {
            if (month == 6) return 30;  // Adar I
            if (month >= 7) --month;    // Adar II and later as in a common year
        }
        return month % 2 == 1 ? 30 : 29;  // Tishri 30, Tevet 29, Shevat 30, Adar 29, Nisan 30, ...
    }

    static constexpr int days_in_month(int month, int year) noexcept { return month_length(month, days_in_year(year)); }

    // Over all years: Tevet (4) and the leap year's Elul (13) always have 29
    // days; every other ordinal is a 30-day month in some year (Heshvan and
    // Kislev in complete years, 6..12 in common or in leap years).
    static constexpr int max_days_in_month_of(int month) noexcept { return month == 4 || month == 13 ? 29 : 30; }

    // Precondition: is_valid_date<hebrew>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const std::int64_t start = new_year_offset(year);
        const auto length = static_cast<int>(new_year_offset(std::int64_t{year} + 1) - start);
        return epoch + start + days_before_month(month, length) + day - 1;
    }

    // Precondition: first_jdn<hebrew>() <= jdn <= last_jdn<hebrew>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::int64_t z = jdn - epoch;
        // The mean year is 235/19 months of 765433 parts: 179876755 / 492480
        // days. 1 Tishri lies between 0 and about 30 days after the mean
        // line (started a little early to center it), so the estimate is the
        // year or its neighbour.
        std::int64_t y = (z + 15) * 492480 / 179876755 + 1;
        std::int64_t start = new_year_offset(y);
        std::int64_t next = 0;
        if (z < start) {
            next = start;
            --y;
            start = new_year_offset(y);
        } else {
            next = new_year_offset(y + 1);
            if (z >= next) {
                ++y;
                start = next;
                next = new_year_offset(y + 1);
            }
        }
        const auto length = static_cast<int>(next - start);
        const auto d = static_cast<int>(z - start);  // 0 .. length - 1
        const int kind = length % 10;
        const bool leap = length > 355;
        const int heshvan = kind == 5 ? 30 : 29;
        const int kislev = kind == 3 ? 29 : 30;
        const auto year = static_cast<int>(y);
        if (d < 30) return {year, 1, d + 1};
        if (d < 30 + heshvan) return {year, 2, d - 30 + 1};
        if (d < 30 + heshvan + kislev) return {year, 3, d - 30 - heshvan + 1};
        // From 1 Tevet months alternate 29, 30 (Tevet 29, Shevat 30, Adar 29, ...),
        // after Adar I (30 days) is taken out of a leap year.
        int r = d - (30 + heshvan + kislev);
        int month_offset = 4;  // ordinal of Tevet
        if (leap && r >= 59) {
            if (r < 89) return {year, 6, r - 59 + 1};  // Adar I
            r -= 30;
            month_offset = 5;
        }
        const int j = (2 * r + 1) / 59;  // months after Tevet: largest j with floor(59 j / 2) <= r
        const int month = j < 2 ? 4 + j : month_offset + j;
        return {year, month, r - 59 * j / 2 + 1};
    }

    // The month code of an ordinal month: M05L for Adar I, M06 for Adar
    // (Adar II in a leap year). Precondition: 1 <= month <= months_in_year(year).
    static constexpr kalends::month_code month_code(int month, int year) noexcept {
        if (!is_leap(year) || month <= 5) return kalends::month_code(month);
        if (month == 6) return kalends::month_code(5, true);
        return kalends::month_code(month - 1);
    }

    // The ordinal month of a month code in `year`, or 0 if the code names no
    // month of that year (M05L in a common year, anything outside M01..M12).
    static constexpr int month_from_code(kalends::month_code code, int year) noexcept {
        const int n = code.number();
        if (n < 1 || n > 12) return 0;
        if (code.is_leap()) return n == 5 && is_leap(year) ? 6 : 0;
        if (!is_leap(year) || n <= 5) return n;
        return n + 1;
    }
};

}  // namespace kalends::kernels
