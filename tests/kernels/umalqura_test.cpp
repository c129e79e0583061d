// Umm al-Qura kernel: every month start of the published table, ICU 72 day by
// day, and both ends of the table's range.
#include <kalends/calendars/umalqura.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using namespace kalends_test;
using kalends::kernels::umalqura;

TEST(umalqura_kernel, range) {
    EXPECT_EQ(umalqura::min_year, 1300);
    EXPECT_EQ(umalqura::max_year, 1600);
    EXPECT_EQ(kalends::kernels::first_jdn<umalqura>(), 2408762);  // 1882-11-12
    EXPECT_FALSE(kalends::kernels::is_valid_date<umalqura>(1299, 12, 29));
    EXPECT_FALSE(kalends::kernels::is_valid_date<umalqura>(1601, 1, 1));
    EXPECT_TRUE(kalends::kernels::is_valid_date<umalqura>(1600, 12, umalqura::days_in_month(12, 1600)));
}

TEST(umalqura_kernel, every_month_start_of_the_table) {
    // tests/kernels/data/umalqura-1300-1600.tsv is a verbatim copy of
    // ../shared/data/umalqura-1300-1600.tsv (OpenJDK 17's Umm al-Qura table).
    std::ifstream in(std::string(KALENDS_KERNEL_DATA_DIR) + "/umalqura-1300-1600.tsv");
    ASSERT_TRUE(in);
    std::string line;
    std::getline(in, line);  // header
    int months = 0;
    std::int64_t previous_end = 0;
    while (std::getline(in, line)) {
        std::istringstream f(line);
        int year = 0, month = 0, length = 0;
        std::string gregorian;
        std::int64_t rd = 0, jdn = 0;
        f >> year >> month >> length >> gregorian >> rd >> jdn;
        ASSERT_EQ(jdn, rd + 1721425);
        ASSERT_EQ(umalqura::to_jdn(year, month, 1), jdn) << year << "-" << month;
        ASSERT_EQ(umalqura::days_in_month(month, year), length) << year << "-" << month;
        for (int d = 1; d <= length; ++d) ASSERT_EQ(umalqura::from_jdn(jdn + d - 1), (date_parts{year, month, d}));
        if (months > 0) {
            ASSERT_EQ(previous_end, jdn);
        }
        previous_end = jdn + length;
        ++months;
    }
    EXPECT_EQ(months, 3612);
    EXPECT_EQ(kalends::kernels::last_jdn<umalqura>(), previous_end - 1);
}

TEST(umalqura_kernel, sweep_and_range_ends) {
    // The whole range day by day (it lies inside JDN 0 .. 2 488 070 only in part).
    check_days<umalqura>(kalends::kernels::first_jdn<umalqura>(), kalends::kernels::last_jdn<umalqura>());
    check_range_ends<umalqura>(1000);
    check_year_lengths<umalqura>(1300, 1599, 1, 1);
}

TEST(umalqura_kernel, icu_day_by_day_over_the_table) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    icu_calendar icu("@calendar=islamic-umalqura");
    std::string example;
    const auto runs = disagreements<umalqura>(kalends::kernels::first_jdn<umalqura>(), kalends::kernels::last_jdn<umalqura>(),
                                              [&](std::int64_t j) { return icu.extended_fields(j); }, &example);
    EXPECT_TRUE(runs.empty()) << runs.size() << " runs, first " << runs.front() << " " << example;
#endif
}

}  // namespace
