// Arithmetic Persian calendars.
//
// persian_33: the 33-year rule that ICU uses. Astronomical year a is leap when
//   (25 a + 11) mod 33 < 8; 1 Farvardin 1404 is JDN 2460756 (2025-03-21). It
//   matches every official Iranian new year from 1206 to 1498 AP.
// persian_2820: Birashk's 2820-year cycle, the rule Qt calls "Jalali": 683 leap
//   years in 2820, year a is leap when ((a + 2346) * 683) mod 2820 < 683, and
//   1 Farvardin 475 is JDN 2121446, the start of a cycle.
//
// Both are Euclidean affine functions after Neri & Schneider (2022): years
// and days are shifted by a whole number of cycles so that every count is
// non-negative and unsigned, one division by a constant (a multiplication)
// gives the year and, as its remainder, the numerator of the day of the year,
// and month and day come from parts_from_day_of_year without a branch. The
// shifted counts stay below 2^53 over every int32 year, so one 64-bit form
// serves the whole range. For the bulk API (src/bulk_loops.hpp) each kernel
// also has branch-free 32-bit forms (from_jdn_fast, is_valid_fast,
// to_jdn_fast) over a window of several hundred thousand years.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/calendars/persian_kernel.hpp>

namespace kalends::kernels {

struct persian_33 : persian_kernel<persian_33> {
    static constexpr std::int64_t days_per_33_years = 33 * 365 + 8;  // 12053
    static constexpr std::uint64_t cycle_days = days_per_33_years;
    // new_year(a) = 1948320 + 365 (a - 1) + floor((8 a + 21) / 33), folded into one fraction.
    static constexpr std::int64_t origin = 1948320 - 365;
    // Astronomical year -years_shift starts day 0 of the unsigned count: a
    // whole number of 33-year cycles, more than 2^31 years.
    static constexpr std::int64_t cycles_shift = 66'000'000;
    static constexpr std::int64_t years_shift = 33 * cycles_shift;
    static constexpr std::int64_t days_shift = days_per_33_years * cycles_shift;

    static constexpr bool is_leap_year(int year) noexcept {
        return is_leap_astronomical(detail::astronomical_year(year));
    }

    // Precondition: |a| <= 2^31. The shift is a multiple of 33, so the residue is a's.
    static constexpr bool is_leap_astronomical(std::int64_t a) noexcept {
        const auto s = static_cast<std::uint64_t>(a + years_shift);
        return (25 * s + 11) % 33 < 8;
    }

    // Precondition: |a| <= 2^31.
    static constexpr std::int64_t new_year(std::int64_t a) noexcept {
        const auto s = static_cast<std::uint64_t>(a + years_shift);
        return static_cast<std::int64_t>((cycle_days * s + 21) / 33) - days_shift + origin;
    }

    // The largest a with new_year(a) <= jdn:  12053 a + 21 < 33 (z + 1), z = jdn - origin.
    // Precondition: jdn within the kernel's range (or up to a year beyond it).
    static constexpr std::int64_t year_containing(std::int64_t jdn) noexcept {
        return static_cast<std::int64_t>(numerator(jdn) / cycle_days) - years_shift;
    }

    // 33 z + 11 for the shifted day count z: its quotient by 12053 is the
    // shifted year and its remainder r satisfies day of year = r / 33 (with
    // 12053 a = 33 z + 11 - r, new_year(a) = origin + z - floor(r / 33)).
    static constexpr std::uint64_t numerator(std::int64_t jdn) noexcept {
        return 33 * static_cast<std::uint64_t>(jdn - origin + days_shift) + 11;
    }

    // The base's from_jdn would divide twice (year_containing, then new_year).
    // Precondition: jdn within the kernel's range.
    // cppcheck-suppress duplInheritedMember
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::uint64_t n = numerator(jdn);
        const std::uint64_t shifted_year = n / cycle_days;
        const auto r = static_cast<std::uint32_t>(n - cycle_days * shifted_year);  // 0 .. 12052
        return parts_from_day_of_year(static_cast<std::int64_t>(shifted_year) - years_shift, r / 33);
    }

