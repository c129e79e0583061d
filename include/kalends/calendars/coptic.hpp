// Coptic and Ethiopian calendars: twelve months of 30 days and a thirteenth
// "little month" of 5 epagomenal days, 6 in a leap year. A year is leap when
// its (extended) year number is 3 modulo 4, i.e. the year before a year that
// is divisible by 4; so every 4 years have 1461 days, as in the Julian calendar.
//
// Epochs (the JDN of month 1, day 1 of year 1), checked against ICU 72 and
// python3-convertdate by tests/kernels:
//   coptic            1 Thout 1 A.M. (Era of the Martyrs)        JDN 1825030 = Julian 284-08-29
//   ethiopic          1 Meskerem 1 Amete Mihret (Era of Mercy)   JDN 1724221 = Julian   8-08-29
//                     (= proleptic Gregorian 8-08-27)
//   ethiopic_amete_alem  1 Meskerem 1 Amete Alem (Era of the World), 5500 years earlier:
//                     JDN 1724221 - (5500 * 365 + 5500 / 4) = -284654 = Julian 5493-08-29 BCE
//
// Year numbering -- a deliberate choice. These calendars have eras ("AM" and
// "before AM" for Coptic; Amete Mihret and Amete Alem for Ethiopic), and ICU
// and ICU4X both number years before the epoch with an *extended year* that
// has a year 0 and continues with negative numbers (ICU's UCAL_EXTENDED_YEAR:
// Coptic year 0 is era "before", year 1; year -1 is era "before", year 2).
// The kernels therefore count the extended year, with a year 0
// (has_year_zero = true): it is one plain integer line, it is what ICU and
// ICU4X expose as the extended year, and the backend derives the era and the
// year within the era from it. Because 5500 is a multiple of 4, an Amete Alem
// year is leap exactly when the Amete Mihret year 5500 less is leap, and
// ethiopic_amete_alem is the same kernel with its epoch moved back 5500 years.
//
// Range: every int32 extended year. The conversions are unsigned Euclidean
// affine functions whose intermediates fit in 64 bits.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

template <std::int64_t Epoch>
struct coptic_family : every_int32_year {
    static constexpr bool has_year_zero = true;
    static constexpr int max_months_in_year = 13;
    static constexpr int min_days_in_month = 5;
    static constexpr int max_days_in_month = 30;

    // JDN of month 1, day 1 of year 1.
    static constexpr std::int64_t epoch = Epoch;
    static constexpr std::int64_t days_per_4_years = 4 * 365 + 1;  // 1461

    static constexpr bool is_leap_year(int year) noexcept {
        // Two's complement: the low two bits are the year modulo 4, also below 0.
        return (static_cast<std::uint32_t>(year) & 3) == 3;
    }

    static constexpr int months_in_year(int /*year*/) noexcept { return 13; }

    static constexpr int days_in_month(int month, int year) noexcept {
        if (month <= 12) return 30;
        return is_leap_year(year) ? 6 : 5;
    }

    static constexpr int max_days_in_month_of(int month) noexcept { return month <= 12 ? 30 : 6; }

    static constexpr int days_in_year(int year) noexcept { return is_leap_year(year) ? 366 : 365; }

    // JDN of the first day of year y: 365 days per year plus one leap day for
    // every year before y that is 3 mod 4, which is floor(y / 4) of them.
    static constexpr std::int64_t new_year(std::int64_t y) noexcept {
        return epoch + 365 * (y - 1) + detail::floor_div<std::int64_t>(y, 4);
    }

    // The conversions are Euclidean affine functions (Neri & Schneider 2022),
    // on unsigned counts: years move forward by whole 4-year cycles, which
    // makes every int32 year positive, and days by the same cycles.
    static constexpr std::int64_t cycles_shift = 540'000'000;
    static constexpr std::int64_t years_shift = 4 * cycles_shift;  // 2.16e9
    // Day 0 of the count: the first day of year -years_shift, whose year of the
    // cycle is 0, so that years 0, 1, 2 of every cycle are common and year 3 leap.
    static constexpr std::int64_t count_origin = epoch - 365 - days_per_4_years * cycles_shift;

