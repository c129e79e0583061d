// The tabular Islamic family: four leap-year patterns x two epochs.
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/islamic_tabular.hpp>

#include "fast_forms_checks.hpp"
#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <random>
#include <type_traits>

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

// The straightforward signed formulas the kernel had before its Euclidean
// affine form, kept as a test-only reference: new_year(a) = epoch - 354 +
// floor((10631 a + k) / 30), its inverse by one floor division, and the day of
// the year subtracted.
template <class K>
struct reference {
    static constexpr std::int64_t new_year(std::int64_t a) {
        return K::epoch - 354 + kalends::detail::floor_div<std::int64_t>(10631 * a + K::shift, 30);
    }
    static bool is_leap(int year) {
        return kalends::detail::floor_mod<std::int64_t>(11 * kalends::detail::astronomical_year(year) + K::shift, 30) >= 19;
    }
    static std::int64_t to_jdn(int year, int month, int day) {
        return new_year(kalends::detail::astronomical_year(year)) + (59 * month - 58) / 2 + day - 1;
    }
    static date_parts from_jdn(std::int64_t jdn) {
        const std::int64_t a = kalends::detail::floor_div<std::int64_t>(30 * (jdn - (K::epoch - 354)) + 29 - K::shift, 10631);
        const auto day_of_year = static_cast<int>(jdn - new_year(a));
        const int month = day_of_year == 354 ? 12 : 2 * day_of_year / 59 + 1;
        return {kalends::detail::calendar_year(a), month, day_of_year - (59 * month - 58) / 2 + 1};
    }
};

// Every day of [first, last] (clipped to the kernel's range): from_jdn is the
// reference's date and to_jdn inverts it.
template <class K>
void compare_days_with_reference(std::int64_t first, std::int64_t last) {
    first = std::max(first, kalends::kernels::first_jdn<K>());
    last = std::min(last, kalends::kernels::last_jdn<K>());
    int failures = 0;
    for (std::int64_t jdn = first; jdn <= last && failures < 10; ++jdn) {
        const date_parts want = reference<K>::from_jdn(jdn);
        const date_parts got = K::from_jdn(jdn);
        if (got != want) {
            ADD_FAILURE() << "JDN " << jdn << ": " << show(got) << ", reference " << show(want);
            ++failures;
        }
        if (K::to_jdn(want.year, want.month, want.day) != jdn) {
            ADD_FAILURE() << show(want) << ": JDN " << K::to_jdn(want.year, want.month, want.day) << ", reference " << jdn;
            ++failures;
        }
    }
}

template <P Pattern, E Epoch>
void compare_with_reference_one() {
    using K = islamic_tabular<Pattern, Epoch>;
    // The year and day of the year from one product: every day of the 30-year cycle.
    for (std::uint32_t d = 0; d < 10631; ++d) {
        const auto u = static_cast<std::uint32_t>(30 * d + static_cast<std::uint32_t>(29 - K::shift));
        const auto yd = K::year_of_cycle(d);
        ASSERT_EQ(yd.year, u / 10631) << "day of cycle " << d;
        ASSERT_EQ(yd.day, u % 10631 / 30) << "day of cycle " << d;
    }
    // Month and day from one numerator: every day of a leap year.
    for (std::uint32_t doy = 0; doy <= 354; ++doy) {
        const int month = doy == 354 ? 12 : static_cast<int>(2 * doy / 59 + 1);
        const date_parts want{7, month, static_cast<int>(doy) - (59 * month - 58) / 2 + 1};
        ASSERT_EQ(K::month_day(7, doy), want) << "day of year " << doy;
    }
    // 10 million days around the epoch, and 600000 around both ends of the 32-bit fast path.
    compare_days_with_reference<K>(K::epoch - 5'000'000, K::epoch + 5'000'000);
    compare_days_with_reference<K>(K::fast_first_jdn - 300'000, K::fast_first_jdn + 300'000);
    compare_days_with_reference<K>(K::fast_last_jdn - 300'000, K::fast_last_jdn + 300'000);
    // Both ends of the int32 range.
    compare_days_with_reference<K>(kalends::kernels::first_jdn<K>(), kalends::kernels::first_jdn<K>() + 300'000);
    compare_days_with_reference<K>(kalends::kernels::last_jdn<K>() - 300'000, kalends::kernels::last_jdn<K>());
    // Random days and random years across the whole range.
    std::mt19937_64 rng(20240611);
    std::uniform_int_distribution<std::int64_t> any_jdn(kalends::kernels::first_jdn<K>(), kalends::kernels::last_jdn<K>());
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t jdn = any_jdn(rng);
        compare_days_with_reference<K>(jdn, jdn);
    }
    std::uniform_int_distribution<int> any_year(INT_MIN, INT_MAX);
    for (int i = 0; i < 200'000; ++i) {
        const int year = any_year(rng);
        if (year == 0) continue;
        ASSERT_EQ(K::is_leap_year(year), reference<K>::is_leap(year)) << year;
        ASSERT_EQ(K::to_jdn(year, 12, 29), reference<K>::to_jdn(year, 12, 29)) << year;
    }
    for (int year = -100'000; year <= 100'000; ++year) {
        if (year == 0) continue;
        ASSERT_EQ(K::is_leap_year(year), reference<K>::is_leap(year)) << year;
    }
    for (int year : {INT_MIN, INT_MIN + 1, INT_MIN + 29, INT_MAX - 29, INT_MAX - 1, INT_MAX}) {
        ASSERT_EQ(K::is_leap_year(year), reference<K>::is_leap(year)) << year;
    }
}

TEST(islamic_tabular_kernel, euclidean_affine_form_matches_the_reference_formula) {
    compare_with_reference_one<P::type_i, E::thursday>();
    compare_with_reference_one<P::type_i, E::friday>();
    compare_with_reference_one<P::type_ii, E::thursday>();
    compare_with_reference_one<P::type_ii, E::friday>();
    compare_with_reference_one<P::type_iii, E::thursday>();
    compare_with_reference_one<P::type_iii, E::friday>();
    compare_with_reference_one<P::type_iv, E::thursday>();
    compare_with_reference_one<P::type_iv, E::friday>();
}

// The branch-free 32-bit forms of the bulk API against the exact ones.
template <P Pattern, E Epoch>
void check_fast_forms_one() {
    using K = islamic_tabular<Pattern, Epoch>;
    check_from_jdn_fast<K>();
    check_is_valid_fast<K>();
}

TEST(islamic_tabular_kernel, fast_forms_match_the_exact_forms) {
    check_fast_forms_one<P::type_i, E::thursday>();
    check_fast_forms_one<P::type_i, E::friday>();
    check_fast_forms_one<P::type_ii, E::thursday>();
    check_fast_forms_one<P::type_ii, E::friday>();
    check_fast_forms_one<P::type_iii, E::thursday>();
    check_fast_forms_one<P::type_iii, E::friday>();
    check_fast_forms_one<P::type_iv, E::thursday>();
    check_fast_forms_one<P::type_iv, E::friday>();
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
