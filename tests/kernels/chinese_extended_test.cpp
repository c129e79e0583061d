// The opt-in chinese-extended and dangi-extended kernels: the table's
// calendars day for day in its years, joined to the mean-motion years on
// both sides without a gap, well-formed in every year 1..9999, and close to
// ICU 72's astronomical chinese and dangi calendars outside the table: the
// measure of how approximate they are (a true new moon is up to about 14
// hours from the mean one, so about a third of month starts are a day away;
// a leap month may be another). Every day of the range round-trips.
#include <kalends/calendars/chinese_extended.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace {

using namespace kalends_test;
using kalends::kernels::chinese;
using kalends::kernels::chinese_extended;
using kalends::kernels::dangi;
using kalends::kernels::dangi_extended;
namespace kk = kalends::kernels;

template <class Extended, class Table>
void check_table_years() {
    for (std::int64_t jdn = Table::first_day; jdn <= Table::last_day; ++jdn) {
        const date_parts p = Table::from_jdn(jdn);
        ASSERT_EQ(Extended::from_jdn(jdn), p) << jdn;
        ASSERT_EQ(Extended::to_jdn(p.year, p.month, p.day), jdn) << show(p);
        ASSERT_EQ(Extended::month_code(p.month, p.year), Table::month_code(p.month, p.year)) << show(p);
    }
    for (int year = Table::min_year; year <= Table::max_year; ++year) {
        ASSERT_EQ(Extended::months_before(year + 1) - Extended::months_before(year), Table::months_in_year(year)) << year;
    }
}

TEST(chinese_extended_kernel, is_the_table_in_its_years) {
    check_table_years<chinese_extended, chinese>();
    check_table_years<dangi_extended, dangi>();
}

template <class Extended, class Table>
void check_joins() {
    // The last day before the table is the eve of its first, its first year's
    // new year is the table's, and the first year after it starts the day after its last.
    const int before = Table::min_year - 1;
    const int last_month = Extended::months_in_year(before);
    EXPECT_EQ(Extended::to_jdn(before, last_month, Extended::days_in_month(last_month, before)) + 1, Table::first_day);
    EXPECT_EQ(Extended::from_jdn(Table::first_day - 1),
              (date_parts{before, last_month, Extended::days_in_month(last_month, before)}));
    EXPECT_EQ(Extended::to_jdn(Table::max_year + 1, 1, 1), Table::last_day + 1);
    EXPECT_EQ(Extended::from_jdn(Table::last_day + 1), (date_parts{Table::max_year + 1, 1, 1}));
    check_days<Extended>(Table::first_day - 3000, Table::first_day + 3000);
    check_days<Extended>(Table::last_day - 3000, Table::last_day + 3000);
    EXPECT_EQ(Extended::exact_min_year, Table::min_year);
    EXPECT_EQ(Extended::exact_max_year, Table::max_year);
}

TEST(chinese_extended_kernel, joins_the_table_without_a_gap) {
    check_joins<chinese_extended, chinese>();
    check_joins<dangi_extended, dangi>();
}

template <class Extended>
void check_years() {
    int leap_years = 0;
    int first_new_year = 366;
    int last_new_year = 0;
    check_leap_month_years<Extended>(Extended::min_year, Extended::max_year);
    for (int year = Extended::min_year; year <= Extended::max_year; ++year) {
        const int months = Extended::months_in_year(year);
        const int days = Extended::days_in_year(year);
        ASSERT_TRUE(months == 12 ? days >= 353 && days <= 355 : days >= 383 && days <= 385) << year << ": " << days;
        if (year < Extended::max_year) {
            ASSERT_EQ(Extended::months_before(year + 1) - Extended::months_before(year), months) << year;
        }
        // The Spring Festival: January 21 .. February 20 today (CLDR, HKO), a
        // window that moves by about a day per two thousand years as the
        // Gregorian year and the solstice year part.
        const date_parts new_year = kk::gregorian::from_jdn(Extended::to_jdn(year, 1, 1));
        ASSERT_EQ(new_year.year, year);
        const int day_of_year = new_year.month == 1 ? new_year.day : 31 + new_year.day;
        first_new_year = std::min(first_new_year, day_of_year);
        last_new_year = std::max(last_new_year, day_of_year);
        ASSERT_TRUE(day_of_year >= 17 && day_of_year <= 31 + 24) << year << ": " << show(new_year);
        if (year >= 1900 && year <= 2100) {
            ASSERT_TRUE(day_of_year >= 21 && day_of_year <= 31 + 20) << year << ": " << show(new_year);
        }
        leap_years += months == 13 ? 1 : 0;
    }
    // 7 leap years in 19, as the Metonic cycle has them.
    const double share = static_cast<double>(leap_years) / (Extended::max_year - Extended::min_year + 1);
    EXPECT_NEAR(share, 7.0 / 19.0, 0.002);
    std::printf("Spring Festivals of years 1..9999 from day %d to day %d of the Gregorian year\n", first_new_year,
                last_new_year);
}

