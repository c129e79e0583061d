// Proleptic Gregorian calendar kernel: leap years every 4 years, except
// century years not divisible by 400. No year 0 (year -1 is 1 BCE).
//
// The conversions are Euclidean affine functions after Neri & Schneider
// (2022): the count of days is shifted to be non-negative, then the century,
// the year of the century, the month and the day each come from one
// multiplication and division by a constant, with no data-dependent branch.
// Valid for every int32 year, and (through the astronomical-year functions)
// for astronomical years within +-2.1 billion: what the Gregorian-based
// calendars (Buddhist, ROC, ISO, Japanese) need.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/roman_kernel.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>

namespace kalends::kernels {

// A date with an astronomical year (1 BCE = 0), as the Gregorian-based kernels use it.
struct astronomical_date {
    std::int64_t year;
    int month;
    int day;
};

struct gregorian : roman_kernel<gregorian> {
    // JDN of March 1 of astronomical year 0.
    static constexpr std::int64_t march_epoch = 1721120;
    static constexpr std::int64_t days_per_400_years = 146097;
    // March 1 of astronomical year -years_shift is day 0 of the unsigned count.
    static constexpr std::int64_t days_shift = days_per_400_years * (roman::years_shift / 400);

    static constexpr bool is_leap_year(int year) noexcept { return is_leap_astronomical(detail::astronomical_year(year)); }

    static constexpr bool is_leap_astronomical(std::int64_t a) noexcept {
        // Divisible by 4, and not by 100 unless by 400 (a % 400 == 0 implies a % 16 == 0).
        return (a % 100 != 0) ? (a % 4 == 0) : (a % 16 == 0);
    }

    // The 32-bit fast path covers +-1.4 million years around year 0 (3500
    // 400-year eras each way): there 4n + 3 and 1461 y stay below 2^32, as in
    // Neri & Schneider's 32-bit algorithm. Outside it the 64-bit form runs; the
    // range test is one well-predicted comparison.
    static constexpr std::uint32_t fast_eras = 3500;
    static constexpr std::int64_t fast_years = 400 * static_cast<std::int64_t>(fast_eras);
    static constexpr std::int64_t fast_days = days_per_400_years * fast_eras;

    // The day count of the 32-bit path, from the March-based year moved by
    // fast_years. Precondition: shifted < 2 fast_years, valid month and day.
    static constexpr std::uint32_t fast_count(std::uint32_t shifted, int month, int day) noexcept {
        const std::uint32_t century = shifted / 100;
        return 1461 * shifted / 4 - century + century / 4 + roman::march_day_of_month_start(roman::march_based_month(month)) +
               static_cast<std::uint32_t>(day) - 1;
    }

    // Precondition: |a| < 2.1e9 and the month and day are valid for that year.
    static constexpr std::int64_t jdn_from_astronomical(std::int64_t a, int month, int day) noexcept {
        // The March-based year, shifted: January and February count with the
        // year before, so the range test comes after that adjustment.
        const std::int64_t shifted = a + fast_years - roman::is_jan_or_feb(month);
        if (static_cast<std::uint64_t>(shifted) < static_cast<std::uint64_t>(2 * fast_years)) {
            return static_cast<std::int64_t>(fast_count(static_cast<std::uint32_t>(shifted), month, day)) - fast_days + march_epoch;
        }
        const std::uint32_t m = roman::march_based_month(month);
        const auto y = static_cast<std::uint64_t>(a + roman::years_shift - roman::is_jan_or_feb(month));
        const std::uint64_t century = y / 100;
        // 365.25 days per year, less the leap day of three century years in four.
        const std::uint64_t year_start = 1461 * y / 4 - century + century / 4;
        const std::uint64_t count = year_start + roman::march_day_of_month_start(m) + static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - days_shift + march_epoch;
    }

    // Precondition: the JDN lies within astronomical years +-2.1e9.
    // The JDNs the 32-bit path covers.
    static constexpr std::int64_t fast_first_jdn = march_epoch - fast_days;
    static constexpr std::int64_t fast_last_jdn = march_epoch + fast_days - 1;

    // The 32-bit path alone, with the astronomical year (1 BCE = 0): no
    // branch, so a loop of it vectorizes (the bulk API uses it on spans that
    // lie wholly in range). Written for vector lanes: one division by a
    // constant, one 32 x 32 -> 64-bit product, and otherwise multiplications
    // by small constants, shifts and compares (the day of the year and the
    // day of the month come back by subtraction rather than by a second and
    // third division). Precondition: fast_first_jdn <= jdn <= fast_last_jdn.
    static constexpr date_parts astronomical_fast(std::int64_t jdn) noexcept {
        // 32-bit divisor: a 64-bit one would make the compiler use a 128-bit multiply.
        constexpr auto era_days = static_cast<std::uint32_t>(days_per_400_years);
        // The day count wrapped to 32 bits: defined for every jdn (the bulk loops pass any).
        const std::uint32_t n1 = 4 * (static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn)) + 3;
        const std::uint32_t century = n1 / era_days;
        const std::uint32_t n2 = (n1 - century * era_days) | 3;  // 4 * (day of century) + 3
        const roman::year_and_day in_century = roman::year_of_century(n2);
        const roman::lane_date date = roman::lane_date_of_march_day(in_century.day);
        // Astronomical year + fast_years, then without the shift.
        const auto shifted = static_cast<std::int32_t>(100 * century + in_century.year + date.next_year);
        return {shifted - static_cast<std::int32_t>(fast_years), static_cast<int>(date.month),
                static_cast<int>(date.day)};
    }

