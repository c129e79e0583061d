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
// Cost: 1 Tishri comes from a table for AM 3000 .. 7095 (generated at
// compile time from the exact arithmetic below, 1 byte a year) and from the
// exact arithmetic (one 64-bit division for the molad, the dehiyyot as
// selects) elsewhere. from_jdn estimates the year so that it is the year or
// the one before, corrects it with one comparison, then takes month and day
// from a 14-entry table of month starts for the year's length (6 kinds). No
// loops; inside the table window no data-dependent branch.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/integer_math.hpp>
#include <kalends/month_code.hpp>

#include <array>
#include <cstdint>
#include <limits>

// The exact paths outside the table window stay out of line (GCC, Clang).
#if defined(__GNUC__)
#define KALENDS_HEBREW_NOINLINE [[gnu::noinline]]
#else
#define KALENDS_HEBREW_NOINLINE
#endif

namespace kalends::kernels {

namespace hebrew_detail {

inline constexpr std::uint64_t parts_per_day = 25920;
inline constexpr std::uint64_t parts_per_week = 7 * parts_per_day;
inline constexpr std::uint64_t parts_per_month = 765433;
inline constexpr std::uint64_t first_molad = 5 * 1080 + 204;  // BaHaRaD

// Leap year test for y >= 0, unsigned: (7 y + 1) mod 19 < 7.
constexpr bool is_leap(std::uint64_t y) noexcept { return (7 * y + 1) % 19 < 7; }

// Days from the epoch to 1 Tishri of year y, exactly, for 1 <= y <= 2^31 + 1.
constexpr std::int64_t new_year_offset(std::uint64_t y) noexcept {
    // Molad of Tishri in parts after the start of the epoch's day: 235 months
    // per 19 years, months_before(y) = floor((235 y - 234) / 19).
    const std::uint64_t molad = first_molad + (235 * y - 234) / 19 * parts_per_month;
    // The week and the position in it at once: weekday 0 is Monday (the epoch).
    const std::uint64_t week = molad / parts_per_week;
    const auto in_week = static_cast<std::uint32_t>(molad - week * parts_per_week);
    const std::uint32_t weekday = in_week / 25920;
    const std::uint32_t parts = in_week - weekday * 25920;  // since 6 pm
    // The four dehiyyot, which exclude one another, as selects:
    const std::uint32_t zaken = parts >= 18 * 1080;  // molad at or after noon: next day
    // Tuesday at or after 9 h 204 p (and before noon) in a common year: Thursday.
    const std::uint32_t gatarad = static_cast<std::uint32_t>(weekday == 1) & (parts >= 9 * 1080 + 204) &
                                  (zaken ^ 1U) & static_cast<std::uint32_t>(!is_leap(y));
    // Monday at or after 15 h 589 p (and before noon) after a leap year: Tuesday.
    const std::uint32_t betutakpat = static_cast<std::uint32_t>(weekday == 0) & (parts >= 15 * 1080 + 589) &
                                     (zaken ^ 1U) & static_cast<std::uint32_t>(is_leap(y - 1));
    // lo ADU rosh: Wednesday (2), Friday (4), Sunday (6) move on a day. The
    // two rules above land on Thursday and Tuesday, which it leaves alone;
    // weekday + zaken may be 7, a Monday (bit 7 of the mask is clear).
    const std::uint32_t adu = (0x54U >> (weekday + zaken)) & 1U;
    return static_cast<std::int64_t>(7 * week + weekday + zaken + adu + 2 * static_cast<std::uint64_t>(gatarad) + betutakpat);
}

// Day of the year at which each month starts (index 0 = Tishri; one past the
// last month: the year's length, then sentinels), for the six year lengths
// 353, 354, 355, 383, 384, 385 (kind 0 .. 5). Built from the month rules.
using month_start_row = std::array<std::uint16_t, 16>;  // 14 used; 16 for the addressing

constexpr std::array<month_start_row, 6> make_month_starts() {
    std::array<month_start_row, 6> rows{};
    for (std::uint32_t k = 0; k < 6; ++k) {
        const bool leap = k >= 3;
        const std::uint32_t variant = k % 3;  // 0 deficient, 1 regular, 2 complete
        const std::uint32_t months = leap ? 13 : 12;
        std::uint32_t start = 0;
        for (std::uint32_t m = 1; m <= months; ++m) {
            rows[k][m - 1] = static_cast<std::uint16_t>(start);
            std::uint32_t length = 0;
            if (m == 2) {
                length = variant == 2 ? 30 : 29;  // Heshvan
            } else if (m == 3) {
                length = variant == 0 ? 29 : 30;  // Kislev
            } else if (leap && m == 6) {
                length = 30;  // Adar I
            } else {
                const std::uint32_t common = leap && m > 6 ? m - 1 : m;
                length = common % 2 == 1 ? 30 : 29;  // Tishri 30, Tevet 29, Shevat 30, ...
            }
            start += length;
        }
        rows[k][months] = static_cast<std::uint16_t>(start);
        for (std::uint32_t m = months + 1; m < 16; ++m) rows[k][m] = 0xFFFF;
    }
    return rows;
}

inline constexpr std::array<month_start_row, 6> month_starts = make_month_starts();
static_assert(month_starts[0][12] == 353 && month_starts[1][12] == 354 && month_starts[2][12] == 355);
static_assert(month_starts[3][13] == 383 && month_starts[4][13] == 384 && month_starts[5][13] == 385);

// Kind 0 .. 5 of a year length 353, 354, 355, 383, 384, 385.
constexpr std::uint32_t kind_of(std::uint32_t length) noexcept {
    const std::uint32_t x = length - 353;  // 0, 1, 2, 30, 31, 32
    return x - 27 * ((x + 2) >> 5);
}

// Month and day of day d (0-based) of a year of kind k. Months have 29 or
// 30 days, so d / 30 is the month or the one before; one comparison with the
// next month's start settles it.
constexpr date_parts month_day(int year, std::uint32_t d, std::uint32_t k) noexcept {
    const month_start_row& starts = month_starts[k];
    std::uint32_t m = d / 30;
    m += static_cast<std::uint32_t>(d >= starts[m + 1]);
    return {year, static_cast<int>(m + 1), static_cast<int>(d - starts[m] + 1)};
}

// The table of new years, one byte a year: for year first_table_year + j,
// 1 Tishri is table.base + line(j) + (code[j] & 31) days after the epoch --
// a line of the mean year plus at most 30 days -- and code[j] >> 5 is the
// kind of the year (its length), so no second new year is needed for it.
inline constexpr std::int64_t first_table_year = 3000;
// to_jdn uses years first_table_year .. first_table_year + table_years - 1;
// from_jdn the days of those after the first (its estimate may be a year
// early) and reads the entry after its estimate too.
inline constexpr std::uint32_t table_years = 4096;
// 2^16 times the mean year 179876755 / 492480 days, rounded.
inline constexpr std::uint64_t slope = 23936816;

constexpr std::int64_t line(std::uint32_t j) noexcept { return static_cast<std::int64_t>((j * slope) >> 16); }

struct new_year_table {
    std::int64_t base = 0;
    std::array<std::uint8_t, table_years + 1> code{};
};

constexpr new_year_table make_new_year_table() {
    new_year_table t;
    std::int64_t lowest = std::numeric_limits<std::int64_t>::max();
    std::int64_t highest = std::numeric_limits<std::int64_t>::min();
    for (std::uint32_t j = 0; j < t.code.size(); ++j) {
        const std::int64_t d = new_year_offset(static_cast<std::uint64_t>(first_table_year) + j) - line(j);
        lowest = d < lowest ? d : lowest;
        highest = d > highest ? d : highest;
    }
    // Evaluating a throw fails the constant evaluation: the build breaks
    // if the distances to the line do not fit in 5 bits.
    if (highest - lowest > 31) throw "hebrew new-year table: 1 Tishri strays more than 31 days from the line";
    t.base = lowest;
    for (std::uint32_t j = 0; j < t.code.size(); ++j) {
        const std::uint64_t y = static_cast<std::uint64_t>(first_table_year) + j;
        const std::int64_t start = new_year_offset(y);
        const auto length = static_cast<std::uint32_t>(new_year_offset(y + 1) - start);
        t.code[j] = static_cast<std::uint8_t>(static_cast<std::uint32_t>(start - line(j) - lowest) | kind_of(length) << 5);
    }
    return t;
}

inline constexpr new_year_table table = make_new_year_table();

// Offset of 1 Tishri of year first_table_year + j; j <= table_years.
constexpr std::int64_t table_new_year(std::uint32_t j) noexcept { return table.base + line(j) + (table.code[j] & 31); }
constexpr std::uint32_t table_kind(std::uint32_t j) noexcept { return table.code[j] >> 5U; }

// The days of the table window that from_jdn serves: from 1 Tishri of
// first_table_year + 1 to the last day of first_table_year + table_years - 1.
inline constexpr std::int64_t window_first_day = table_new_year(1);
inline constexpr std::uint64_t window_days = static_cast<std::uint64_t>(table_new_year(table_years) - window_first_day);

// Year estimate inside the window: the table index j0 from the day u since
// window_first_day (1 Tishri of index 1) is floor((u + 180) / mean year),
// with 2^32 / mean year rounded up (its error stays below 0.001 day here).
// Each 1 Tishri lies within about 31 days of the mean line, so j0 is the
// year's index or the one before (checked below for every year).
inline constexpr std::uint64_t inverse_slope = 11759082;  // ceil(2^32 * 492480 / 179876755)
constexpr std::uint32_t table_estimate(std::uint64_t u) noexcept {
    return static_cast<std::uint32_t>(((u + 180) * inverse_slope) >> 32);
}

constexpr bool table_estimate_holds() {
    for (std::uint32_t j = 1; j < table_years; ++j) {
        // The estimate grows with the day: checking each year's first and last day suffices.
        const auto first = static_cast<std::uint64_t>(table_new_year(j) - window_first_day);
        const auto last = static_cast<std::uint64_t>(table_new_year(j + 1) - 1 - window_first_day);
        const std::uint32_t a = table_estimate(first);
        const std::uint32_t b = table_estimate(last);
        if ((a != j && a + 1 != j) || (b != j && b + 1 != j)) return false;
    }
    return true;
}
static_assert(table_estimate_holds(), "hebrew: the table year estimate is off by more than a year");

// Year estimate outside the window, exact: floor((z - 150) / mean year) + 1
// for the day z >= 0 since the epoch, with the mean year 179876755 / 492480
// days (z * 492480 < 2^59). As above it is the year or the one before: the
// calendar repeats every 689472 years (251827457 days, whole weeks), and so
// does this estimate, so the test checks one whole period.
constexpr std::uint64_t year_estimate(std::uint64_t z) noexcept {
    return (z * 492480 + 179876755 - static_cast<std::uint64_t>(150) * 492480) / 179876755;
}

// The fast forms' table (the bulk API's, src/bulk_loops.hpp): one 32-bit
// word a year of the table window, so that a vector loop reads one gathered
// word where the byte table needs two byte loads and a multiplication each.
// Bits 0-20: days from 1 Tishri of first_table_year to 1 Tishri of year
// first_table_year + j; bits 21-23 the kind of that year, bits 24-26 the
// kind of the next one. Month starts come from the kind by arithmetic.
inline constexpr std::uint32_t fast_kind_shift = 21;
inline constexpr std::uint32_t fast_next_kind_shift = 24;
inline constexpr std::uint32_t fast_start_mask = (1U << fast_kind_shift) - 1;
static_assert((table_years & (table_years - 1)) == 0, "the fast forms index the table with a mask");

constexpr std::array<std::uint32_t, table_years> make_fast_words() {
    std::array<std::uint32_t, table_years> words{};
    for (std::uint32_t j = 0; j < table_years; ++j) {
        const std::int64_t start = table_new_year(j) - table_new_year(0);
        if (start > fast_start_mask) throw "hebrew fast table: a new year does not fit in 21 bits";
        words[j] = static_cast<std::uint32_t>(start) | table_kind(j) << fast_kind_shift |
                   table_kind(j + 1) << fast_next_kind_shift;
    }
    return words;
}

inline constexpr std::array<std::uint32_t, table_years> fast_words = make_fast_words();

// Length of a year of kind k, 353, 354, 355, 383, 384 or 385.
constexpr std::uint32_t length_of_kind(std::uint32_t k) noexcept { return 353 + k + 27 * static_cast<std::uint32_t>(k >= 3); }

// Month um (0-based, from Tishri) of a year of kind k: its length and the
// days before it, by arithmetic rather than a row of month_starts (a gather
// per lane). Months alternate 30, 29 from Tishri; a leap year inserts Adar I
// (30 days, um = 5) and shifts the alternation after it; a complete year
// lengthens Heshvan (um = 1), a deficient one shortens Kislev (um = 2).
// Any um gives some value; exact for the year's months.
struct month_shape {
    std::uint32_t before;
    std::uint32_t length;
};

constexpr month_shape shape_of_month(std::uint32_t um, std::uint32_t k) noexcept {
    const auto leap = static_cast<std::uint32_t>(k >= 3);
    const std::uint32_t variant = k - 3 * leap;  // 0 deficient, 1 regular, 2 complete
    const std::uint32_t complete = static_cast<std::uint32_t>(variant == 2);
    const std::uint32_t deficient = static_cast<std::uint32_t>(variant == 0);
    const std::uint32_t after_adar_1 = leap & static_cast<std::uint32_t>(um >= 6);
    const std::uint32_t before = 29 * um + (um + 1 - after_adar_1) / 2 + after_adar_1 +
                                 (complete & static_cast<std::uint32_t>(um >= 2)) -
                                 (deficient & static_cast<std::uint32_t>(um >= 3));
    const std::uint32_t long_month = (((um - after_adar_1) & 1U) ^ 1U) | (leap & static_cast<std::uint32_t>(um == 5));
    const std::uint32_t length = 29 + long_month + (complete & static_cast<std::uint32_t>(um == 1)) -
                                 (deficient & static_cast<std::uint32_t>(um == 2));
    return {before, length};
}

constexpr bool month_shapes_hold() {
    for (std::uint32_t k = 0; k < 6; ++k) {
        const std::uint32_t months = k >= 3 ? 13 : 12;
        for (std::uint32_t um = 0; um < months; ++um) {
            const month_shape shape = shape_of_month(um, k);
            if (shape.before != month_starts[k][um] || shape.before + shape.length != month_starts[k][um + 1]) {
                return false;
            }
        }
    }
    return true;
}
static_assert(month_shapes_hold(), "hebrew: the month arithmetic disagrees with the month rules");

}  // namespace hebrew_detail

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

