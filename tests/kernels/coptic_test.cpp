// Coptic, Ethiopic (Amete Mihret) and Ethiopic Amete Alem kernels.
#include <kalends/calendars/coptic.hpp>
#include <kalends/calendars/julian.hpp>

#include "fast_forms_checks.hpp"
#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <random>

namespace {

using namespace kalends_test;
using kalends::kernels::coptic;
using kalends::kernels::ethiopic;
using kalends::kernels::ethiopic_amete_alem;

TEST(coptic_kernel, epochs) {
    // 1 Thout 1 AM = Julian 284-08-29; 1 Meskerem 1 AM(ihret) = Julian 8-08-27.
    EXPECT_EQ(coptic::to_jdn(1, 1, 1), 1825030);
    EXPECT_EQ(ethiopic::to_jdn(1, 1, 1), 1724221);
    EXPECT_EQ(ethiopic_amete_alem::to_jdn(5501, 1, 1), 1724221);
    EXPECT_EQ(ethiopic_amete_alem::to_jdn(1, 1, 1), -284654);
    EXPECT_EQ(kalends::kernels::julian::to_jdn(284, 8, 29), 1825030);
    EXPECT_EQ(kalends::kernels::julian::to_jdn(8, 8, 29), 1724221);
    EXPECT_EQ(kalends::kernels::julian::to_jdn(-5493, 8, 29), -284654);
    // Year 0 exists (extended year) and precedes year 1; year 3 (3 mod 4) is leap.
    EXPECT_EQ(coptic::from_jdn(1825029), (date_parts{0, 13, 5}));
    EXPECT_TRUE(coptic::is_leap_year(3));
    EXPECT_TRUE(coptic::is_leap_year(-1));
    EXPECT_FALSE(coptic::is_leap_year(0));
    EXPECT_EQ(coptic::days_in_month(13, -1), 6);
    // Ethiopian new year 2017 was 2024-09-11 (Gregorian), JDN 2460565.
    EXPECT_EQ(ethiopic::from_jdn(2460565), (date_parts{2017, 1, 1}));
    EXPECT_EQ(ethiopic_amete_alem::from_jdn(2460565), (date_parts{7517, 1, 1}));
}

template <class K>
void sweep_and_ends() {
    check_days<K>(sweep_first, sweep_last);
    check_range_ends<K>();
    check_year_lengths<K>(INT_MIN, INT_MAX, 9'999'991, 40);
}

TEST(coptic_kernel, sweep_range_ends_year_lengths) { sweep_and_ends<coptic>(); }
TEST(ethiopic_kernel, sweep_range_ends_year_lengths) { sweep_and_ends<ethiopic>(); }
TEST(ethiopic_amete_alem_kernel, sweep_range_ends_year_lengths) { sweep_and_ends<ethiopic_amete_alem>(); }

// The straightforward signed formulas the kernels had before their Euclidean
// affine form, kept as a test-only reference.
template <class K>
struct reference {
    static std::int64_t new_year(std::int64_t y) { return K::epoch + 365 * (y - 1) + kalends::detail::floor_div<std::int64_t>(y, 4); }
    static bool is_leap(int year) { return kalends::detail::floor_mod<std::int64_t>(year, 4) == 3; }
    static date_parts from_jdn(std::int64_t jdn) {
        const std::int64_t y = kalends::detail::floor_div<std::int64_t>(4 * (jdn - K::epoch) + 1463, 1461);
        const auto day_of_year = static_cast<int>(jdn - new_year(y));
        return {static_cast<int>(y), day_of_year / 30 + 1, day_of_year % 30 + 1};
    }
    static std::int64_t to_jdn(int year, int month, int day) { return new_year(year) + 30 * (month - 1) + day - 1; }
};

// Every day of [first, last] (clipped to the kernel's range) against the reference, both ways.
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

template <class K>
void compare_with_reference() {
    // Month and day from one numerator: every day of a leap year.
    for (std::uint32_t doy = 0; doy <= 365; ++doy) {
        ASSERT_EQ(K::month_day(3, doy), (date_parts{3, static_cast<int>(doy / 30 + 1), static_cast<int>(doy % 30 + 1)})) << doy;
    }
    // 40 million days around the epoch, 2 million around JDN 0, and both ends of the int32 range.
    compare_days_with_reference<K>(K::epoch - 20'000'000, K::epoch + 20'000'000);
    compare_days_with_reference<K>(-1'000'000, 1'000'000);
    compare_days_with_reference<K>(kalends::kernels::first_jdn<K>(), kalends::kernels::first_jdn<K>() + 1'000'000);
    compare_days_with_reference<K>(kalends::kernels::last_jdn<K>() - 1'000'000, kalends::kernels::last_jdn<K>());
    // Random days and years across the whole range.
    std::mt19937_64 rng(20240611);
    std::uniform_int_distribution<std::int64_t> any_jdn(kalends::kernels::first_jdn<K>(), kalends::kernels::last_jdn<K>());
    for (int i = 0; i < 500'000; ++i) {
        const std::int64_t jdn = any_jdn(rng);
        compare_days_with_reference<K>(jdn, jdn);
    }
    std::uniform_int_distribution<int> any_year(INT_MIN, INT_MAX);
    for (int i = 0; i < 500'000; ++i) {
        const int year = any_year(rng);
        ASSERT_EQ(K::is_leap_year(year), reference<K>::is_leap(year)) << year;
        ASSERT_EQ(K::to_jdn(year, 13, 5), reference<K>::to_jdn(year, 13, 5)) << year;
    }
    for (int year : {INT_MIN, INT_MIN + 1, INT_MIN + 2, INT_MIN + 3, -5, -4, -3, -2, -1, 0, 1, 2, 3, INT_MAX - 3, INT_MAX - 1, INT_MAX}) {
        ASSERT_EQ(K::is_leap_year(year), reference<K>::is_leap(year)) << year;
    }
}

TEST(coptic_kernel, euclidean_affine_form_matches_the_reference_formula) { compare_with_reference<coptic>(); }
TEST(ethiopic_kernel, euclidean_affine_form_matches_the_reference_formula) { compare_with_reference<ethiopic>(); }
TEST(ethiopic_amete_alem_kernel, euclidean_affine_form_matches_the_reference_formula) {
    compare_with_reference<ethiopic_amete_alem>();
}

// The branch-free 32-bit forms of the bulk API against the exact ones.
template <class K>
void check_fast_forms() {
    check_from_jdn_fast<K>();
    check_is_valid_fast<K>();
}

TEST(coptic_kernel, fast_forms_match_the_exact_forms) { check_fast_forms<coptic>(); }
TEST(ethiopic_kernel, fast_forms_match_the_exact_forms) { check_fast_forms<ethiopic>(); }
TEST(ethiopic_amete_alem_kernel, fast_forms_match_the_exact_forms) { check_fast_forms<ethiopic_amete_alem>(); }

TEST(coptic_kernel, icu_day_by_day_1_to_3000_ce) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    icu_calendar icu("@calendar=coptic");
    const auto runs = disagreements<coptic>(ce_1, ce_3000, [&](std::int64_t j) { return icu.extended_fields(j); });
    EXPECT_TRUE(runs.empty()) << runs.size() << " runs, first " << runs.front();
#endif
}

