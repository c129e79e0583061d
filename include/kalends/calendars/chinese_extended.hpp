// The Chinese and Dangi calendars with an approximation outside their table:
// the opt-in chinese-extended and dangi-extended, related Gregorian years
// 1 .. 9999. Inside 1645 .. 2644 they are the table's calendars, day for day;
// outside, the same rule (month 11 holds the winter solstice, a sui of 13
// months has a leap month, the first without a major solar term) is applied
// to mean motions instead of the true Moon and Sun:
//  - new moons every mean synodic month (29.530588853 days, Meeus 49.1), the
//    first at the mean new moon nearest the table's first month start (after
//    the table: its end), moved into that day if it falls outside it, so
//    that the months before and after the table meet it without a gap;
//  - major solar terms every twelfth of a December-solstice year from the
//    mean December solstice of 2000 (Meeus table 27.B, JDE 2451900.05952):
//    365.2428 days before the table (its mean from year 1 to 2000 by Meeus'
//    polynomials), 365.24274 after (its value at 2000);
//  - local time as the table has it at its ends: chinese UTC+7:45:40 before
//    and UTC+8 after, dangi UTC+8 before and UTC+9 after; no Delta T.
// All in integer nanodays, so that every machine gives the same dates.
//
// Approximate: a true new moon is up to about 14 hours from the mean one,
// so outside the table a month starts on another day than the astronomical
// calendar's in about a third of months, and a leap month can be another;
// against ICU 72's astronomical chinese and dangi (tests/kernels), which
// nobody used before 1645 either: the calendars of the time had rules of
// their own. The backend reports the table's years as its exact years
// (calendar::exact_years, `kalends info`), so that nothing presents these
// dates as exact.
#pragma once

#include <kalends/calendars/chinese.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/kernel.hpp>

#include <cstdint>
#include <limits>

namespace kalends::kernels {

namespace chinese_detail {

// Moments in nanodays of Julian Day, local time.
inline constexpr std::int64_t nanoday = 1'000'000'000;
inline constexpr std::int64_t mean_synodic_month = 29'530'588'853;
inline constexpr std::int64_t mean_new_moon_2000 = 2'451'550'097'660'000;     // JDE 2451550.09766, Meeus (49.1) k = 0
inline constexpr std::int64_t december_solstice_2000 = 2'451'900'059'520'000;  // JDE 2451900.05952
inline constexpr std::int64_t solstice_year_before = 365'242'800'000;
inline constexpr std::int64_t solstice_year_after = 365'242'740'000;
// Local time minus UT.
inline constexpr std::int64_t beijing_mean_time = 27'940 * nanoday / 86'400;  // 7:45:40
inline constexpr std::int64_t utc_plus_8 = nanoday / 3;
inline constexpr std::int64_t utc_plus_9 = 3 * nanoday / 8;

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
    const std::int64_t q = a / b;
    return q - static_cast<std::int64_t>((a % b != 0) && ((a < 0) != (b < 0)));
}

// The mean-motion calendar of one side of the table. Months are numbered k:
// month 0 is the table's first month (before it) or the month after its
// last (after it).
struct mean_motions {
    std::int64_t first_new_moon;  // of month 0, local
    std::int64_t local_offset;
    std::int64_t term_interval;  // a twelfth of the solstice year

    // The civil day (JDN) of a local moment: JDN d runs from d - 0.5 to d + 0.5.
    static constexpr std::int64_t day_of(std::int64_t moment) noexcept { return floor_div(moment + nanoday / 2, nanoday); }

