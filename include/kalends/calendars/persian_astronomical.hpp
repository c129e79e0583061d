// Astronomical Persian (Solar Hijri) calendar: 1 Farvardin is the day whose
// apparent noon at the Iranian standard meridian (52.5 degrees east, UT+3:30)
// is the first apparent noon after the March equinox -- the rule of Iran's
// calendar law of 1925, as Reingold & Dershowitz ("Calendrical Calculations")
// compute it. Months as in every Persian kernel: six of 31 days, five of 30,
// Esfand 29 or 30.
//
// The new years are not computed at run time: scripts/generate_persian_astronomical.py
// computes them for 1 .. 3001 AP from its own implementation of the solar
// longitude (Bretagnon & Simon's 49-term series with aberration and
// nutation), the equation of time (Meeus) and Delta T (Espenak & Meeus), and
// stores each year's deviation from the 33-year rule (persian_33) in two bits
// (persian_astronomical_table.hpp, 94 words). Between 1 and 3000 AP the
// deviation is -1, 0 or +1; between 1800 and 2200 CE (1179 .. 1579 AP) the
// only year where astronomy and the 33-year rule disagree is 1503 AP, whose
// new year is 2124-03-20 (the rule says 03-21); from 1206 to 1498 AP every
// new year is the 33-year rule's, i.e. the official Iranian one.
//
// Accuracy: the generator lists (--list) the years whose equinox lies within
// 10 minutes of the deciding noon; there the answer depends on the
// ephemeris and above all on Delta T, which is uncertain by minutes in the
// 21st century and by hours in the distant past and future. Outside the
// table the rule is undefined in practice.
//
// Range: min_year = 1 to max_year = 3000 AP (JDN 1948321 = 622-03-22 Gregorian
// to JDN 3044047 = 3622-03-20); the kernel's range ends there (no extrapolation). No year 0.
// O(1): a new year is the 33-year rule's plus one table lookup. The
// conversions read a second table built from it at compile time: per year
// (3000 of them, 12 KB) its first day and whether the year before is leap,
// in one 32-bit word. from_jdn estimates the year from the mean year, reads
// one word and corrects by one comparison; to_jdn reads the next year's
// word. One load and no data-dependent branch each way, so a loop of them
// vectorizes (the bulk API's fast forms: the window is the whole range).
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/persian.hpp>
#include <kalends/calendars/persian_astronomical_table.hpp>
#include <kalends/calendars/persian_kernel.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace kalends::kernels {

namespace persian_astronomical_detail {

inline constexpr std::uint32_t year_count =
    persian_astronomical_data::last_year - persian_astronomical_data::first_year + 1;

// JDN of 1 Farvardin of year a (1 <= a <= last_year + 1), from the 33-year rule and the deviation table.
constexpr std::int64_t table_new_year(std::int64_t a) noexcept {
    const auto i = static_cast<std::size_t>(a - persian_astronomical_data::first_year);
    const std::uint64_t word = persian_astronomical_data::deviation_bits[i / 32];
    return persian_33::new_year(a) + static_cast<int>((word >> (2 * (i % 32))) & 3U) - 2;
}

inline constexpr std::int64_t first_new_year = table_new_year(persian_astronomical_data::first_year);
// The table is padded to a power of two so that an index is kept inside it
// by a mask: a clamp to the last entry lets GCC fold that entry's load into
// a branch, which stops the vectorizer.
inline constexpr std::uint32_t word_count = 4096;
inline constexpr std::uint32_t word_mask = word_count - 1;
static_assert(year_count < word_count);
// Word i is stored at slot(i), rotated by half the table: inside the bulk
// loop GCC knows a valid year's range, and would drop a plain mask on it,
// load unmasked in a branch of its own and not vectorize; a range that
// wraps around the table's end keeps the mask.
inline constexpr std::uint32_t rotation = word_count / 2;
static_assert(year_count + rotation > word_count);
constexpr std::uint32_t slot(std::uint32_t i) noexcept { return (i + rotation) & word_mask; }

// Word i (0 .. year_count, at slot(i)): 2 * (days from the first new year to that of
// year first_year + i) + 1 if the year before it is leap; word year_count is
// the range's end, and so are the padding words after it.
constexpr std::array<std::uint32_t, word_count> make_year_words() {
    std::array<std::uint32_t, word_count> words{};
    std::int64_t previous = first_new_year - 365;  // year 0 counts as common: never read
    for (std::uint32_t i = 0; i <= year_count; ++i) {
        const std::int64_t start = table_new_year(persian_astronomical_data::first_year + static_cast<std::int64_t>(i));
        const std::int64_t length = start - previous;
        if (length != 365 && length != 366) throw "persian_astronomical: a year is neither 365 nor 366 days";
        words[slot(i)] = static_cast<std::uint32_t>(2 * (start - first_new_year) + (length - 365));
        previous = start;
    }
    for (std::uint32_t i = year_count + 1; i < word_count; ++i) words[slot(i)] = words[slot(year_count)];
    return words;
}

inline constexpr std::array<std::uint32_t, word_count> year_words = make_year_words();

// The year estimate from the day d since the first new year: (d + 183) over
// the mean year of the table (11759227 = 2^32 over it, rounded up) is the
// year or the one after, as every new year lies within a day of the mean
// line (checked below for each year's first and last day).
constexpr std::uint32_t year_estimate(std::uint32_t d) noexcept {
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(d + 183) * 11759227U) >> 32);
}

