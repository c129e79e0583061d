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
// every int32 year; the conversions are unsigned Euclidean affine functions
// with a 32-bit fast path over +-6 million years and an exact 64-bit form
// beyond it. islamic_civil.hpp stays the kernel of the built-in
// "islamic-civil" calendar; islamic_tabular<type_ii, friday> is tested to
// agree with it.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

enum class islamic_leap_pattern { type_i, type_ii, type_iii, type_iv };

enum class islamic_epoch : std::int64_t { thursday = 1948439, friday = 1948440 };

template <islamic_leap_pattern Pattern, islamic_epoch Epoch>
struct islamic_tabular : every_int32_year {
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

    // The conversions are Euclidean affine functions (Neri & Schneider 2022),
    // as in gregorian.hpp. Years are moved forward by whole 30-year cycles so
    // that every count is unsigned: astronomical year a is counted as
    // a + 30 * cycles_shift, which is positive for every int32 year, and day
    // counts move by the same cycles, 10631 days each.
    static constexpr std::int64_t cycles_shift = 72'000'000;  // 2.16e9 years
    static constexpr std::int64_t years_shift = 30 * cycles_shift;
    static constexpr std::int64_t days_shift = days_per_30_years * cycles_shift;
    // k + 30 > 0, so that 11 y + k stays unsigned (the extra 30 is one day, taken back below).
    static constexpr std::uint64_t shift_plus_30 = static_cast<std::uint64_t>(shift + 30);

    static constexpr bool is_leap_year(int year) noexcept {
        const auto y = static_cast<std::uint64_t>(detail::astronomical_year(year) + years_shift);
        return (11 * y + shift_plus_30) % 30 >= 19;
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
        const auto y = static_cast<std::uint64_t>(detail::astronomical_year(year) + years_shift);
        const auto m = static_cast<std::uint32_t>(month);
        // floor((10631 y + k) / 30) = 354 y + floor((11 y + k) / 30): the
        // division needs only the small part, and stays exact in 64 bits.
        const std::uint64_t count = 354 * y + (11 * y + shift_plus_30) / 30 + (59 * m - 58) / 2 +
                                    static_cast<std::uint32_t>(day);
        return static_cast<std::int64_t>(count) + (origin - days_shift - 2);
    }

    // From the day of a 30-year cycle d (0 .. 10630) to the year of the cycle
    // (0 .. 30) and the day of that year: with the count from
    // z = jdn - origin, year = floor((30 z + 29 - k) / 10631) and the day of
    // the year is the remainder over 30 (the remainder is exact, by the
    // definition of new_year). Both come from one product: year_mul / 2^32 is
    // 30 / 10631 and year_add / 2^32 is (29 - k) / 10631 to enough precision
    // for the 10631 days of a cycle that the high half is the year and the
    // low half, divided by year_mul, the day of the year (tests/kernels checks
    // every day of the cycle for the four patterns).
    static constexpr std::uint64_t year_mul = 12'120'123;  // ceil(2^32 * 30 / 10631)
    static constexpr std::uint64_t year_add = (static_cast<std::uint64_t>(1) << 32) * static_cast<std::uint64_t>(29 - shift) / 10631;

    struct year_and_day {
        std::uint32_t year;  // of the cycle, 0 .. 30
        std::uint32_t day;   // of the year, 0 .. 354
    };

    static constexpr year_and_day year_of_cycle(std::uint32_t day_of_cycle) noexcept {
        const std::uint64_t p = year_mul * day_of_cycle + year_add;
        return {static_cast<std::uint32_t>(p >> 32), static_cast<std::uint32_t>(p) / static_cast<std::uint32_t>(year_mul)};
    }

    // Month and day from the day of the year (0 .. 354) by one numerator:
    // month i (from 0) starts on day ceil(29.5 i), so the line 29.5 i would
    // start a 13th month on the leap day 354; the slope 2219 / 2^16, a little
    // under 1 / 29.5, with the offset 830, keeps it the 30th day of month 12
    // and every other day where it was (tests/kernels checks every day).
    static constexpr date_parts month_day(int year, std::uint32_t day_of_year) noexcept {
        const std::uint32_t n = 2219 * day_of_year + 830;
        return {year, static_cast<int>((n >> 16) + 1), static_cast<int>((n & 0xFFFF) / 2219 + 1)};
    }

    // The 32-bit fast path covers 200000 cycles (6 million years) each way of
    // year 0: the shifted day count then stays below 2^32. Outside it the
    // 64-bit form runs; the range test is one well-predicted comparison.
    static constexpr std::int64_t fast_cycles = 200'000;
    static constexpr std::uint32_t cycle_days = 10631;
    static constexpr std::int64_t fast_first_jdn = origin - days_per_30_years * fast_cycles;
    static constexpr std::int64_t fast_last_jdn = origin + days_per_30_years * fast_cycles - 1;