    // Days from the epoch to 1 Tishri of year y (1 <= y <= INT_MAX + 1).
    static constexpr std::int64_t new_year_offset(std::int64_t y) noexcept {
        const auto j = static_cast<std::uint64_t>(y - hebrew_detail::first_table_year);
        if (j < hebrew_detail::table_years) return hebrew_detail::table_new_year(static_cast<std::uint32_t>(j));
        return hebrew_detail::new_year_offset(static_cast<std::uint64_t>(y));
    }

    static constexpr std::int64_t new_year(std::int64_t y) noexcept { return epoch + new_year_offset(y); }

    static constexpr int days_in_year(int year) noexcept {
        return static_cast<int>(new_year_offset(static_cast<std::int64_t>(year) + 1) - new_year_offset(year));
    }

    static constexpr int months_in_year(int year) noexcept { return is_leap(year) ? 13 : 12; }

    // Days before the first of `month` in a year of `length` days (one of the six lengths).
    static constexpr int days_before_month(int month, int length) noexcept {
        return hebrew_detail::month_starts[hebrew_detail::kind_of(static_cast<std::uint32_t>(length))]
                                          [static_cast<std::uint32_t>(month - 1)];
    }

    static constexpr int month_length(int month, int length) noexcept {
        return days_before_month(month + 1, length) - days_before_month(month, length);
    }

