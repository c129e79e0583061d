// Calendars with Gregorian months and days and another year numbering, each
// counting astronomical Gregorian years plus a fixed offset, with a year 0:
//   buddhist   Thai solar calendar: Buddhist Era year = Gregorian year + 543
//              (BE 2568 = 2025; BE 543 = 1 BCE)
//   roc        Minguo: year 1 = 1912, so year = Gregorian year - 1911; the
//              extended year 0 is 1911 (era "broc" 1)
//   iso        ISO 8601 numbering: the astronomical Gregorian year (0 = 1 BCE);
//              also the extended year of the Japanese calendar
// Every int32 year of each is valid: the Gregorian kernel's astronomical-year
// functions cover +-2.16 billion years.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>

#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/roman_months.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

template <std::int64_t YearOffset>
struct gregorian_based : every_int32_year {
    static constexpr bool has_year_zero = true;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 28;
    static constexpr int max_days_in_month = 31;
    static constexpr std::int64_t year_offset = YearOffset;

    static constexpr std::int64_t astronomical(int year) noexcept { return static_cast<std::int64_t>(year) - year_offset; }

    static constexpr bool is_leap_year(int year) noexcept { return gregorian::is_leap_astronomical(astronomical(year)); }
    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }
    static constexpr int days_in_month(int month, int year) noexcept {
        return roman::month_length(month, is_leap_year(year));
    }
    static constexpr int max_days_in_month_of(int month) noexcept { return roman::month_length(month, true); }
    static constexpr int days_in_year(int year) noexcept { return is_leap_year(year) ? 366 : 365; }

    // Precondition: is_valid_date<gregorian_based>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return gregorian::jdn_from_astronomical(astronomical(year), month, day);
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const astronomical_date date = gregorian::astronomical_from_jdn(jdn);
        return {static_cast<int>(date.year + year_offset), date.month, date.day};
    }

    // The fast forms (see src/bulk_loops.hpp), on the Gregorian kernel's.
    static constexpr std::int64_t fast_first_jdn = gregorian::fast_first_jdn;
    static constexpr std::int64_t fast_last_jdn = gregorian::fast_last_jdn;

    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        const date_parts p = gregorian::astronomical_fast(jdn);
        return {p.year + static_cast<int>(year_offset), p.month, p.day};
    }

    // The astronomical year moved as gregorian::moved_year does, modulo 2^32
    // (no wrap lands in the window: every int32 year is within 2^31 + 2000 of it).
    static constexpr std::uint32_t moved_year(int year) noexcept {
        return static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(year_offset) +
               static_cast<std::uint32_t>(gregorian::fast_years);
    }

    // The years of is_valid_fast's window (gregorian::in_fast_window in this numbering).
    static constexpr int fast_first_year = static_cast<int>(3 - gregorian::fast_years + year_offset);
    static constexpr int fast_last_year = static_cast<int>(gregorian::fast_years - 2 + year_offset);

    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const std::uint32_t moved = moved_year(year);
        return gregorian::in_fast_window(moved) & gregorian::is_valid_month_day_fast(moved, month, day);
    }

    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        return gregorian::to_jdn_moved_fast(moved_year(year), month, day);
    }
};

using buddhist = gregorian_based<543>;
using roc = gregorian_based<-1911>;
using iso = gregorian_based<0>;

static_assert(calendar_kernel<buddhist>);
static_assert(calendar_kernel<roc>);
static_assert(calendar_kernel<iso>);

}  // namespace kalends::kernels