    // The branch-free 32-bit forms of the bulk API (src/bulk_loops.hpp) and
    // of the handle's validation: 32-bit arithmetic only (and one 32 x 32 ->
    // 64-bit product), so that a loop of them vectorizes. from_jdn_fast
    // covers the same days as from_jdn's fast path.
    // Exact in fast_first_jdn .. fast_last_jdn; any value (no UB) elsewhere.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        // The day count from fast_first_jdn, wrapped to 32 bits (defined for every jdn).
        const std::uint32_t z = static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn);
        const std::uint32_t cycle = z / cycle_days;
        const std::uint32_t day_of_cycle = z - cycle_days * cycle;
        // As year_of_cycle, in 32-bit pieces: n = 30 d + 29 - k, the year of
        // the cycle n / 10631 and the day of the year (n mod 10631) / 30, by
        // multiplications whose precision suffices for n < 2^19 (tests/kernels
        // checks every day of the cycle for the four patterns).
        const std::uint32_t n = 30 * day_of_cycle + static_cast<std::uint32_t>(29 - shift);
        const auto year = static_cast<std::uint32_t>((static_cast<std::uint64_t>(404005) * n) >> 32);  // 2^32 / 10631, rounded up
        const std::uint32_t day_of_year = ((n - cycle_days * year) * 34953) >> 20;           // 2^20 / 30, rounded up
        // The month as month_day has it; the day back by subtraction from the
        // month's first day, ceil(29.5 (month - 1)).
        const std::uint32_t month0 = (2219 * day_of_year + 830) >> 16;
        const std::uint32_t day = day_of_year - (59 * month0 + 1) / 2 + 1;
        const auto a = static_cast<std::int32_t>(30 * cycle + year) - static_cast<std::int32_t>(30 * fast_cycles);
        return {a - static_cast<std::int32_t>(a <= 0), static_cast<int>(month0 + 1), static_cast<int>(day)};
    }

    // The calendar years of is_valid_fast and to_jdn_fast: there the shifted
    // year y (astronomical + 30 fast_cycles) and 354 y + 11 y / 30 + 355 stay below 2^32.
    static constexpr int fast_first_year = -30 * static_cast<int>(fast_cycles);
    static constexpr int fast_last_year = 30 * static_cast<int>(fast_cycles) - 1;

    // The astronomical year + 30 fast_cycles, wrapped to 32 bits.
    static constexpr std::uint32_t fast_shifted_year(int year) noexcept {
        return static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
               static_cast<std::uint32_t>(30 * fast_cycles);
    }

    // True exactly when the date is valid and its year lies in fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        // The leap rule as is_leap_year's; its quotient is to_jdn_fast's, so the handle computes it once.
        const std::uint32_t n = 11 * fast_shifted_year(year) + static_cast<std::uint32_t>(shift_plus_30);
        const std::uint32_t leap = n - 30 * (n / 30) >= 19;
        const auto m = static_cast<std::uint32_t>(month);
        const std::uint32_t length = 29 + (m & 1) + ((m == 12) & leap);
        return in_window & (year != 0) & (m - 1 < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Exact when is_valid_fast(year, month, day); any value (no UB) otherwise.
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        const std::uint32_t y = fast_shifted_year(year);
        const auto m = static_cast<std::uint32_t>(month);
        // As to_jdn, in 32 bits.
        const std::uint32_t count = 354 * y + (11 * y + static_cast<std::uint32_t>(shift_plus_30)) / 30 +
                                    (59 * m - 58) / 2 + static_cast<std::uint32_t>(day);
        return static_cast<std::int64_t>(count) + (origin - days_per_30_years * fast_cycles - 2);
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        if (jdn >= fast_first_jdn && jdn <= fast_last_jdn) {
            const auto z = static_cast<std::uint32_t>(jdn - fast_first_jdn);
            const std::uint32_t cycle = z / cycle_days;
            const year_and_day yd = year_of_cycle(z % cycle_days);
            const auto a = static_cast<std::int32_t>(30 * cycle + yd.year) - static_cast<std::int32_t>(30 * fast_cycles);
            return month_day(a - static_cast<std::int32_t>(a <= 0), yd.day);
        }
        const auto z = static_cast<std::uint64_t>(jdn - origin + days_shift);
        const std::uint64_t cycle = z / cycle_days;
        const year_and_day yd = year_of_cycle(static_cast<std::uint32_t>(z % cycle_days));
        const std::int64_t a = static_cast<std::int64_t>(30 * cycle + yd.year) - years_shift;
        return month_day(detail::calendar_year(a), yd.day);
    }
};

// The combinations with names in use.
using islamic_tbla = islamic_tabular<islamic_leap_pattern::type_ii, islamic_epoch::thursday>;  // ICU islamic-tbla
using islamic_civil_tabular = islamic_tabular<islamic_leap_pattern::type_ii, islamic_epoch::friday>;
// Microsoft's "Kuwaiti algorithm": type I with the Thursday epoch (van Gent's
// "Ia"); the published data point 2000-01-01 = 25 Ramadan 1420 holds only
// with the Thursday epoch.
using islamic_kuwaiti = islamic_tabular<islamic_leap_pattern::type_i, islamic_epoch::thursday>;

static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_i, islamic_epoch::thursday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_i, islamic_epoch::friday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_ii, islamic_epoch::thursday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_ii, islamic_epoch::friday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_iii, islamic_epoch::thursday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_iii, islamic_epoch::friday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_iv, islamic_epoch::thursday>>);
static_assert(calendar_kernel<islamic_tabular<islamic_leap_pattern::type_iv, islamic_epoch::friday>>);

}  // namespace kalends::kernels
