// Indian national (Saka) calendar kernel.
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/indian.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <random>

namespace {

using namespace kalends_test;
using kalends::kernels::gregorian;
using kalends::kernels::indian;

TEST(indian_kernel, epoch_and_new_years) {
    EXPECT_EQ(indian::to_jdn(1, 1, 1), 1749995);
    EXPECT_EQ(indian::to_jdn(1, 1, 1), gregorian::to_jdn(79, 3, 22));
    // 1 Chaitra 1946 Saka: 2024-03-21 (Gregorian leap year); 1947: 2025-03-22.
    EXPECT_EQ(indian::to_jdn(1946, 1, 1), gregorian::to_jdn(2024, 3, 21));
    EXPECT_EQ(indian::to_jdn(1947, 1, 1), gregorian::to_jdn(2025, 3, 22));
    EXPECT_TRUE(indian::is_leap_year(1946));
    EXPECT_EQ(indian::days_in_month(1, 1946), 31);
    EXPECT_TRUE(indian::is_leap_year(1922));   // 1922 + 78 = 2000 is a Gregorian leap year
    EXPECT_FALSE(indian::is_leap_year(1822));  // 1900 is not
}

TEST(indian_kernel, sweep_range_ends_year_lengths) {
    check_days<indian>(sweep_first, sweep_last);
    check_range_ends<indian>();
    check_year_lengths<indian>(INT_MIN, INT_MAX, 9'999'991, 40);
}

TEST(indian_kernel, starts_on_gregorian_march_21_or_22) {
    // Independent of the kernel's own arithmetic: the Gregorian kernel and the rule.
    for (int y = -3000; y <= 3000; ++y) {
        const int g = y + 78;  // astronomical
        const int gy = g <= 0 ? g - 1 : g;
        const int day = gregorian::is_leap_year(gy) ? 21 : 22;
        ASSERT_EQ(indian::to_jdn(y, 1, 1), gregorian::to_jdn(gy, 3, day)) << y;
    }
}

// The kernel before its Euclidean affine form, kept as a test-only reference:
// the Gregorian date 80 days earlier has the Saka year's Gregorian year and,
// counted from its January 1, the Saka day of the year.
struct reference {
    static bool leap(std::int64_t g) { return gregorian::is_leap_astronomical(g); }
    static int days_before_month(int month, int chaitra) {
        if (month == 1) return 0;
        if (month <= 7) return chaitra + 31 * (month - 2);
        return chaitra + 31 * 5 + 30 * (month - 7);
    }
    static std::int64_t to_jdn(int year, int month, int day) {
        const std::int64_t g = std::int64_t{year} + 78;
        return gregorian::jdn_from_astronomical(g, 1, 1) + 80 + days_before_month(month, leap(g) ? 31 : 30) + day - 1;
    }
    static date_parts from_jdn(std::int64_t jdn) {
        const kalends::kernels::astronomical_date shifted = gregorian::astronomical_from_jdn(jdn - 80);
        const std::int64_t january_1 = gregorian::jdn_from_astronomical(shifted.year, 1, 1);
        const auto day_of_year = static_cast<int>(jdn - 80 - january_1);
        const int chaitra = leap(shifted.year) ? 31 : 30;
        int month = 1;
        while (month < 12 && day_of_year >= days_before_month(month + 1, chaitra)) ++month;
        return {static_cast<int>(shifted.year - 78), month, day_of_year - days_before_month(month, chaitra) + 1};
    }
};

// Every day of [first, last] (clipped to the kernel's range) against the reference, both ways.
void compare_days_with_reference(std::int64_t first, std::int64_t last) {
    first = std::max(first, kalends::kernels::first_jdn<indian>());
    last = std::min(last, kalends::kernels::last_jdn<indian>());
    int failures = 0;
    for (std::int64_t jdn = first; jdn <= last && failures < 10; ++jdn) {
        const date_parts want = reference::from_jdn(jdn);
        const date_parts got = indian::from_jdn(jdn);
        if (got != want) {
            ADD_FAILURE() << "JDN " << jdn << ": " << show(got) << ", reference " << show(want);
            ++failures;
        }
        if (indian::to_jdn(want.year, want.month, want.day) != jdn) {
            ADD_FAILURE() << show(want) << ": JDN " << indian::to_jdn(want.year, want.month, want.day) << ", reference " << jdn;
            ++failures;
        }
    }
}

TEST(indian_kernel, counting_year_months_from_one_numerator) {
    // Every day of a leap counting year (1 Vaishakha .. Chaitra 31 of the next Saka year).
    const int lengths[12] = {31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30, 31};
    std::uint32_t x = 0;
    for (int i = 0; i < 12; ++i) {
        const int month = i == 11 ? 1 : i + 2;
        const int year = i == 11 ? 6 : 5;
        for (int d = 1; d <= lengths[i]; ++d, ++x) ASSERT_EQ(indian::saka_date(5, x), (date_parts{year, month, d})) << x;
    }
    std::uint32_t start = 0;
    for (std::uint32_t i = 0; i < 12; ++i) {
        ASSERT_EQ(indian::counting_month_start(i), start) << i;
        start += static_cast<std::uint32_t>(lengths[i]);
    }
}

TEST(indian_kernel, euclidean_affine_form_matches_the_reference_formula) {
    // 40 million days around 1 Saka, around both ends of the 32-bit fast path, and at both ends of the int32 range.
    compare_days_with_reference(1'749'995 - 20'000'000, 1'749'995 + 20'000'000);
    compare_days_with_reference(indian::fast_first_jdn - 1'000'000, indian::fast_first_jdn + 1'000'000);
    compare_days_with_reference(indian::fast_last_jdn - 1'000'000, indian::fast_last_jdn + 1'000'000);
    compare_days_with_reference(kalends::kernels::first_jdn<indian>(), kalends::kernels::first_jdn<indian>() + 1'000'000);
    compare_days_with_reference(kalends::kernels::last_jdn<indian>() - 1'000'000, kalends::kernels::last_jdn<indian>());
    // Random days and dates across the whole range.
    std::mt19937_64 rng(20240611);
    std::uniform_int_distribution<std::int64_t> any_jdn(kalends::kernels::first_jdn<indian>(), kalends::kernels::last_jdn<indian>());
    for (int i = 0; i < 500'000; ++i) {
        const std::int64_t jdn = any_jdn(rng);
        compare_days_with_reference(jdn, jdn);
    }
    std::uniform_int_distribution<int> any_year(INT_MIN, INT_MAX);
    std::uniform_int_distribution<int> any_month(1, 12);
    for (int i = 0; i < 500'000; ++i) {
        const int year = any_year(rng);
        const int month = any_month(rng);
        const int day = indian::days_in_month(month, year);
        ASSERT_EQ(indian::to_jdn(year, month, day), reference::to_jdn(year, month, day)) << year << "-" << month;
        ASSERT_EQ(indian::to_jdn(year, month, 1), reference::to_jdn(year, month, 1)) << year << "-" << month;
    }
}

TEST(indian_kernel, icu_day_by_day_1_to_3000_ce) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    icu_calendar icu("@calendar=indian");
    std::string example;
    const auto runs = disagreements<indian>(ce_1, ce_3000, [&](std::int64_t j) { return icu.extended_fields(j); }, &example);
    EXPECT_TRUE(runs.empty()) << runs.size() << " runs, first " << runs.front() << " " << example;
#endif
}

TEST(indian_kernel, convertdate_every_day_1_to_3000_ce) {
    const auto years = read_reference_table("indian_convertdate.txt");
    ASSERT_GT(years.size(), 2990U);
    const std::int64_t days = compare_with_table<indian>(years, [](int y) { return y; });
    EXPECT_GT(days, 1'090'000);
}

}  // namespace