    // The branch-free 32-bit forms the bulk API vectorizes (see
    // src/bulk_loops.hpp): 5000 cycles of 33 years each way around year 0,
    // where 33 z + 11 and 12053 s stay below 2^32. The shift is whole cycles,
    // so the leap residues are unchanged.
    static constexpr std::int64_t fast_cycles = 5000;
    static constexpr std::int64_t fast_years = 33 * fast_cycles;
    static constexpr std::int64_t fast_days = days_per_33_years * fast_cycles;
    static constexpr std::int64_t fast_first_jdn = origin - fast_days;
    static constexpr std::int64_t fast_last_jdn = origin + fast_days - 1;
    static constexpr int fast_first_year = -static_cast<int>(fast_years) + 1;
    static constexpr int fast_last_year = static_cast<int>(fast_years) - 1;

    // Precondition (for an exact result): fast_first_jdn <= jdn <= fast_last_jdn.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        constexpr auto days = static_cast<std::uint32_t>(days_per_33_years);
        // The offset modulo 2^32 (no signed overflow for any jdn).
        const std::uint32_t n = 33 * (static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn)) + 11;
        const std::uint32_t shifted_year = n / days;
        const std::uint32_t r = n - days * shifted_year;  // 0 .. 12052
        // shifted_year < 2^19 for any input: no signed overflow.
        return parts_from_day_of_year_fast(static_cast<std::int32_t>(shifted_year) - static_cast<std::int32_t>(fast_years),
                                           r / 33);
    }

    // The astronomical year moved by fast_years, modulo 2^32.
    static constexpr std::uint32_t fast_shifted(int year) noexcept {
        return static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
               static_cast<std::uint32_t>(fast_years);
    }

    // Branch-free: true when the date is valid and its year lies in fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        const std::uint32_t leap = (25 * fast_shifted(year) + 11) % 33 < 8;
        return in_window & (year != 0) & month_day_valid_fast(month, day, leap);
    }

    // Precondition (for an exact result): is_valid_fast(year, month, day).
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        constexpr auto days = static_cast<std::uint32_t>(days_per_33_years);
        const std::uint32_t count = (days * fast_shifted(year) + 21) / 33 + days_before_month_fast(month) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - fast_days + origin;
    }
};

struct persian_2820 : persian_kernel<persian_2820> {
    static constexpr std::int64_t days_per_2820_years = 2820 * 365 + 683;  // 1029983
    static constexpr std::uint64_t cycle_days = days_per_2820_years;
    static constexpr std::int64_t cycle_start = 2121446;                   // 1 Farvardin 475 AP
    static constexpr std::int64_t cycle_start_year = 475;
    // Astronomical year cycle_start_year - years_shift starts day 0 of the
    // unsigned count: a whole number of 2820-year cycles, more than 2^31 years.
    static constexpr std::int64_t cycles_shift = 762'000;
    static constexpr std::int64_t years_shift = 2820 * cycles_shift;
    static constexpr std::int64_t days_shift = days_per_2820_years * cycles_shift;

    static constexpr bool is_leap_year(int year) noexcept {
        return is_leap_astronomical(detail::astronomical_year(year));
    }

    // Precondition: |a| <= 2^31. The shift is a multiple of 2820, so the residue is unchanged.
    static constexpr bool is_leap_astronomical(std::int64_t a) noexcept {
        const auto s = static_cast<std::uint64_t>(a + 2346 + years_shift);
        return s * 683 % 2820 < 683;
    }

    // Years start every 1029983/2820 days from the cycle start, rounded down.
    // Precondition: |a| <= 2^31.
    static constexpr std::int64_t new_year(std::int64_t a) noexcept {
        const auto s = static_cast<std::uint64_t>(a - cycle_start_year + years_shift);
        return static_cast<std::int64_t>(s * cycle_days / 2820) - days_shift + cycle_start;
    }

    // The largest a with new_year(a) <= jdn:  (a - 475) * 1029983 < 2820 (z + 1), z = jdn - cycle_start.
    // Precondition: jdn within the kernel's range (or up to a year beyond it).
    static constexpr std::int64_t year_containing(std::int64_t jdn) noexcept {
        return static_cast<std::int64_t>(numerator(jdn) / cycle_days) - years_shift + cycle_start_year;
    }

