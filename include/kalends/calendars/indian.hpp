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
// Range: every int32 Saka year. The conversions are unsigned Euclidean affine
// functions with a 32-bit fast path over +-1.4 million years (the Gregorian
// kernel's) and an exact 64-bit form beyond it.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

struct indian : every_int32_year {
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

    // The conversions are Euclidean affine functions (Neri & Schneider 2022)
    // on a count of days that starts at 1 Vaishakha, the second month, which
    // is always April 21 (30 or 31 days after March 22 or 21). A year counted
    // from 1 Vaishakha ends with Chaitra of the next Saka year, so its leap
    // day, Chaitra 31, is its last day and every month before it has a fixed
    // start -- as the March-based year of gregorian.hpp ends with February 29.
    // Counting year t starts on April 21 of astronomical Gregorian year t and
    // is leap when t + 1 is, exactly like the March-based Gregorian year t, so
    // the year steps are the Gregorian ones from another origin. Its months:
    // Vaishakha .. Bhadra (31 days), Ashvin .. Phalguna (30), Chaitra (30, 31).

    // JDN of April 21 of astronomical Gregorian year 0.
    static constexpr std::int64_t vaishakha_epoch = gregorian::march_epoch + 31 + 20;
    static constexpr std::int64_t fast_days = gregorian::fast_days;
    static constexpr std::int64_t fast_years = gregorian::fast_years;

    // Day of the counting year (0 .. 365) on which month i (0 = Vaishakha ..
    // 11 = Chaitra) starts: 31 i for the first five, 30 a month after them.
    static constexpr std::uint32_t counting_month_start(std::uint32_t i) noexcept {
        return 30 * i + (i < 5 ? i : 5);  // min, a conditional move
    }

    // Counting-year days before year y (as in gregorian.hpp), and the offset of the month.
    template <class U>
    static constexpr U counting_days(U y, std::uint32_t i, int day) noexcept {
        const U century = y / 100;
        return 1461 * y / 4 - century + century / 4 + counting_month_start(i) + static_cast<std::uint32_t>(day) - 1;
    }

