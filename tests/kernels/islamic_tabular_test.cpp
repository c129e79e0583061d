// The tabular Islamic family: four leap-year patterns x two epochs.
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/islamic_tabular.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <type_traits>

#include <array>
#include <climits>

namespace {

using namespace kalends_test;
using namespace kalends::kernels;
using P = islamic_leap_pattern;
using E = islamic_epoch;

// The leap years of the 30-year cycle as the literature lists them (van Gent;
// Wikipedia "Tabular Islamic calendar"; S. P. Morse), written out by hand.
constexpr std::array<std::array<int, 11>, 4> published_leap_years{{
    {2, 5, 7, 10, 13, 15, 18, 21, 24, 26, 29},  // I
    {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29},  // II
    {2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29},  // III
    {2, 5, 8, 11, 13, 16, 19, 21, 24, 27, 30},  // IV
}};

template <class K>
void check_published_pattern(const std::array<int, 11>& leap_years) {
    for (int cycle = -3; cycle <= 3; ++cycle) {
        for (int y = 1; y <= 30; ++y) {
            const int year = 30 * cycle + y;  // astronomical
            const int calendar_year = year <= 0 ? year - 1 : year;
            bool leap = false;
            for (int l : leap_years) leap = leap || l == y;
            ASSERT_EQ(K::is_leap_year(calendar_year), leap) << "cycle year " << y;
        }
    }
}

TEST(islamic_tabular_kernel, published_leap_patterns) {
    check_published_pattern<islamic_tabular<P::type_i, E::friday>>(published_leap_years[0]);
    check_published_pattern<islamic_tabular<P::type_ii, E::friday>>(published_leap_years[1]);
    check_published_pattern<islamic_tabular<P::type_iii, E::friday>>(published_leap_years[2]);
    check_published_pattern<islamic_tabular<P::type_iv, E::friday>>(published_leap_years[3]);
    check_published_pattern<islamic_tabular<P::type_iv, E::thursday>>(published_leap_years[3]);
}

TEST(islamic_tabular_kernel, epochs) {
    EXPECT_EQ((islamic_tabular<P::type_iii, E::thursday>::to_jdn(1, 1, 1)), 1948439);
    EXPECT_EQ((islamic_tabular<P::type_iv, E::friday>::to_jdn(1, 1, 1)), 1948440);
    EXPECT_EQ(islamic_tbla::from_jdn(1948438), (date_parts{-1, 12, 29}));
    // Microsoft's published Kuwaiti data point: 2000-01-01 (JDN 2451545) is 25 Ramadan 1420.
    EXPECT_EQ(islamic_kuwaiti::from_jdn(2451545), (date_parts{1420, 9, 25}));
}

template <P Pattern, E Epoch>
void sweep_one() {
    using K = islamic_tabular<Pattern, Epoch>;
    check_days<K>(sweep_first, sweep_last);
    check_range_ends<K>();
    check_year_lengths<K>(INT_MIN, INT_MAX, 99'999'989, 60);
}

TEST(islamic_tabular_kernel, sweep_range_ends_year_lengths_all_eight) {
    sweep_one<P::type_i, E::thursday>();
    sweep_one<P::type_i, E::friday>();
    sweep_one<P::type_ii, E::thursday>();
    sweep_one<P::type_ii, E::friday>();
    sweep_one<P::type_iii, E::thursday>();
    sweep_one<P::type_iii, E::friday>();
    sweep_one<P::type_iv, E::thursday>();
    sweep_one<P::type_iv, E::friday>();
}

// islamic_civil (the built-in "islamic-civil") is islamic_tabular<type_ii,
// friday> itself; tests/differential compares it with Qt and ICU day by day.
static_assert(std::is_same_v<kalends::kernels::islamic_civil, islamic_civil_tabular>);

TEST(islamic_tabular_kernel, thursday_epoch_is_one_day_earlier) {
    using T = islamic_tabular<P::type_iii, E::thursday>;
    using F = islamic_tabular<P::type_iii, E::friday>;
    for (std::int64_t jdn = ce_1; jdn <= ce_3000; jdn += 13) ASSERT_EQ(T::from_jdn(jdn), F::from_jdn(jdn + 1));
}

#if KALENDS_HAVE_ICU
template <class K>
void compare_with_icu(const char* locale) {
    icu_calendar icu(locale);
    std::string example;
    // ICU's extended year has a year 0; kalends' Islamic years do not (year -1
    // precedes 1 AH, as in islamic_civil), so ICU's year y <= 0 is kalends' y - 1.
    const auto runs = disagreements<K>(
        ce_1, ce_3000,
        [&](std::int64_t j) {
            date_parts p = icu.extended_fields(j);
            if (p.year <= 0) --p.year;
            return p;
        },
        &example);
    EXPECT_TRUE(runs.empty()) << locale << ": " << runs.size() << " runs, first " << runs.front() << " " << example;
}
#endif

TEST(islamic_tabular_kernel, icu_tbla_and_civil_day_by_day_1_to_3000_ce) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    compare_with_icu<islamic_tbla>("@calendar=islamic-tbla");
    compare_with_icu<islamic_civil_tabular>("@calendar=islamic-civil");
#endif
}

}  // namespace
