// The astronomical Chinese calendar and the Korean Dangi calendar, lunar
// years 1645 .. 2644 (related Gregorian years: the year in which month 1
// day 1, the Spring Festival, falls), from a generated table.
//
// The rule (GB/T 33661-2017; Korea's calendar is the same rule at another
// meridian): a month begins on the local civil day that contains the new
// moon; the month containing the winter solstice is month 11; a sui (month
// 11 to the month before the next month 11) of 13 months has a leap month,
// the first of its months that contains no major solar term (Sun's apparent
// longitude a multiple of 30 degrees), and it takes the number of the month
// before it. Local time: chinese UTC+8 from 1929 and Beijing mean time
// (UTC+7:45:40) before; dangi UTC+9 from 1912 and UTC+8 before. The two
// differ in 392 of the 1000 years: in 371 some month starts a day apart
// (1914, 1916, 1920, 1987, ...), in 21 the leap month is another (2012:
// chinese M04L, dangi M03L; 2017; 2099).
//
// Why a table: the rule needs the Moon's and the Sun's positions to a
// minute. scripts/generate_chinese_table.py computes them (Meeus ch. 49 new
// moons with all periodic and planetary terms, the Bretagnon-Simon solar
// longitude, Espenak-Meeus Delta T; see docs/chinese-calendar.md) and writes
// chinese_table.hpp: one 32-bit word per year and calendar (month lengths,
// leap month ordinal, Spring Festival as a day of its Gregorian year), 2 x 4000
// bytes. Months are ordinal here, 1 .. 12 or 13: in a year whose leap month
// has ordinal L, months L - 1 and L share a number and month_code names them
// M(L-1) and M(L-1)L (2023: ordinal 3 is M02L, 2023-03-22 .. 04-19).
//
// Accuracy: where a new moon or a major solar term falls within minutes of
// local midnight, an ephemeris or a Delta T a little different moves a month
// start by one day (and, for a solar term, possibly the leap month); the
// generator lists those cases (--list, and the doc). Agrees with the Hong
// Kong Observatory's tables (through lunardate) every day 1900 .. 2099 but
// in five months: two where the calendar published at the time was computed
// otherwise (1906, 1978: new moons 8 and 9 minutes from midnight) and three
// errors of lunardate's table (1933, 1954, 1956); see the doc. Delta T is an
// extrapolation after ~2020 that is uncertain by minutes by 2100 and by an
// hour or more by 2600, so late years are predictions.
//
// Cost: O(1). Built at compile time from the table (and checked: a year's
// month lengths must end where the next year's Spring Festival begins, and
// the year estimate below must hold for every year): per year the day of
// its Spring Festival counted from the first one, and the months before it
// (1001 entries of each, 6 KB per calendar). from_jdn estimates the year
// from the mean year and corrects it by one comparison; the month within the
// year is r / 30 or one more (one popcount and one comparison); to_jdn is a
// load and a popcount.
//
// Range: min_year = 1645 (first day 1645-01-28, JDN 2321912, in both) to
// max_year = 2644 (last day 2645-02-17, JDN 2687174, chinese; 2645-02-18
// dangi); no extrapolation. No year 0 (none in range).
#pragma once

#include <kalends/calendars/chinese_table.hpp>
#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/month_code.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace kalends::kernels {