constexpr bool year_estimate_holds() {
    for (std::uint32_t i = 0; i < year_count; ++i) {
        const std::uint32_t first = year_words[slot(i)] >> 1;
        const std::uint32_t last = (year_words[slot(i + 1)] >> 1) - 1;
        for (const std::uint32_t d : {first, last}) {
            const std::uint32_t e = year_estimate(d);
            if (e != i && e != i + 1) return false;
        }
    }
    return true;
}
static_assert(year_estimate_holds(), "persian_astronomical: the year estimate is off by more than a year");

}  // namespace persian_astronomical_detail

struct persian_astronomical : persian_kernel<persian_astronomical> {
    // The kernel's range replaces the base's on purpose (CRTP).
    // cppcheck-suppress duplInheritedMember
    static constexpr int min_year = persian_astronomical_data::first_year;
    // cppcheck-suppress duplInheritedMember
    static constexpr int max_year = persian_astronomical_data::last_year;

    // Astronomical new year minus the 33-year rule's, for 1 <= a <= max_year + 1.
    static constexpr int deviation(std::int64_t a) noexcept {
        const auto i = static_cast<std::size_t>(a - min_year);
        const std::uint64_t word = persian_astronomical_data::deviation_bits[i / 32];
        return static_cast<int>((word >> (2 * (i % 32))) & 3U) - 2;
    }

    // JDN of 1 Farvardin of year a, for 1 <= a <= max_year + 1.
    static constexpr std::int64_t new_year(std::int64_t a) noexcept { return persian_33::new_year(a) + deviation(a); }

    // Precondition: min_year <= year <= max_year.
    static constexpr bool is_leap_year(int year) noexcept {
        return new_year(static_cast<std::int64_t>(year) + 1) - new_year(year) == 366;
    }

    // The year whose new year is the last one on or before jdn.
    // Precondition: jdn within the kernel's range.
    static constexpr std::int64_t year_containing(std::int64_t jdn) noexcept {
        std::int64_t a = persian_33::year_containing(jdn);
        if (a < min_year) a = min_year;
        if (a > max_year + 1) a = max_year + 1;
        if (new_year(a) > jdn) return a - 1;
        if (a <= max_year && new_year(a + 1) <= jdn) return a + 1;
        return a;
    }

    // The bulk API's fast forms (src/bulk_loops.hpp): the window is the whole range.
    static constexpr std::int64_t fast_first_jdn = persian_astronomical_detail::first_new_year;
    static constexpr std::int64_t fast_last_jdn =
        fast_first_jdn +
        (persian_astronomical_detail::year_words[persian_astronomical_detail::slot(persian_astronomical_detail::year_count)] >> 1) - 1;

