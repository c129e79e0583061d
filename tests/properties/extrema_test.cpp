// The extremes, for every built-in calendar through the handle: both ends of
// its documented range convert (first_jdn is the first day of the first
// year, last_jdn the last day of the last) and round-trip for 3000 days
// (the first 3000 also continue day by day); one step past either end,
// INT64_MIN and INT64_MAX are errors; and fields outside their ranges
// (INT_MIN, INT_MAX, month 0 and one past the last month, day 0 and 32, year
// 0 where there is none) are errors that name the field and its range.
#include "every_builtin.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>

namespace {

using kalends_properties::every_builtin;
using kalends_properties::first_year;
using kalends_properties::next_day;

TEST_P(every_builtin, both_ends_of_the_range) {
    const std::int64_t first = cal.first_jdn();
    const std::int64_t last = cal.last_jdn();
    const int max_year = cal.maximum_year();
    EXPECT_EQ(cal.parts_from_date(first), (kalends::date_parts{first_year(cal), 1, 1}));
    const int last_month = cal.months_in_year(max_year);
    EXPECT_EQ(cal.parts_from_date(last), (kalends::date_parts{max_year, last_month, cal.days_in_month(last_month, max_year)}));
    EXPECT_EQ(cal.date_from_parts(first_year(cal), 1, 1), first);
    // Continuity across the first and last few thousand days.
    for (std::int64_t jdn = first; jdn < first + 3000; ++jdn) {
        ASSERT_EQ(cal.date_from_parts(cal.parts_from_date(jdn)), jdn);
        ASSERT_EQ(next_day(cal, cal.parts_from_date(jdn)), cal.parts_from_date(jdn + 1));
    }
    for (std::int64_t jdn = last - 3000; jdn <= last; ++jdn) ASSERT_EQ(cal.date_from_parts(cal.parts_from_date(jdn)), jdn);
    // One step past either end.
    EXPECT_FALSE(cal.try_parts_from_date(first - 1));
    EXPECT_FALSE(cal.try_parts_from_date(last + 1));
    EXPECT_FALSE(cal.try_parts_from_date(INT64_MIN));
    EXPECT_FALSE(cal.try_parts_from_date(INT64_MAX));
    EXPECT_THROW((void)cal.parts_from_date(first - 1), kalends::error);
    EXPECT_THROW((void)cal.parts_from_date(last + 1), kalends::error);
    EXPECT_FALSE(cal.try_day_of_week(last + 1));
    EXPECT_FALSE(cal.try_date_from_parts(max_year, last_month, cal.days_in_month(last_month, max_year) + 1));
    if (max_year < INT_MAX) {
        EXPECT_FALSE(cal.try_date_from_parts(max_year + 1, 1, 1));
    }
    if (first_year(cal) > INT_MIN) {
        EXPECT_FALSE(cal.try_date_from_parts(first_year(cal) - 1, 1, 1));
    }
}

TEST_P(every_builtin, invalid_fields_are_errors) {
    // A year inside the range, where every month exists.
    const int year = std::clamp(2000, first_year(cal), cal.maximum_year());
    const int months = cal.months_in_year(year);
    EXPECT_EQ(cal.is_date_valid(0, 1, 1), cal.has_year_zero() && cal.minimum_year() <= 0);
    for (const int month : {INT_MIN, -1, 0, months + 1, 14, INT_MAX}) {
        EXPECT_FALSE(cal.try_date_from_parts(year, month, 1)) << month;
        EXPECT_FALSE(cal.try_days_in_month(month, year)) << month;
    }
    for (const int month : {INT_MIN, -1, 0, cal.maximum_months_in_year() + 1, INT_MAX}) {
        EXPECT_FALSE(cal.try_days_in_month(month)) << month;
    }
    for (const int day : {INT_MIN, -1, 0, 32, INT_MAX}) EXPECT_FALSE(cal.try_date_from_parts(year, 1, day)) << day;
    EXPECT_TRUE(cal.try_date_from_parts(first_year(cal), 1, 1));
    EXPECT_TRUE(cal.try_date_from_parts(cal.maximum_year(), 1, 1));
    try {
        (void)cal.date_from_parts(year, months + 1, 1);
        ADD_FAILURE() << "no exception";
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), kalends::errc::invalid_month);
        EXPECT_NE(std::string(e.what()).find("month " + std::to_string(months + 1)), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("1.." + std::to_string(months)), std::string::npos) << e.what();
    }
    if (!cal.has_year_zero() && cal.minimum_year() < 0) {
        EXPECT_FALSE(cal.try_days_in_year(0));
        EXPECT_FALSE(cal.try_is_leap_year(0));
        EXPECT_FALSE(cal.try_months_in_year(0));
        try {
            (void)cal.date_from_parts(0, 1, 1);
            ADD_FAILURE() << "no exception";
        } catch (const kalends::error& e) {
            EXPECT_EQ(e.code(), kalends::errc::invalid_year);
            EXPECT_NE(std::string(e.what()).find("no year 0"), std::string::npos) << e.what();
        }
    }
}

KALENDS_FOR_EVERY_BUILTIN(every_builtin);

}  // namespace