namespace chinese_detail {

inline constexpr std::uint32_t year_count = chinese_data::year_count;
using year_words = std::array<std::uint32_t, year_count>;

// Fields of a table word (see chinese_table.hpp).
constexpr unsigned long_months(std::uint32_t word) noexcept { return word & 0x1fffU; }
constexpr unsigned leap_ordinal(std::uint32_t word) noexcept { return (word >> 13) & 0xfU; }
constexpr unsigned month_count(std::uint32_t word) noexcept { return leap_ordinal(word) != 0 ? 13U : 12U; }
constexpr unsigned day_of_year(std::uint32_t word) noexcept { return word >> 17; }

// Days in the first k months of a year (0 <= k <= 13): 29 each, plus one per 30-day month.
constexpr unsigned days_before(std::uint32_t word, unsigned k) noexcept {
    return 29 * k + static_cast<unsigned>(std::popcount(long_months(word) & ((1U << k) - 1U)));
}

// JDN of January 1 of Gregorian year y (y >= 1).
constexpr std::int64_t gregorian_january_1(std::int64_t y) noexcept {
    const std::int64_t p = y - 1;
    return 1721426 + 365 * p + p / 4 - p / 100 + p / 400;
}

// Per year i (0 .. year_count; entry year_count is the end of the table): the
// days from the first Spring Festival to that of year first_year + i, and the
// months before it since the first one.
struct year_index {
    std::int64_t first_jdn;
    std::array<std::uint32_t, year_count + 1> start;
    std::array<std::uint16_t, year_count + 1> months_before;
};

constexpr year_index make_year_index(const year_words& years, std::int64_t end_jdn) {
    year_index index{};
    index.first_jdn = gregorian_january_1(chinese_data::first_year) + day_of_year(years[0]);
    std::uint32_t start = 0;
    std::uint32_t months = 0;
    for (std::uint32_t i = 0; i < year_count; ++i) {
        const std::uint32_t word = years[i];
        const unsigned leap = leap_ordinal(word);
        const std::int64_t sf = gregorian_january_1(chinese_data::first_year + std::int64_t{i}) + day_of_year(word);
        if (sf != index.first_jdn + start) throw "chinese: month lengths disagree with the Spring Festivals";
        if (leap == 1 || word >> 23 != 0 || (long_months(word) >> month_count(word)) != 0)
            throw "chinese: malformed year word";
        index.start[i] = start;
        index.months_before[i] = static_cast<std::uint16_t>(months);
        start += days_before(word, month_count(word));
        months += month_count(word);
    }
    if (index.first_jdn + start != end_jdn) throw "chinese: month lengths disagree with the end of the table";
    index.start[year_count] = start;
    index.months_before[year_count] = static_cast<std::uint16_t>(months);
    return index;
}

// The year estimate from the day d since the first Spring Festival: (d + 183)
// over the mean year (11759222 = 2^32 / 365.2422, rounded up) is the year or
// the one after, as every Spring Festival lies within about 15 days of the
// mean line and 183 is half a year (checked below for each year's first and
// last day; the estimate grows with d, so the days between hold too).
constexpr std::uint32_t year_estimate(std::uint32_t d) noexcept {
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(d + 183) * 11759222U) >> 32);
}

constexpr bool year_estimate_holds(const year_index& index) {
    for (std::uint32_t i = 0; i < year_count; ++i) {
        for (const std::uint32_t d : {index.start[i], index.start[i + 1] - 1}) {
            const std::uint32_t e = year_estimate(d);
            if (e != i && e != i + 1) return false;
        }
    }
    return true;
}

inline constexpr year_index chinese_index = make_year_index(chinese_data::chinese_years, chinese_data::chinese_end_jdn);
inline constexpr year_index dangi_index = make_year_index(chinese_data::dangi_years, chinese_data::dangi_end_jdn);
static_assert(year_estimate_holds(chinese_index), "chinese: the year estimate is off by more than a year");
static_assert(year_estimate_holds(dangi_index), "dangi: the year estimate is off by more than a year");

// The month code of ordinal month `month` of a year whose leap month has
// ordinal `leap` (0: none): the leap month is M(n)L after month M(n), and the
// months after it are numbered one less than their ordinal.
constexpr kalends::month_code code_of_month(int month, int leap) noexcept {
    if (leap == 0 || month < leap) return kalends::month_code(month);
    return kalends::month_code(month - 1, month == leap);
}

// The ordinal month of a month code in such a year, or 0 if the code names no
// month of it (a leap code other than the year's leap month, or a number
// outside 1 .. 12). A missing leap month is constrained to the month of its
// number (the backend's default, Temporal's rule).
constexpr int month_of_code(kalends::month_code code, int leap) noexcept {
    const int n = code.number();
    if (n < 1 || n > 12) return 0;
    if (code.is_leap()) return leap != 0 && leap - 1 == n ? leap : 0;
    return leap != 0 && n >= leap ? n + 1 : n;
}

// Ordinal month and day of day `r` (0-based) of `year`, whose word is `w`.
// Month k (0-based) starts at s_k with 29 k <= s_k <= 30 k, so
// floor(r / 30) <= k <= floor(r / 29), at most one apart for r < 870.
constexpr date_parts date_in_year(int year, std::uint32_t w, std::uint32_t r) noexcept {
    std::uint32_t k = r / 30;
    k = k < 12 ? k : 12;  // [0, 12]
    k += static_cast<std::uint32_t>(r >= days_before(w, k + 1));
    return {year, static_cast<int>(k + 1), static_cast<int>(r - days_before(w, k) + 1)};
}

// What a kernel whose years are table words (chinese_table.hpp) reads from
// them: the year's shape, its month codes, the cycle year and to_jdn.
// Kernel provides word(year) and new_year(year), the JDN of month 1 day 1.
template <class Kernel>
struct year_word_rules {
    // The ordinal (2 .. 13) of the year's leap month, 0 if it has none.
    static constexpr int leap_month(int year) noexcept { return static_cast<int>(leap_ordinal(Kernel::word(year))); }

