// The tabular (arithmetical) Islamic calendars: twelve months alternating 30
// and 29 days, Dhu al-Hijjah 30 days in a leap year, 11 leap years in every
// 30-year cycle. They differ in which 11 years of the cycle are leap (four
// patterns in use) and in the epoch (two in use), so this header has one
// kernel template with both as parameters.
//
// Leap-year patterns (year of the 30-year cycle, 1..30). The type names are
// R. H. van Gent's ("The Islamic calendar: arithmetical calendars", Utrecht
// University web pages), as also listed by CLDR and by S. P. Morse's
// calendar rules page; the attributions follow van Gent and the Wikipedia
// article "Tabular Islamic calendar":
//   type I   2 5 7 10 13 15 18 21 24 26 29   leap day when the fraction of a day
//            reaches 1/2 ("15" variant); with the Thursday epoch it is
//            Microsoft's "Kuwaiti algorithm"
//   type II  2 5 7 10 13 16 18 21 24 26 29   the most common one; ICU's
//            islamic-civil and islamic-tbla, Qt's Islamic Civil, kalends'
//            islamic_civil kernel
//   type III 2 5 8 10 13 16 19 21 24 27 29   Fatimid / Ismaili Tayyebi (Bohra)
//   type IV  2 5 8 11 13 16 19 21 24 27 30   Habash al-Hasib (and al-Biruni)
// Each pattern is "year a is leap when (11 a + k) mod 30 >= 19" for one k
// (I: 4, II: 3, III: 0, IV: -2); equivalently the leap years before year a
// number floor((11 a + k) / 30), which is 0 for a = 1 because -11 <= k <= 18.
//
// Epochs, 1 Muharram 1 AH:
//   thursday ("astronomical")  JDN 1948439 = Julian 622-07-15
//   friday   ("civil")         JDN 1948440 = Julian 622-07-16
// ICU's islamic-tbla is (type II, thursday); islamic-civil is (type II, friday).
//
// No year 0 (year -1 is the year before 1 AH), as in islamic_civil. Valid for
// every int32 year; intermediates fit in int64. islamic_civil.hpp stays the
// kernel of the built-in "islamic-civil" calendar; islamic_tabular<type_ii,
// friday> is tested to agree with it.
#pragma once

#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

enum class islamic_leap_pattern { type_i, type_ii, type_iii, type_iv };

enum class islamic_epoch : std::int64_t { thursday = 1948439, friday = 1948440 };

template <islamic_leap_pattern Pattern, islamic_epoch Epoch>
struct islamic_tabular {
    static constexpr int min_year = std::numeric_limits<int>::min();
    static constexpr int max_year = std::numeric_limits<int>::max();
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 30;

    static constexpr islamic_leap_pattern pattern = Pattern;
    static constexpr std::int64_t epoch = static_cast<std::int64_t>(Epoch);
    static constexpr std::int64_t days_per_30_years = 30 * 354 + 11;  // 10631

    // The k of "(11 a + k) mod 30 >= 19" (see the header comment).
    static constexpr std::int64_t shift = Pattern == islamic_leap_pattern::type_i    ? 4
                                          : Pattern == islamic_leap_pattern::type_ii ? 3
                                          : Pattern == islamic_leap_pattern::type_iii ? 0
                                                                                       : -2;
    // new_year(a) = epoch + 354 (a - 1) + floor((11 a + k) / 30), folded into one fraction.
    static constexpr std::int64_t origin = epoch - 354;

    static constexpr bool is_leap_year(int year) noexcept {
        return detail::floor_mod<std::int64_t>(11 * detail::astronomical_year(year) + shift, 30) >= 19;
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

    // JDN of 1 Muharram of astronomical year a.
    static constexpr std::int64_t new_year(std::int64_t a) noexcept {
        return origin + detail::floor_div<std::int64_t>(days_per_30_years * a + shift, 30);
    }

    // Precondition: is_valid_date<islamic_tabular>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return new_year(detail::astronomical_year(year)) + days_before_month(month) + day - 1;
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        // The largest a with new_year(a) <= jdn:  10631 a + k < 30 (z + 1), z = jdn - origin.
        const std::int64_t a = detail::floor_div<std::int64_t>(30 * (jdn - origin) + 29 - shift, days_per_30_years);
        const auto day_of_year = static_cast<int>(jdn - new_year(a));  // 0 .. 354
        // Inverse of days_before_month; day 354 (the leap day) still belongs to month 12.
        const int month = day_of_year == 354 ? 12 : 2 * day_of_year / 59 + 1;
        return {detail::calendar_year(a), month, day_of_year - days_before_month(month) + 1};
    }
};

// The combinations with names in use.
using islamic_tbla = islamic_tabular<islamic_leap_pattern::type_ii, islamic_epoch::thursday>;  // ICU islamic-tbla
using islamic_civil_tabular = islamic_tabular<islamic_leap_pattern::type_ii, islamic_epoch::friday>;
// Microsoft's "Kuwaiti algorithm": type I with the Thursday epoch (van Gent's
// "Ia"); the published data point 2000-01-01 = 25 Ramadan 1420 holds only
// with the Thursday epoch.
using islamic_kuwaiti = islamic_tabular<islamic_leap_pattern::type_i, islamic_epoch::thursday>;

}  // namespace kalends::kernels