TEST(chinese_extended_kernel, every_year_is_well_formed) {
    check_years<chinese_extended>();
    check_years<dangi_extended>();
}

TEST(chinese_extended_kernel, every_day_round_trips) {
    check_range_ends<chinese_extended>(3000);
    check_range_ends<dangi_extended>(3000);
    EXPECT_EQ(kk::first_jdn<chinese_extended>(), kk::gregorian::to_jdn(1, 2, 10));  // mean new moon of 0001-02-10
    check_days<chinese_extended>(kk::first_jdn<chinese_extended>(), kk::last_jdn<chinese_extended>());
    check_days<dangi_extended>(kk::first_jdn<dangi_extended>(), kk::last_jdn<dangi_extended>());
}

#if KALENDS_HAVE_ICU
// How the mean-motion months stand to ICU's astronomical ones in the years
// [from, to]: each month start of the kernel is ICU's too, or a day from one,
// or neither (another leap month moves a whole month).
struct agreement {
    int same = 0;
    int a_day_apart = 0;
    int other = 0;
    int same_new_years = 0;
    int years = 0;
};

template <class K>
agreement against_icu(const char* locale, int year_offset, int from, int to) {
    icu_calendar icu(locale);
    agreement a;
    const auto icu_day = [&](std::int64_t jdn) {
        icu.set(jdn);
        return std::tuple{icu.get(UCAL_EXTENDED_YEAR) - year_offset, icu.get(UCAL_MONTH) + 1,
                          icu.get(UCAL_IS_LEAP_MONTH) != 0, icu.get(UCAL_DATE)};
    };
    for (int year = from; year <= to; ++year) {
        ++a.years;
        for (int m = 1; m <= K::months_in_year(year); ++m) {
            const std::int64_t start = K::to_jdn(year, m, 1);
            const auto code = K::month_code(m, year);
            const std::tuple ours{year, code.number(), code.is_leap(), 1};
            const auto icu_start = icu_day(start);
            const bool same_month = std::get<0>(icu_start) == year && std::get<1>(icu_start) == code.number() &&
                                    std::get<2>(icu_start) == code.is_leap();
            if (icu_start == ours) {
                ++a.same;
                if (m == 1) ++a.same_new_years;
            } else if ((same_month && std::get<3>(icu_start) == 2) || icu_day(start + 1) == ours) {
                ++a.a_day_apart;  // ICU starts the month a day earlier, or a day later
            } else {
                ++a.other;
            }
        }
    }
    return a;
}

void report(const char* name, const agreement& a) {
    const int months = a.same + a.a_day_apart + a.other;
    std::printf("%s: %d months of %d years: %d same start as ICU (%.1f %%), %d a day apart, %d otherwise; "
                "%d of %d new years the same\n",
                name, months, a.years, a.same, 100.0 * a.same / months, a.a_day_apart, a.other, a.same_new_years,
                a.years);
}

void expect_close(const agreement& a) {
    const int months = a.same + a.a_day_apart + a.other;
    // About half the starts or more the same day, nearly all others a day
    // apart; the rest are months that a leap month placed elsewhere numbers
    // otherwise (ICU places it by the true solar terms).
    EXPECT_GT(a.same, months * 45 / 100);
    EXPECT_GT(a.same + a.a_day_apart, months * 90 / 100);
    EXPECT_GT(a.same_new_years, a.years * 55 / 100);
}
#endif

TEST(chinese_extended_kernel, close_to_icu_outside_the_table) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    const agreement chinese_before = against_icu<chinese_extended>("zh@calendar=chinese", 2637, 1000, 1644);
    const agreement chinese_after = against_icu<chinese_extended>("zh@calendar=chinese", 2637, 2645, 3000);
    const agreement dangi_before = against_icu<dangi_extended>("ko@calendar=dangi", 2333, 1000, 1644);
    const agreement dangi_after = against_icu<dangi_extended>("ko@calendar=dangi", 2333, 2645, 3000);
    report("chinese-extended 1000-1644", chinese_before);
    report("chinese-extended 2645-3000", chinese_after);
    report("dangi-extended 1000-1644", dangi_before);
    report("dangi-extended 2645-3000", dangi_after);
    expect_close(chinese_before);
    expect_close(chinese_after);
    expect_close(dangi_before);
    expect_close(dangi_after);
#endif
}

}  // namespace