    // The same with the calendar's year (no year 0). Precondition as above.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        const date_parts p = astronomical_fast(jdn);
        return {p.year - static_cast<std::int32_t>(p.year <= 0), p.month, p.day};
    }

    // The calendar years whose every date the bulk API converts on the 32-bit
    // path (a little inside the path's own range, for the January shift).
    static constexpr int fast_first_year = -static_cast<int>(fast_years) + 2;
    static constexpr int fast_last_year = static_cast<int>(fast_years) - 2;

    // For the fast forms of this kernel and of the Gregorian-based ones: the
    // astronomical year moved by fast_years (a multiple of 400, so the leap
    // rule is unchanged), computed modulo 2^32. The window test is on it:
    // moved years 3 .. 2 fast_years - 2, astronomical years
    // -fast_years + 3 .. fast_years - 2, i.e. calendar years fast_first_year .. fast_last_year.
    static constexpr bool in_fast_window(std::uint32_t moved_year) noexcept {
        return moved_year - 3 <= static_cast<std::uint32_t>(2 * fast_years - 5);
    }

    // Branch-free: the month and day are valid in the moved year.
    static constexpr bool is_valid_month_day_fast(std::uint32_t moved_year, int month, int day) noexcept {
        const std::uint32_t leap = (moved_year & ((moved_year % 100 == 0) ? 15u : 3u)) == 0;
        const auto m = static_cast<std::uint32_t>(month);
        // 30 or 31 by the month's parity (flipped from August), and February
        // 2 - leap shorter; arithmetic, as a ternary on the month compiles to a branch.
        const std::uint32_t february = m == 2;
        const std::uint32_t length = 30 + ((m + m / 8) & 1) - february * (2 - leap);
        return (m - 1 < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Precondition: in_fast_window(moved_year) and a valid month and day.
    static constexpr std::int64_t to_jdn_moved_fast(std::uint32_t moved_year, int month, int day) noexcept {
        return static_cast<std::int64_t>(fast_count(moved_year - roman::is_jan_or_feb(month), month, day)) - fast_days + march_epoch;
    }

    static constexpr std::uint32_t moved_year(int year) noexcept {
        return static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
               static_cast<std::uint32_t>(fast_years);
    }

    // Branch-free: true when the date is valid and its year lies in
    // fast_first_year .. fast_last_year, so that a loop of it vectorizes.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const std::uint32_t moved = moved_year(year);
        return in_fast_window(moved) & (year != 0) & is_valid_month_day_fast(moved, month, day);
    }

    // Precondition: is_valid_fast(year, month, day).
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        return to_jdn_moved_fast(moved_year(year), month, day);
    }

    static constexpr astronomical_date astronomical_from_jdn(std::int64_t jdn) noexcept {
        if (jdn >= fast_first_jdn && jdn <= fast_last_jdn) {
            const date_parts p = astronomical_fast(jdn);
            return {p.year, p.month, p.day};
        }
        const auto n = static_cast<std::uint64_t>(jdn - march_epoch + days_shift);
        // Centuries: 36524.25 days each on average, so 4n + 3 over 146097.
        const std::uint64_t n1 = 4 * n + 3;
        const std::uint64_t century = n1 / days_per_400_years;
        const auto day_of_century = static_cast<std::uint32_t>(n1 % days_per_400_years / 4);
        // Years of the century: 365.25 days each; 2939745 / 2^32 is 4 / 1461 to
        // enough precision that the high half is the year and the low half,
        // divided back, the day of the year.
        const std::uint64_t n2 = 4 * static_cast<std::uint64_t>(day_of_century) + 3;
        const std::uint64_t p2 = 2939745 * n2;
        const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
        const auto march_day = static_cast<std::uint32_t>(static_cast<std::uint32_t>(p2) / 2939745 / 4);
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t year = static_cast<std::int64_t>(100 * century + year_of_century) - roman::years_shift +
                                  static_cast<std::int64_t>(march_day >= 306);
        return {year, md.month, md.day};
    }

    // Precondition: is_valid_date<gregorian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return jdn_from_astronomical(detail::astronomical_year(year), month, day);
    }

    // Precondition: first_jdn<gregorian>() <= jdn <= last_jdn<gregorian>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        if (jdn >= fast_first_jdn && jdn <= fast_last_jdn) return from_jdn_fast(jdn);
        const astronomical_date date = astronomical_from_jdn(jdn);
        return {detail::calendar_year(date.year), date.month, date.day};
    }
};

static_assert(calendar_kernel<gregorian>);

}  // namespace kalends::kernels
