// Month codes, eras and extended years of the core calendars.
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <string_view>
#include <vector>

namespace {

using kalends::calendar;
using kalends::era_year;
using kalends::month_code;

TEST(month_code, parses_only_well_formed_codes) {
    EXPECT_EQ(month_code::parse("M01"), month_code(1));
    EXPECT_EQ(month_code::parse("M05L"), month_code(5, true));
    EXPECT_EQ(month_code::parse("M13")->number(), 13);
    EXPECT_EQ(month_code(5, true).view(), "M05L");
    EXPECT_EQ(month_code(12).view(), "M12");
    for (const std::string_view bad : {"", "M", "M5", "M00", "m05", "M05X", "M005", "05", "M05LL", "MX5", " M05"}) {
        EXPECT_FALSE(month_code::parse(bad)) << bad;
    }
}

TEST(month_code, ordinal_calendars_use_plain_codes) {
    for (const calendar& cal : kalends::all_calendars()) {
        // Only Hebrew has a leap month; it is tested with its kernel.
        if (cal.system() == kalends::calendar_system::user || cal.system() == kalends::calendar_system::hebrew) continue;
        const int year = cal.minimum_year() > 2000 || cal.maximum_year() < 2000 ? cal.minimum_year() : 2000;
        const int months = cal.months_in_year(year);
        for (int m = 1; m <= months; ++m) {
            EXPECT_EQ(cal.month_code_of(m, year), month_code(m));
            EXPECT_EQ(cal.month_of_code(month_code(m), year), m);
        }
        EXPECT_FALSE(cal.try_month_of_code(month_code(5, true), year));
        EXPECT_FALSE(cal.try_month_of_code(month_code(months + 1), year));
        EXPECT_FALSE(cal.try_month_code_of(months + 1, year));
        EXPECT_THROW((void)cal.month_of_code(month_code(5, true), year), kalends::error);
    }
}

TEST(eras, common_era_calendars) {
    for (const char* name : {"gregorian", "julian", "milankovic"}) {
        const calendar cal(name);
        EXPECT_EQ(cal.era_of({2025, 3, 1}), (era_year{"ce", 2025}));
        EXPECT_EQ(cal.era_of({1, 1, 1}), (era_year{"ce", 1}));
        EXPECT_EQ(cal.era_of({-1, 12, 31}), (era_year{"bce", 1}));
        EXPECT_EQ(cal.era_of({-44, 3, 15}), (era_year{"bce", 44}));
        EXPECT_EQ(cal.era_of({INT_MIN, 1, 1}), (era_year{"bce", 2147483648}));
        EXPECT_EQ(cal.year_of_era("bce", 2147483648), INT_MIN);
        EXPECT_FALSE(cal.try_year_of_era("bce", 2147483649));
        EXPECT_FALSE(cal.try_year_of_era("ce", std::int64_t{INT_MAX} + 1));
        EXPECT_FALSE(cal.try_year_of_era("ce", INT64_MAX));
        EXPECT_FALSE(cal.try_year_of_era("bce", INT64_MIN));
        EXPECT_EQ(cal.year_of_era("bce", 44), -44);
        EXPECT_EQ(cal.year_of_era("ce", INT_MAX), INT_MAX);
        EXPECT_FALSE(cal.try_year_of_era("ce", 0));
        EXPECT_FALSE(cal.try_year_of_era("bce", 0));
        EXPECT_FALSE(cal.try_year_of_era("bce", -3));
        EXPECT_FALSE(cal.try_year_of_era("ah", 3));
        EXPECT_FALSE(cal.try_year_of_era("", 3));
        EXPECT_EQ(std::vector<std::string_view>(cal.era_codes().begin(), cal.era_codes().end()),
                  (std::vector<std::string_view>{"ce", "bce"}));
        EXPECT_FALSE(cal.try_era_of({2025, 2, 30}));
        EXPECT_THROW((void)cal.year_of_era("xx", 1), kalends::error);
    }
}

TEST(eras, single_era_calendars_count_extended_years) {
    const calendar persian("persian-33");
    EXPECT_EQ(persian.era_of({1404, 1, 1}), (era_year{"ap", 1404}));
    EXPECT_EQ(persian.era_of({-1, 1, 1}), (era_year{"ap", 0}));
    EXPECT_EQ(persian.era_of({-5, 1, 1}), (era_year{"ap", -4}));
    EXPECT_EQ(persian.year_of_era("ap", 0), -1);
    EXPECT_EQ(persian.year_of_era("ap", -4), -5);
    EXPECT_EQ(persian.year_of_era("ap", 1404), 1404);
    EXPECT_FALSE(persian.try_year_of_era("ap", INT_MIN));  // would be year INT_MIN - 1
    EXPECT_EQ(persian.year_of_era("ap", std::int64_t{INT_MIN} + 1), INT_MIN);
    EXPECT_EQ(persian.era_of({INT_MIN, 1, 1}), (era_year{"ap", std::int64_t{INT_MIN} + 1}));
}

TEST(eras, islamic_before_hijra) {
    const calendar islamic("islamic-civil");
    EXPECT_EQ(islamic.era_of({1446, 9, 1}), (era_year{"ah", 1446}));
    EXPECT_EQ(islamic.era_of({-1, 9, 1}), (era_year{"bh", 1}));
    EXPECT_EQ(islamic.year_of_era("bh", 1), -1);
}

TEST(extended_year, counts_without_gaps) {
    const calendar cal;
    EXPECT_EQ(cal.extended_year(2025), 2025);
    EXPECT_EQ(cal.extended_year(-1), 0);
    EXPECT_EQ(cal.extended_year(-44), -43);
    EXPECT_EQ(cal.extended_year(INT_MIN), std::int64_t{INT_MIN} + 1);
    EXPECT_FALSE(cal.try_extended_year(0));
    EXPECT_THROW((void)cal.extended_year(0), kalends::error);
}

}  // namespace