    // The word of the year after `year`; any year reads inside the table.
    static constexpr std::uint32_t next_year_word(int year) noexcept {
        namespace pd = persian_astronomical_detail;
        const std::uint32_t next = static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(min_year) + 1;
        return pd::year_words[pd::slot(next)];
    }

    // Days before the first of month m + 1 (m = 0 .. 11): 31 per month up to Mehr, then 30.
    static constexpr std::uint32_t days_before_month0(std::uint32_t m) noexcept { return 30 * m + (m < 6 ? m : 6); }

    // Branch-free: the year in range, the month 1 .. 12, the day within the month.
    static constexpr bool is_valid_fast(int year, int month, int day) noexcept {
        const std::uint32_t leap = next_year_word(year) & 1U;
        const std::uint32_t m = static_cast<std::uint32_t>(month) - 1;
        // 31 days up to Shahrivar (m < 6), 30 to Bahman, Esfand 29 or 30, for
        // m < 12. Borrows rather than compares: GCC turns the comparisons
        // into branches (jump threading), which stops the vectorizer.
        const std::uint32_t before_7 = (m - 6) >> 31;
        const std::uint32_t before_12 = (m - 11) >> 31;
        const std::uint32_t length = 29 + before_7 + before_12 + (leap & (before_12 ^ 1U));
        return (static_cast<std::uint32_t>(year) - static_cast<std::uint32_t>(min_year) <
                static_cast<std::uint32_t>(max_year - min_year + 1)) &
               (m < 12) & (static_cast<std::uint32_t>(day) - 1 < length);
    }

    // Exact when is_valid_fast; any value (no UB) otherwise.
    static constexpr std::int64_t to_jdn_fast(int year, int month, int day) noexcept {
        const std::uint32_t word = next_year_word(year);
        // The year's first day: the next year's less this year's length.
        const std::uint32_t start = (word >> 1) - 365 - (word & 1U);
        const std::uint32_t before = days_before_month0(static_cast<std::uint32_t>(month) - 1);
        return fast_first_jdn + static_cast<std::int64_t>(start + before) + static_cast<std::int64_t>(day) - 1;
    }

    // Exact in the window; any value (no UB) outside it.
    static constexpr date_parts from_jdn_fast(std::int64_t jdn) noexcept {
        namespace pd = persian_astronomical_detail;
        // Wrapped to 32 bits: defined for every jdn (jdn - fast_first_jdn can overflow int64).
        const std::uint32_t d = static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(fast_first_jdn);
        const std::uint32_t e = pd::year_estimate(d);
        const std::uint32_t word = pd::year_words[pd::slot(e)];
        // The estimate is the year or the one after: back one when d is before its start.
        const std::uint32_t back = d < (word >> 1);
        const std::uint32_t day_of_year = d - (word >> 1) + back * (365 + (word & 1U));
        // As persian_kernel::parts_from_day_of_year, in 32 bits.
        const std::uint32_t by_31 = (33 * day_of_year + 1035) >> 10;
        const std::uint32_t by_30 = (273 * day_of_year + 6576) >> 13;
        const std::uint32_t month = by_31 > by_30 ? by_31 : by_30;
        return {min_year + static_cast<int>(e - back), static_cast<int>(month),
                static_cast<int>(day_of_year - days_before_month0(month - 1) + 1)};
    }

    // Both exact over the whole range (the base's would divide in 64 bits).
    // Precondition: is_valid_date<persian_astronomical>(year, month, day).
    // cppcheck-suppress duplInheritedMember
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept { return to_jdn_fast(year, month, day); }

    // Precondition: jdn within the kernel's range.
    // cppcheck-suppress duplInheritedMember
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept { return from_jdn_fast(jdn); }
};

static_assert(calendar_kernel<persian_astronomical>);

}  // namespace kalends::kernels