    [[nodiscard]] constexpr std::int64_t month_start(std::int64_t k) const noexcept {
        return day_of(first_new_moon + k * mean_synodic_month);
    }
    // The month holding day `day`.
    [[nodiscard]] constexpr std::int64_t month_of_day(std::int64_t day) const noexcept {
        std::int64_t k = floor_div(day * nanoday - first_new_moon, mean_synodic_month);
        while (month_start(k + 1) <= day) ++k;
        while (month_start(k) > day) --k;
        return k;
    }
    // The day of major solar term n, counted from the December solstice of 2000 (n = 0).
    [[nodiscard]] constexpr std::int64_t term_day(std::int64_t n) const noexcept {
        return day_of(december_solstice_2000 + n * term_interval + local_offset);
    }
    [[nodiscard]] constexpr std::int64_t solstice_day(std::int64_t gregorian_year) const noexcept {
        return term_day(12 * (gregorian_year - 2000));
    }
    [[nodiscard]] constexpr bool has_major_term(std::int64_t k) const noexcept {
        const std::int64_t start = month_start(k);
        std::int64_t n = floor_div(start * nanoday - december_solstice_2000 - local_offset, term_interval) - 1;
        while (term_day(n) < start) ++n;
        return term_day(n) < month_start(k + 1);
    }
    // The leap month of the sui from month m11 (holding a solstice) to
    // next_m11: the first month without a major term if the sui has 13
    // months; no_leap_month otherwise.
    static constexpr std::int64_t no_leap_month = std::numeric_limits<std::int64_t>::max();
    [[nodiscard]] constexpr std::int64_t leap_month_of_sui(std::int64_t m11, std::int64_t next_m11) const noexcept {
        if (next_m11 - m11 != 13) return no_leap_month;
        std::int64_t k = m11 + 1;
        while (k < next_m11 && has_major_term(k)) ++k;
        return k;
    }
    // Month 1 after the sui from m11 to next_m11: two months after m11, three if its leap month comes between.
    [[nodiscard]] static constexpr std::int64_t new_year_after(std::int64_t m11, std::int64_t leap) noexcept {
        return m11 + 2 + static_cast<std::int64_t>(leap <= m11 + 2);
    }
    [[nodiscard]] constexpr std::int64_t solstice_month(std::int64_t gregorian_year) const noexcept {
        return month_of_day(solstice_day(gregorian_year));
    }
    // Month 1 of related Gregorian year `year`.
    [[nodiscard]] constexpr std::int64_t new_year_month(std::int64_t year) const noexcept {
        const std::int64_t m11 = solstice_month(year - 1);
        return new_year_after(m11, leap_month_of_sui(m11, solstice_month(year)));
    }

    // The year as a table word (chinese_table.hpp): its 30-day months, the
    // ordinal of its leap month, the day of its Gregorian year it begins on.
    // Its months come from two sui: the one ending at the solstice of
    // December `year`, and the one after (its months 11 and 12).
    [[nodiscard]] constexpr std::uint32_t year_word(std::int64_t year) const noexcept {
        const std::int64_t solstice_before = solstice_month(year - 1);
        const std::int64_t solstice_in_year = solstice_month(year);
        const std::int64_t solstice_after = solstice_month(year + 1);
        const std::int64_t leap_before = leap_month_of_sui(solstice_before, solstice_in_year);
        const std::int64_t leap_after = leap_month_of_sui(solstice_in_year, solstice_after);
        const std::int64_t first = new_year_after(solstice_before, leap_before);
        const std::int64_t end = new_year_after(solstice_in_year, leap_after);
        std::uint32_t long_months = 0;
        std::int64_t start = month_start(first);
        const std::int64_t new_year_day = start;
        for (std::int64_t k = first; k < end; ++k) {
            const std::int64_t next = month_start(k + 1);
            if (next - start == 30) long_months |= 1U << static_cast<unsigned>(k - first);
            start = next;
        }
        std::uint32_t leap = 0;
        for (const std::int64_t k : {leap_before, leap_after}) {
            if (k >= first && k < end) leap = static_cast<std::uint32_t>(k - first + 1);
        }
        const auto day = static_cast<std::uint32_t>(new_year_day - gregorian_january_1(year));
        return long_months | (leap << 13) | (day << 17);
    }
};

// The mean motions of one side, their first new moon the mean one nearest day `anchor_day`, moved into it.
constexpr mean_motions mean_motions_at(std::int64_t anchor_day, std::int64_t local_offset,
                                       std::int64_t solstice_year) noexcept {
    const std::int64_t local_epoch = mean_new_moon_2000 + local_offset;
    const std::int64_t noon = anchor_day * nanoday;
    const std::int64_t k = floor_div(noon - local_epoch + mean_synodic_month / 2, mean_synodic_month);
    std::int64_t moon = local_epoch + k * mean_synodic_month;
    if (moon < noon - nanoday / 2) moon = noon - nanoday / 2;
    if (moon > noon + nanoday / 2 - 1) moon = noon + nanoday / 2 - 1;
    return {moon, local_offset, solstice_year / 12};
}

// A table calendar of chinese.hpp with mean motions before and after it.
template <class Table, const mean_motions& Before, const mean_motions& After>
struct extended_kernel : year_word_rules<extended_kernel<Table, Before, After>> {
    static constexpr int min_year = 1;
    static constexpr int max_year = 9999;
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 13;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 30;
    // The years the table gives; the others are approximate.
    static constexpr int exact_min_year = Table::min_year;
    static constexpr int exact_max_year = Table::max_year;