    static constexpr int days_in_month(int month, int year) noexcept { return month_length(month, days_in_year(year)); }

    // Over all years: Tevet (4) and the leap year's Elul (13) always have 29
    // days; every other ordinal is a 30-day month in some year (Heshvan and
    // Kislev in complete years, 6..12 in common or in leap years).
    static constexpr int max_days_in_month_of(int month) noexcept { return month == 4 || month == 13 ? 29 : 30; }

    // The bulk API's fast forms (src/bulk_loops.hpp), on the table window:
    // from_jdn_fast serves the days of years first_table_year + 1 ..
    // first_table_year + table_years - 1 (AM 3001 .. 7095), the validation
    // and to_jdn_fast the years first_table_year .. that (AM 3000 .. 7095).
    static constexpr std::int64_t fast_first_jdn = epoch + hebrew_detail::window_first_day;
    static constexpr std::int64_t fast_last_jdn = epoch + hebrew_detail::table_new_year(hebrew_detail::table_years) - 1;
    static constexpr int fast_first_year = static_cast<int>(hebrew_detail::first_table_year);
    static constexpr int fast_last_year = fast_first_year + static_cast<int>(hebrew_detail::table_years) - 1;

    // The table word of a year; any year reads inside the table (a mask, as
    // table_years is a power of two: a clamp lets GCC fold the last entry's
    // load into a branch, which stops the vectorizer).
    static constexpr std::uint32_t fast_word(int year) noexcept {
        const std::uint32_t j = static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(fast_first_year);
        return hebrew_detail::fast_words[j & (hebrew_detail::table_years - 1)];
    }