    // Precondition: is_valid_date<coptic_family>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const auto y = static_cast<std::uint64_t>(static_cast<std::int64_t>(year) + years_shift);
        // floor(1461 y / 4) days before year y, then 30 per month.
        const std::uint64_t count = 1461 * y / 4 + 30 * static_cast<std::uint64_t>(month) + static_cast<std::uint32_t>(day);
        return static_cast<std::int64_t>(count) + (count_origin - 31);
    }

    // Month (1 .. 13) and day from the day of the year (0 .. 365) by one
    // numerator: 2185 / 2^16 is 1 / 30 to enough precision for a year.
    static constexpr date_parts month_day(int year, std::uint32_t day_of_year) noexcept {
        const std::uint32_t n = 2185 * day_of_year;
        return {year, static_cast<int>((n >> 16) + 1), static_cast<int>((n & 0xFFFF) / 2185 + 1)};
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        // 365.25 days per year: 4n + 3 over 1461 is the year, the remainder
        // over 4 the day of it. One 64-bit path for the whole range: its
        // division by the constant 1461 costs about what a 32-bit one and the
        // test for a 32-bit window would.
        const std::uint64_t n1 = 4 * static_cast<std::uint64_t>(jdn - count_origin) + 3;
        const std::uint64_t year = n1 / days_per_4_years_u;
        const auto day_of_year = static_cast<std::uint32_t>(n1 % days_per_4_years_u) / 4;
        return month_day(static_cast<int>(static_cast<std::int64_t>(year) - years_shift), day_of_year);
    }

    static constexpr std::uint64_t days_per_4_years_u = 1461;

    // The branch-free 32-bit forms of the bulk API (src/bulk_loops.hpp) and
    // of the handle's validation: 32-bit arithmetic only, so that a loop of
    // them vectorizes. Their window is fast_cycles 4-year cycles each way of
    // year 0 (1.4 million years): there 4 z + 3 and 1461 y stay below 2^32.
    static constexpr std::int64_t fast_cycles = 350'000;
    static constexpr int fast_first_year = -4 * static_cast<int>(fast_cycles);
    static constexpr int fast_last_year = 4 * static_cast<int>(fast_cycles) - 1;
    static constexpr std::int64_t fast_first_jdn = new_year(fast_first_year);
    static constexpr std::int64_t fast_last_jdn = new_year(static_cast<std::int64_t>(fast_last_year) + 1) - 1;

    // Exact in fast_first_jdn .. fast_last_jdn; any value (no UB) elsewhere.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        // The day count from fast_first_jdn, wrapped to 32 bits (defined for every jdn).
        const std::uint32_t z = static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn);
        const std::uint32_t n1 = 4 * z + 3;
        const std::uint32_t year = n1 / 1461;
        const std::uint32_t day_of_year = (n1 - 1461 * year) / 4;
        // The month by one product (as month_day), the day back by subtraction.
        const std::uint32_t month0 = (2185 * day_of_year) >> 16;
        return {static_cast<int>(year) + fast_first_year, static_cast<int>(month0 + 1),
                static_cast<int>(day_of_year - 30 * month0 + 1)};
    }

    // True exactly when the date is valid and its year lies in fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        const auto m = static_cast<std::uint32_t>(month);
        const auto d = static_cast<std::uint32_t>(day);
        const std::uint32_t leap = (static_cast<std::uint32_t>(year) & 3) == 3;
        // Months of 30 days, and the day of the year (30 (m - 1) + d - 1) below
        // 365 + leap, which only month 13 can reach: no test of the month
        // (the ternary on it became a branch), and 30 m + d is to_jdn_fast's.
        return in_window & (m - 1 < 13) & (d - 1 < 30) & (30 * m + d < 396 + leap);
    }

    // Exact when is_valid_fast(year, month, day); any value (no UB) otherwise.
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        // The year counted from fast_first_year, whose year of the cycle is 0.
        const std::uint32_t y = static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(fast_first_year);
        const std::uint32_t count = 1461 * y / 4 + 30 * static_cast<std::uint32_t>(month) + static_cast<std::uint32_t>(day);
        return static_cast<std::int64_t>(count) + (fast_first_jdn - 31);
    }
};

struct coptic : coptic_family<1825030> {};
struct ethiopic : coptic_family<1724221> {};
// 5500 Julian-style years of 365.25 days before the Amete Mihret epoch.
struct ethiopic_amete_alem : coptic_family<1724221 - (5500 * 365 + 5500 / 4)> {
    static constexpr int amete_mihret_offset = 5500;  // Amete Alem year = Amete Mihret year + 5500
};

static_assert(calendar_kernel<coptic>);
static_assert(calendar_kernel<ethiopic>);
static_assert(calendar_kernel<ethiopic_amete_alem>);

}  // namespace kalends::kernels
