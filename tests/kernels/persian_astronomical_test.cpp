// Astronomical Persian kernel (table of new years 1 .. 3000 AP).
#include <kalends/calendars/persian.hpp>
#include <kalends/calendars/persian_astronomical.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

using namespace kalends_test;
using kalends::kernels::persian_33;
using kalends::kernels::persian_astronomical;
namespace kk = kalends::kernels;

TEST(persian_astronomical_kernel, range_and_known_new_years) {
    EXPECT_EQ(persian_astronomical::min_year, 1);
    EXPECT_EQ(persian_astronomical::max_year, 3000);
    EXPECT_EQ(kk::first_jdn<persian_astronomical>(), 1948321);  // 622-03-22 Gregorian (Julian 03-19)
    EXPECT_EQ(persian_astronomical::to_jdn(1404, 1, 1), 2460756);  // 2025-03-21
    EXPECT_EQ(persian_astronomical::to_jdn(1403, 1, 1), 2460390);  // 2024-03-20
    EXPECT_EQ(persian_astronomical::to_jdn(1503, 1, 1), 2496914);  // 2124-03-20; the 33-year rule says 03-21
    EXPECT_EQ(persian_33::to_jdn(1503, 1, 1), 2496915);
    EXPECT_FALSE(kk::is_valid_date<persian_astronomical>(0, 12, 29));
    EXPECT_FALSE(kk::is_valid_date<persian_astronomical>(3001, 1, 1));
}

TEST(persian_astronomical_kernel, sweep_range_ends_year_lengths) {
    check_days<persian_astronomical>(kk::first_jdn<persian_astronomical>(), kk::last_jdn<persian_astronomical>());
    check_range_ends<persian_astronomical>();
    check_year_lengths<persian_astronomical>(1, 2999, 1, 1);
}

TEST(persian_astronomical_kernel, agrees_with_the_33_year_rule_1800_to_2200_ce_except_2124) {
    // 1179 AP starts in 1800 CE, 1579 AP in 2200 CE.
    for (int y = 1179; y <= 1579; ++y) {
        if (y == 1503) continue;
        ASSERT_EQ(persian_astronomical::to_jdn(y, 1, 1), persian_33::to_jdn(y, 1, 1)) << y;
    }
    // Every official Iranian new year 1206 .. 1498 AP is the 33-year rule's (persian.hpp).
    for (int y = 1206; y <= 1498; ++y) ASSERT_EQ(persian_astronomical::new_year(y), persian_33::new_year(y)) << y;
    int differing = 0;
    for (int y = 1; y <= 3000; ++y) differing += persian_astronomical::new_year(y) != persian_33::new_year(y) ? 1 : 0;
    std::cout << differing << " of 3000 new years differ from the 33-year rule\n";
    EXPECT_GT(differing, 0);
}

TEST(persian_astronomical_kernel, convertdate_1_to_2377_ap) {
    // convertdate.persian (pymeeus equinox + equation of time, Tehran 52.5 E) covers
    // 1 .. 2377 AP (pymeeus refuses later Gregorian years). It disagrees on 7 new years:
    //  * 1243, 1255, 1259, 1267, 1271, 1276 AP (1864 .. 1897 CE): the equinox is 22 min
    //    to 5 h 15 min before Tehran's apparent noon, so that day is the new year (as the
    //    33-year rule and Iran's official calendar for 1206 .. 1498 AP agree); convertdate
    //    moves it a day later because pymeeus' Sun.equation_of_time returns the equation of
    //    time unreduced (e.g. 352 min 28 s instead of -7 min 32 s on 1888-03-20, when the
    //    Sun's mean longitude and right ascension lie on either side of 0 degrees),
    //    shifting convertdate's apparent time by ~6 hours;
    //  * 752 AP (1373 CE): the equinox is 0.6 min from noon -- within the disagreement of
    //    any two ephemerides and Delta T models; kalends keeps its own computation.
    const auto years = read_reference_table("persian_convertdate.txt");
    ASSERT_EQ(years.size(), 2377U);
    const std::set<int> known{752, 1243, 1255, 1259, 1267, 1271, 1276};
    std::vector<reference_year> agreeing;
    std::set<int> differing;
    for (const reference_year& r : years) {
        if (persian_astronomical::new_year(r.year) != r.first_jdn) {
            differing.insert(r.year);
            // convertdate is one day later, and the year before is one day longer there.
            EXPECT_EQ(r.first_jdn, persian_astronomical::new_year(r.year) + 1) << r.year;
        }
    }
    EXPECT_EQ(differing, known);
    for (const reference_year& r : years) {
        if (differing.count(r.year) == 0 && differing.count(r.year + 1) == 0) agreeing.push_back(r);
    }
    for (int y : {1243, 1255, 1259, 1267, 1271, 1276}) {
        EXPECT_EQ(persian_astronomical::new_year(y), persian_33::new_year(y)) << y;
    }
    const std::int64_t days = compare_with_table<persian_astronomical>(agreeing, [](int y) { return y; });
    EXPECT_GT(days, 860'000);
}

TEST(persian_astronomical_kernel, icu_differs_only_where_astronomy_leaves_the_33_year_rule) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    // ICU 72's persian calendar is the 33-year rule, so kalends' astronomical calendar
    // differs from it exactly on the days between a deviating new year and the
    // rule's (and the Esfand before).
    icu_calendar icu("@calendar=persian");
    const std::int64_t first = kk::first_jdn<persian_astronomical>();
    const auto runs = disagreements<persian_astronomical>(first, ce_3000, [&](std::int64_t j) { return icu.extended_fields(j); });
    std::int64_t days = 0;
    for (const jdn_range& r : runs) {
        days += r.last - r.first + 1;
        const int y = persian_astronomical::from_jdn(r.last).year;
        const int y_after = persian_astronomical::from_jdn(r.last + 1).year;
        EXPECT_TRUE(persian_astronomical::new_year(y) != persian_33::new_year(y) ||
                    persian_astronomical::new_year(y_after) != persian_33::new_year(y_after))
            << r;
        // Nothing between 1800 and 2200 CE except around 1503 AP (2124).
        if (r.first >= 2378497 && r.last <= 2524959) {
            EXPECT_TRUE(y == 1502 || y == 1503) << r;
        }
    }
    std::cout << runs.size() << " runs, " << days << " days differ from ICU's 33-year rule\n";
#endif
}

}  // namespace