    // Precondition: is_valid_date<indian>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        const auto chaitra = static_cast<std::uint32_t>(month == 1);
        // Chaitra is the last month of the counting year that starts in the Saka year before.
        const std::uint32_t i = static_cast<std::uint32_t>(month) - 2 + 12 * chaitra;
        const std::int64_t shifted = static_cast<std::int64_t>(year) + saka_offset + fast_years - chaitra;
        if (static_cast<std::uint64_t>(shifted) < static_cast<std::uint64_t>(2 * fast_years)) {
            const std::uint32_t count = counting_days(static_cast<std::uint32_t>(shifted), i, day);
            return static_cast<std::int64_t>(count) - fast_days + vaishakha_epoch;
        }
        const auto y = static_cast<std::uint64_t>(static_cast<std::int64_t>(year) + saka_offset + roman::years_shift - chaitra);
        return static_cast<std::int64_t>(counting_days(y, i, day)) - gregorian::days_shift + vaishakha_epoch;
    }

    // Saka year, month and day from the counting year (shifted) and its day x
    // (0 .. 365). The months after Bhadra are one day shorter: adding one
    // phantom day after each of them (v * 2184 + 100 >> 16 is v / 30 for
    // v < 210, and stays 6 for the leap day, v = 210) puts every month on a
    // 31-day grid, where one numerator gives month and day; no branch.
    static constexpr date_parts saka_date(std::int64_t saka_year_of_vaishakha, std::uint32_t x) noexcept {
        const std::uint32_t v = (x > 155 ? x : 155) - 155;  // days after Bhadra
        const std::uint32_t grid = x + ((2184 * v + 100) >> 16);
        const std::uint32_t n = 2115 * grid;  // 2115 / 2^16 is 1 / 31 to enough precision
        const std::uint32_t i = n >> 16;
        const std::uint32_t chaitra = x >= 335;
        return {static_cast<int>(saka_year_of_vaishakha + chaitra), static_cast<int>(i + 2 - 12 * chaitra),
                static_cast<int>((n & 0xFFFF) / 2115 + 1)};
    }

    // The JDNs the 32-bit path covers.
    static constexpr std::int64_t fast_first_jdn = vaishakha_epoch - fast_days;
    static constexpr std::int64_t fast_last_jdn = vaishakha_epoch + fast_days - 1;

    // The calendar years whose every date lies on the 32-bit path (a little inside it).
    static constexpr int fast_first_year = -static_cast<int>(fast_years + saka_offset) + 2;
    static constexpr int fast_last_year = static_cast<int>(fast_years - saka_offset) - 2;

    // The 32-bit path alone, branch-free, for the bulk API (src/bulk_loops.hpp):
    // gregorian::from_jdn_fast's steps from another origin, then saka_date's
    // grid in 32-bit lanes.
    // Precondition (for an exact result): fast_first_jdn <= jdn <= fast_last_jdn.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        // The offset modulo 2^32 (no signed overflow for any jdn).
        const std::uint32_t n1 = 4 * (static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn)) + 3;
        const std::uint32_t century = n1 / gregorian_era_days;
        const std::uint32_t n2 = (n1 - century * gregorian_era_days) | 3;
        const roman::year_and_day in_century = roman::year_of_century(n2);
        const std::uint32_t x = in_century.day;  // day of the counting year
        const std::uint32_t v = (x > 155 ? x : 155) - 155;
        const std::uint32_t grid = x + ((2184 * v + 100) >> 16);
        const std::uint32_t n = 2115 * grid;
        const std::uint32_t chaitra = x >= 335;
        // Below 2^24 for any input: no signed overflow.
        const auto t = static_cast<std::int32_t>(100 * century + in_century.year + chaitra);
        return {t - static_cast<std::int32_t>(fast_years + saka_offset), static_cast<int>((n >> 16) + 2 - 12 * chaitra),
                static_cast<int>((n & 0xFFFF) / 2115 + 1)};
    }

    // Branch-free: true when the date is valid and its year lies in fast_first_year .. fast_last_year.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const bool in_window = year_in_window(year, fast_first_year, fast_last_year);
        // Gregorian year + fast_years (a multiple of 400: the leap rule is unchanged), modulo 2^32.
        const std::uint32_t g = static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(saka_offset + fast_years);
        const std::uint32_t leap = (g & ((g % 100 == 0) ? 15u : 3u)) == 0;
        const auto m = static_cast<std::uint32_t>(month);
        // Chaitra 30 + leap, Vaishakha .. Bhadra 31, the rest 30; arithmetic
        // on flags, since a ternary here compiles to a branch.
        const std::uint32_t length = 30 + static_cast<std::uint32_t>(m - 2 < 5) + (static_cast<std::uint32_t>(m == 1) & leap);
        return in_window & (m - 1 < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Precondition (for an exact result): is_valid_fast(year, month, day).
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        const auto chaitra = static_cast<std::uint32_t>(month == 1);
        const std::uint32_t i = static_cast<std::uint32_t>(month) - 2 + 12 * chaitra;
        const std::uint32_t shifted = static_cast<std::uint32_t>(year) + static_cast<std::uint32_t>(saka_offset + fast_years) - chaitra;
        return static_cast<std::int64_t>(counting_days(shifted, i, day)) - fast_days + vaishakha_epoch;
    }

    // Precondition: jdn within the kernel's range.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        if (jdn >= fast_first_jdn && jdn <= fast_last_jdn) {
            // gregorian::from_jdn_fast's steps: centuries, then year of the
            // century and day of the year from one product.
            const auto n1 = 4 * static_cast<std::uint32_t>(jdn - fast_first_jdn) + 3;
            const std::uint32_t century = n1 / gregorian_era_days;
            const std::uint32_t n2 = (n1 % gregorian_era_days) | 3;
            const std::uint64_t p2 = static_cast<std::uint64_t>(2939745) * n2;
            const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
            const auto x = static_cast<std::uint32_t>(p2) / 2939745 / 4;
            const auto t = static_cast<std::int32_t>(100 * century + year_of_century);
            return saka_date(t - static_cast<std::int32_t>(fast_years + saka_offset), x);
        }
        const auto n = static_cast<std::uint64_t>(jdn - vaishakha_epoch + gregorian::days_shift);
        const std::uint64_t n1 = 4 * n + 3;
        const std::uint64_t century = n1 / gregorian_era_days;
        const auto n2 = static_cast<std::uint32_t>(n1 % gregorian_era_days) | 3;
        const std::uint64_t p2 = static_cast<std::uint64_t>(2939745) * n2;
        const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
        const auto x = static_cast<std::uint32_t>(p2) / 2939745 / 4;
        const auto t = static_cast<std::int64_t>(100 * century + year_of_century);
        return saka_date(t - roman::years_shift - saka_offset, x);
    }

    static constexpr std::uint32_t gregorian_era_days = 146097;
};

static_assert(calendar_kernel<indian>);

}  // namespace kalends::kernels
