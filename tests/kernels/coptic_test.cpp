// Coptic, Ethiopic (Amete Mihret) and Ethiopic Amete Alem kernels.
#include <kalends/calendars/coptic.hpp>
#include <kalends/calendars/julian.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <climits>

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
