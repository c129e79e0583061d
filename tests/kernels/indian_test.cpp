// Indian national (Saka) calendar kernel.
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/indian.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <climits>

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