    // 2820 z + 2819 for the shifted day count z: its quotient by 1029983 is
    // the shifted year and its remainder r satisfies day of year = r / 2820.
    static constexpr std::uint64_t numerator(std::int64_t jdn) noexcept {
        return 2820 * static_cast<std::uint64_t>(jdn - cycle_start + days_shift) + 2819;
    }

    // Precondition: jdn within the kernel's range.
    // cppcheck-suppress duplInheritedMember
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const std::uint64_t n = numerator(jdn);
        const std::uint64_t shifted_year = n / cycle_days;
        const auto r = static_cast<std::uint32_t>(n - cycle_days * shifted_year);  // 0 .. 1029982
        return parts_from_day_of_year(static_cast<std::int64_t>(shifted_year) - years_shift + cycle_start_year,
                                      r / 2820);
    }

    // The branch-free 32-bit forms the bulk API vectorizes (see
    // src/bulk_loops.hpp): 2000 cycles of 2820 years each way around the
    // cycle start of 475 AP. 2820 z would leave 32 bits after 4000 years, so
    // the whole cycles come off first (z / 1029983) and only the day of the
    // cycle is multiplied by 2820: 2820 * 1029983 < 2^32.
    static constexpr std::int64_t fast_cycles = 2000;
    static constexpr std::int64_t fast_years = 2820 * fast_cycles;
    static constexpr std::int64_t fast_days = days_per_2820_years * fast_cycles;
    static constexpr std::int64_t fast_first_jdn = cycle_start - fast_days;
    static constexpr std::int64_t fast_last_jdn = cycle_start + fast_days - 1;
    // Years whose shifted count s = a - 475 + fast_years lies in 1 .. 2 fast_years - 2.
    static constexpr int fast_first_year = -static_cast<int>(fast_years) + 477;
    static constexpr int fast_last_year = static_cast<int>(fast_years) + 473;

    // Precondition (for an exact result): fast_first_jdn <= jdn <= fast_last_jdn.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        constexpr auto days = static_cast<std::uint32_t>(days_per_2820_years);
        // The offset modulo 2^32 (no signed overflow for any jdn).
        const std::uint32_t z = static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn);
        const std::uint32_t cycle = z / days;
        const std::uint32_t n = 2820 * (z - days * cycle) + 2819;
        const std::uint32_t year_of_cycle = n / days;
        const std::uint32_t r = n - days * year_of_cycle;  // 0 .. 1029982
        // Below 2^24 for any input: no signed overflow.
        const auto shifted_year = static_cast<std::int32_t>(2820 * cycle + year_of_cycle);
        return parts_from_day_of_year_fast(
            shifted_year - static_cast<std::int32_t>(fast_years - cycle_start_year), r / 2820);
    }

    // Years since the cycle start, moved by fast_years, modulo 2^32.
    static constexpr std::uint32_t fast_shifted(int year) noexcept {
        return static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(year < 0) +
               static_cast<std::uint32_t>(fast_years - cycle_start_year);
    }

    // Branch-free: true when the date is valid and its year lies in fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        // Year t of the cycle is leap when 683 (t + 1) mod 2820 < 683 (new_year's
        // steps; the same as the (a + 2346) rule, as a + 2346 = t + 1 mod 2820).
        const std::uint32_t t = fast_shifted(year) % 2820;
        const std::uint32_t leap = 683 * (t + 1) % 2820 < 683;
        return in_window & (year != 0) & month_day_valid_fast(month, day, leap);
    }

    // Precondition (for an exact result): is_valid_fast(year, month, day).
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        constexpr auto days = static_cast<std::uint32_t>(days_per_2820_years);
        const std::uint32_t s = fast_shifted(year);
        const std::uint32_t cycle = s / 2820;
        const std::uint32_t t = s - 2820 * cycle;
        const std::uint32_t count = days * cycle + days * t / 2820 + days_before_month_fast(month) +
                                    static_cast<std::uint32_t>(day) - 1;
        return static_cast<std::int64_t>(count) - fast_days + cycle_start;
    }
};

static_assert(calendar_kernel<persian_33>);
static_assert(calendar_kernel<persian_2820>);

}  // namespace kalends::kernels
