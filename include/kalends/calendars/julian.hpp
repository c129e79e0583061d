// Proleptic Julian calendar kernel: every fourth year is leap. No year 0.
// Euclidean affine conversions as in gregorian.hpp, without the century step.
// Valid for every int32 year; all intermediate values fit in 64 bits.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/roman_kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>

namespace kalends::kernels {

struct julian : roman_kernel<julian> {
    // JDN of Julian March 1 of astronomical year 0 (Gregorian 0000-02-28).
    static constexpr std::int64_t march_epoch = 1721118;
    static constexpr std::int64_t days_per_4_years = 1461;
    static constexpr std::int64_t days_shift = days_per_4_years * (roman::years_shift / 4);

    static constexpr bool is_leap_year(int year) noexcept { return detail::astronomical_year(year) % 4 == 0; }

    // The branch-free 32-bit forms the bulk API vectorizes (see
    // src/bulk_loops.hpp): +-1.4 million years around year 0, where 4n + 3
    // and 1461 y stay below 2^32. fast_years is a multiple of 4, so moving a
    // year by it keeps the leap rule.
    static constexpr std::int64_t fast_years = 1'400'000;
    static constexpr std::int64_t fast_days = days_per_4_years * (fast_years / 4);
    static constexpr std::int64_t fast_first_jdn = march_epoch - fast_days;
    static constexpr std::int64_t fast_last_jdn = march_epoch + fast_days - 1;
    // The calendar years whose every date lies on the 32-bit path (a little
    // inside it, for the January shift).
    static constexpr int fast_first_year = -static_cast<int>(fast_years) + 2;
    static constexpr int fast_last_year = static_cast<int>(fast_years) - 2;

    // Precondition (for an exact result): fast_first_jdn <= jdn <= fast_last_jdn.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        // The offset modulo 2^32 (no signed overflow for any jdn).
        const std::uint32_t n1 = 4 * (static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn)) + 3;
        const std::uint32_t shifted = n1 / 1461;  // March-based year + fast_years
        // The remainder by subtraction: one division per lane, not two.
        const roman::lane_date date = roman::lane_date_of_march_day((n1 - 1461 * shifted) / 4);
        const std::int32_t a =
            static_cast<std::int32_t>(shifted + date.next_year) - static_cast<std::int32_t>(fast_years);
        return {a - static_cast<std::int32_t>(a <= 0), static_cast<int>(date.month), static_cast<int>(date.day)};
    }

    // Branch-free: true when the date is valid and its year lies in
    // fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        // The astronomical year moved by fast_years (any value outside the window: unsigned wrap, no UB).
        const std::uint32_t y = static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
                                static_cast<std::uint32_t>(fast_years);
        const std::uint32_t leap = (y & 3) == 0;
        const auto m = static_cast<std::uint32_t>(month);
        // 30 or 31 by the month's parity (flipped from August), February 28 + leap:
        // arithmetic on flags, since a ternary here compiles to a branch.
        const std::uint32_t february = m == 2;
        const std::uint32_t length = 30 + ((m + m / 8) & 1) - 2 * february + (february & leap);
        return in_window & (year != 0) & (m - 1 < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Precondition (for an exact result): is_valid_fast(year, month, day).
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        const std::uint32_t shifted = static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
                                      static_cast<std::uint32_t>(fast_years) - roman::is_jan_or_feb(month);
        const std::uint32_t count = 1461 * shifted / 4 +
                                    roman::march_day_of_month_start(roman::march_based_month(month)) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - fast_days + march_epoch;
    }

    // Precondition: is_valid_date<julian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const auto y = static_cast<std::uint64_t>(detail::astronomical_year(year) + roman::years_shift -
                                                  roman::is_jan_or_feb(month));
        const std::uint64_t count = 1461 * y / 4 + roman::march_day_of_month_start(roman::march_based_month(month)) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - days_shift + march_epoch;
    }

    // Precondition: first_jdn<julian>() <= jdn <= last_jdn<julian>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const auto n = static_cast<std::uint64_t>(jdn - march_epoch + days_shift);
        // 365.25 days per year: 4n + 3 over 1461 is the year, the remainder over 4 the day of it.
        const std::uint64_t n1 = 4 * n + 3;
        const std::uint64_t year = n1 / days_per_4_years;
        const auto march_day = static_cast<std::uint32_t>(n1 % days_per_4_years / 4);
        const roman::month_day md = roman::month_day_from_march_day(march_day);
        const std::int64_t a = static_cast<std::int64_t>(year) - roman::years_shift + static_cast<std::int64_t>(march_day >= 306);
        return {detail::calendar_year(a), md.month, md.day};
    }
};

static_assert(calendar_kernel<julian>);

}  // namespace kalends::kernels