    // Branch-free: the year in the table window, the month 1 .. 12 or 13, the day within the month.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        namespace h = hebrew_detail;
        const std::uint32_t kind = (fast_word(year) >> h::fast_kind_shift) & 7U;
        const std::uint32_t um = static_cast<std::uint32_t>(month) - 1;
        const std::uint32_t months = 12 + static_cast<std::uint32_t>(kind >= 3);
        return (static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(fast_first_year) < h::table_years) &
               (um < months) & (static_cast<std::uint32_t>(day) - 1 < h::shape_of_month(um, kind).length);
    }

    // Exact when is_valid_fast; any value (no UB) otherwise.
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        namespace h = hebrew_detail;
        const std::uint32_t word = fast_word(year);
        const std::uint32_t kind = (word >> h::fast_kind_shift) & 7U;
        const std::uint32_t before = h::shape_of_month(static_cast<std::uint32_t>(month) - 1, kind).before;
        return epoch + h::table_new_year(0) + static_cast<std::int64_t>((word & h::fast_start_mask) + before) + static_cast<std::int64_t>(day) - 1;
    }

    // Exact in the window; any value (no UB) outside it.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        namespace h = hebrew_detail;
        // Wrapped to 32 bits: defined for every jdn (jdn - fast_first_jdn can overflow int64).
        const std::uint32_t u = static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn);
        // The days since 1 Tishri of first_table_year, which the words count from.
        const std::uint32_t v = u + static_cast<std::uint32_t>(h::window_first_day - h::table_new_year(0));
        // The estimate is the year or the one before (table_estimate_holds);
        // table_estimate's product, from a 32-bit sum (a 32 x 32 -> 64-bit multiply in a vector lane).
        const auto estimate = static_cast<std::uint32_t>((static_cast<std::uint64_t>(u + 180) * h::inverse_slope) >> 32);
        const std::uint32_t j0 = estimate & (h::table_years - 1);
        const std::uint32_t word = h::fast_words[j0];
        const std::uint32_t k0 = (word >> h::fast_kind_shift) & 7U;
        const std::uint32_t k1 = (word >> h::fast_next_kind_shift) & 7U;
        const std::uint32_t length0 = h::length_of_kind(k0);
        const std::uint32_t start0 = word & h::fast_start_mask;
        const auto later = static_cast<std::uint32_t>(v >= start0 + length0);
        const std::uint32_t kind = later != 0 ? k1 : k0;
        const std::uint32_t d = v - start0 - later * length0;  // day of the year, 0 .. 384
        // d / 30 (2185 / 2^16 is close enough for d < 2^11) is the month or
        // the one before, as months have 29 or 30 days.
        const std::uint32_t m0 = (d * 2185) >> 16;
        const h::month_shape shape = h::shape_of_month(m0, kind);
        const auto next = static_cast<std::uint32_t>(d >= shape.before + shape.length);
        const std::uint32_t before = shape.before + next * shape.length;
        return {fast_first_year + static_cast<int>(j0 + later), static_cast<int>(m0 + next + 1),
                static_cast<int>(d - before + 1)};
    }

    // Precondition: is_valid_date<hebrew>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        namespace h = hebrew_detail;
        const std::uint32_t j = static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(h::first_table_year);
        if (j < h::table_years) [[likely]] {
            const std::uint32_t before = h::month_starts[h::table_kind(j)][static_cast<std::uint32_t>(month - 1)];
            return epoch + h::table_new_year(j) + before + day - 1;
        }
        return to_jdn_exact(year, month, day);
    }

    // to_jdn outside the table window, out of line like from_day_exact.
    KALENDS_HEBREW_NOINLINE static constexpr std::int64_t to_jdn_exact(int year, int month, int day) noexcept {
        namespace h = hebrew_detail;
        const std::int64_t start = h::new_year_offset(static_cast<std::uint64_t>(year));
        const std::int64_t next = h::new_year_offset(static_cast<std::uint64_t>(year) + 1);
        const std::uint32_t kind = h::kind_of(static_cast<std::uint32_t>(next - start));
        return epoch + start + h::month_starts[kind][static_cast<std::uint32_t>(month - 1)] + day - 1;
    }

    // Precondition: first_jdn<hebrew>() <= jdn <= last_jdn<hebrew>().
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        namespace h = hebrew_detail;
        const std::int64_t z = jdn - epoch;
        const auto u = static_cast<std::uint64_t>(z - h::window_first_day);
        if (u < h::window_days) [[likely]] {
            // The estimate is the year or the one before: load two table
            // entries and select.
            const std::uint32_t j0 = h::table_estimate(u);
            const std::int64_t a = h::table_new_year(j0);
            const std::int64_t b = h::table_new_year(j0 + 1);
            const auto later = static_cast<std::uint32_t>(z >= b);
            // Selects as masks: a branch here would go either way about half the time.
            const std::int64_t start = a + ((b - a) & -static_cast<std::int64_t>(later));
            const std::uint32_t k0 = h::table_kind(j0);
            const std::uint32_t kind = k0 + ((h::table_kind(j0 + 1) - k0) & (0U - later));
            const auto year = static_cast<int>(h::first_table_year + j0 + later);
            return h::month_day(year, static_cast<std::uint32_t>(z - start), kind);
        }
        return from_day_exact(z);
    }

    // from_jdn outside the table window, kept out of line so that the
    // window's path needs few registers. z: days since the epoch.
    KALENDS_HEBREW_NOINLINE static constexpr date_parts from_day_exact(std::int64_t z) noexcept {
        namespace h = hebrew_detail;
        const std::uint64_t y0 = h::year_estimate(static_cast<std::uint64_t>(z));
        std::int64_t start = h::new_year_offset(y0 + 1);
        std::int64_t next = 0;
        std::uint64_t y = y0 + 1;
        if (z >= start) {
            next = h::new_year_offset(y0 + 2);
        } else {
            next = start;
            start = h::new_year_offset(y0);
            y = y0;
        }
        return h::month_day(static_cast<int>(y), static_cast<std::uint32_t>(z - start),
                            h::kind_of(static_cast<std::uint32_t>(next - start)));
    }

    // The month code of an ordinal month: M05L for Adar I, M06 for Adar
    // (Adar II in a leap year). Precondition: 1 <= month <= months_in_year(year).
    static constexpr kalends::month_code month_code(int month, int year) noexcept {
        if (!is_leap(year) || month <= 5) return kalends::month_code(month);
        if (month == 6) return kalends::month_code(5, true);
        return kalends::month_code(month - 1);
    }

    // Temporal's constrain rule for a year without Adar I (M05L): Adar (M06).
    // Precondition: code.is_leap(); only M05L exists as a leap code here.
    static constexpr kalends::month_code month_code_for_missing_leap(kalends::month_code code) noexcept {
        return kalends::month_code(code.number() == 5 ? 6 : code.number());
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

static_assert(calendar_kernel<hebrew>);

}  // namespace kalends::kernels