    static constexpr bool in_table(int year) noexcept { return year >= Table::min_year && year <= Table::max_year; }

    // Precondition for everything taking a year: min_year <= year <= max_year (max_year + 1 for new_year).
    static constexpr std::uint32_t word(int year) noexcept {
        if (in_table(year)) return Table::word(year);
        return (year < Table::min_year ? Before : After).year_word(year);
    }
    static constexpr std::int64_t new_year(int year) noexcept {
        if (in_table(year)) return Table::new_year(year);
        return gregorian_january_1(year) + day_of_year(word(year));
    }

    // Months before month 1 of `year` since month 1 of year 1 (year up to max_year + 1; clamped outside).
    static constexpr std::int64_t months_before(std::int64_t year) noexcept {
        const std::int64_t y = year < min_year ? min_year : (year > max_year + 1 ? max_year + 1 : year);
        return months_from_table_start(y) - months_from_table_start(min_year);
    }

    // Precondition: first_jdn <= jdn <= last_jdn.
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        if (jdn >= Table::first_day && jdn <= Table::last_day) return Table::from_jdn(jdn);
        int year = gregorian::from_jdn(jdn).year;
        std::uint32_t w = word(year);
        std::int64_t start = gregorian_january_1(year) + day_of_year(w);
        if (jdn < start) {  // before the Spring Festival: the end of the year before
            --year;
            w = word(year);
            start = gregorian_january_1(year) + day_of_year(w);
        }
        return date_in_year(year, w, static_cast<std::uint32_t>(jdn - start));  // day [0, 384] of the year
    }

private:
    // Months from the table's first month to month 1 of `year` (negative before it).
    static constexpr std::int64_t months_from_table_start(std::int64_t year) noexcept {
        if (year < Table::min_year) return Before.new_year_month(year);
        if (year <= Table::max_year + 1) return Table::months_before(year);
        return Table::months_before(Table::max_year + 1) + After.new_year_month(year);
    }
};

inline constexpr mean_motions chinese_before =
    mean_motions_at(chinese::first_day, beijing_mean_time, solstice_year_before);
inline constexpr mean_motions chinese_after = mean_motions_at(chinese::last_day + 1, utc_plus_8, solstice_year_after);
inline constexpr mean_motions dangi_before = mean_motions_at(dangi::first_day, utc_plus_8, solstice_year_before);
inline constexpr mean_motions dangi_after = mean_motions_at(dangi::last_day + 1, utc_plus_9, solstice_year_after);

// The mean months meet the table: month 1 of its first year and of the year after its last are month 0.
static_assert(chinese_before.new_year_month(chinese::min_year) == 0 && chinese_before.month_start(0) == chinese::first_day);
static_assert(chinese_after.new_year_month(chinese::max_year + 1) == 0 && chinese_after.month_start(0) == chinese::last_day + 1);
static_assert(dangi_before.new_year_month(dangi::min_year) == 0 && dangi_before.month_start(0) == dangi::first_day);
static_assert(dangi_after.new_year_month(dangi::max_year + 1) == 0 && dangi_after.month_start(0) == dangi::last_day + 1);

}  // namespace chinese_detail

struct chinese_extended
    : chinese_detail::extended_kernel<chinese, chinese_detail::chinese_before, chinese_detail::chinese_after> {};
struct dangi_extended : chinese_detail::extended_kernel<dangi, chinese_detail::dangi_before, chinese_detail::dangi_after> {};

static_assert(calendar_kernel<chinese_extended>);
static_assert(calendar_kernel<dangi_extended>);

}  // namespace kalends::kernels