    static constexpr bool is_leap_year(int year) noexcept { return leap_ordinal(Kernel::word(year)) != 0; }

    static constexpr int months_in_year(int year) noexcept { return static_cast<int>(month_count(Kernel::word(year))); }

    // Precondition: 1 <= month <= months_in_year(year).
    static constexpr int days_in_month(int month, int year) noexcept {
        return 29 + static_cast<int>((long_months(Kernel::word(year)) >> (month - 1)) & 1U);
    }

    static constexpr int max_days_in_month_of(int /*month*/) noexcept { return 30; }

    // 353 .. 355 days in a year of 12 months, 383 .. 385 in one of 13.
    static constexpr int days_in_year(int year) noexcept {
        const std::uint32_t w = Kernel::word(year);
        return static_cast<int>(days_before(w, month_count(w)));
    }

    // The position of the year in the 60-year cycle, 1 (jiazi) .. 60: 1984 is 1.
    static constexpr int cycle_year(int year) noexcept { return (year - 4) % 60 + 1; }

    // Precondition: is_valid_date<K>(year, month, day).
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return Kernel::new_year(year) + days_before(Kernel::word(year), static_cast<unsigned>(month - 1)) + day - 1;
    }

    // Precondition: 1 <= month <= months_in_year(year).
    static constexpr kalends::month_code month_code(int month, int year) noexcept {
        return code_of_month(month, leap_month(year));
    }
    static constexpr int month_from_code(kalends::month_code code, int year) noexcept {
        return month_of_code(code, leap_month(year));
    }
};

// A lunisolar calendar of the table's shape: years of 12 or 13 months of 29 or 30 days.
template <const year_words& Years, const year_index& Index>
struct table_kernel : year_word_rules<table_kernel<Years, Index>> {
    static constexpr int min_year = chinese_data::first_year;
    static constexpr int max_year = chinese_data::last_year;
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 13;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 30;

    // JDN of the first day of min_year and of the last day of max_year.
    static constexpr std::int64_t first_day = Index.first_jdn;
    static constexpr std::int64_t last_day = Index.first_jdn + Index.start[year_count] - 1;

    // Precondition for everything taking a year: min_year <= year <= max_year.
    static constexpr std::uint32_t word(int year) noexcept {
        return Years[static_cast<std::size_t>(year - min_year)];
    }

    // JDN of month 1 day 1 (the Spring Festival).
    static constexpr std::int64_t new_year(int year) noexcept {
        return first_day + Index.start[static_cast<std::size_t>(year - min_year)];
    }

    static constexpr int days_before_month(int month, int year) noexcept {
        return static_cast<int>(days_before(word(year), static_cast<unsigned>(month - 1)));
    }

    // Months before month 1 of `year` since month 1 of min_year (year up to
    // max_year + 1; clamped to the table outside that).
    static constexpr std::int64_t months_before(std::int64_t year) noexcept {
        const std::int64_t i = year - min_year;
        const std::int64_t clamped = i < 0 ? 0 : (i > std::int64_t{year_count} ? std::int64_t{year_count} : i);
        return Index.months_before[static_cast<std::size_t>(clamped)];
    }

    // Precondition: first_day <= jdn <= last_day; any value (no UB) outside.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        // Wrapped to 32 bits: [0, 365 242) in range, and defined for any jdn.
        const std::uint32_t d = static_cast<std::uint32_t>(jdn) - static_cast<std::uint32_t>(first_day);
        // The year or the one after; capped at the last year, which is right
        // for its days too (they are never before its start).
        std::uint32_t e = year_estimate(d);
        e = e < year_count - 1 ? e : year_count - 1;
        const std::uint32_t i = e - static_cast<std::uint32_t>(d < Index.start[e]);  // [0, year_count)
        const std::uint32_t w = Years[i];
        const std::uint32_t r = d - Index.start[i];  // [0, 384]: day within the year
        return date_in_year(min_year + static_cast<int>(i), w, r);
    }
};

}  // namespace chinese_detail

struct chinese : chinese_detail::table_kernel<chinese_data::chinese_years, chinese_detail::chinese_index> {};
struct dangi : chinese_detail::table_kernel<chinese_data::dangi_years, chinese_detail::dangi_index> {};

static_assert(calendar_kernel<chinese>);
static_assert(calendar_kernel<dangi>);
static_assert(chinese::first_day == 2321912 && dangi::first_day == 2321912);  // 1645-01-28
static_assert(chinese::last_day == 2687174 && dangi::last_day == 2687175);    // 2645-02-17, 2645-02-18

}  // namespace kalends::kernels