TEST(ethiopic_kernel, icu_day_by_day_1_to_3000_ce) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    icu_calendar icu("@calendar=ethiopic");
    const auto runs = disagreements<ethiopic>(ce_1, ce_3000, [&](std::int64_t j) { return icu.extended_fields(j); });
    EXPECT_TRUE(runs.empty()) << runs.size() << " runs, first " << runs.front();
#endif
}

TEST(ethiopic_amete_alem_kernel, icu_day_by_day_1_to_3000_ce) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    // ICU's ethiopic-amete-alem keeps UCAL_EXTENDED_YEAR in Amete Mihret years
    // and reports the Amete Alem year as UCAL_YEAR of its single era 0.
    icu_calendar icu("@calendar=ethiopic-amete-alem");
    const auto runs = disagreements<ethiopic_amete_alem>(ce_1, ce_3000, [&](std::int64_t j) {
        const date_parts p = icu.extended_fields(j);
        EXPECT_EQ(icu.get(UCAL_ERA), 0);
        EXPECT_EQ(icu.get(UCAL_YEAR), p.year + 5500);
        return date_parts{icu.get(UCAL_YEAR), p.month, p.day};
    });
    EXPECT_TRUE(runs.empty()) << runs.size() << " runs, first " << runs.front();
#endif
}

TEST(coptic_kernel, convertdate_every_day_1_to_3000_ce) {
    // convertdate's Coptic years have a year 0, like the kernel's extended years.
    const auto years = read_reference_table("coptic_convertdate.txt");
    ASSERT_GT(years.size(), 2990U);
    const std::int64_t days = compare_with_table<coptic>(years, [](int y) { return y; });
    EXPECT_GT(days, 1'090'000);
}

TEST(ethiopic_kernel, same_days_as_coptic_shifted_by_276_years) {
    // The Ethiopian year begins on the same day as the Coptic year 276 years later.
    for (std::int64_t jdn = ce_1; jdn <= ce_3000; jdn += 7) {
        const date_parts c = coptic::from_jdn(jdn);
        EXPECT_EQ(ethiopic::from_jdn(jdn), (date_parts{c.year + 276, c.month, c.day}));
    }
}

}  // namespace
