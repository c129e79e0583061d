// Every built-in calendar, day by day over JDN 0 .. 2 488 070 (4713 BCE to
// 2100 CE) through the handle: each day round-trips, consecutive days are
// consecutive dates, and both ends of the documented range work while one
// step past either end is an error.
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <string>

namespace {

constexpr std::int64_t sweep_first = 0;
constexpr std::int64_t sweep_last = 2'488'070;

class every_builtin : public testing::TestWithParam<kalends::calendar_system> {
protected:
    kalends::calendar cal{GetParam()};
};

std::string show(const kalends::date_parts& p) {
    return std::to_string(p.year) + "-" + std::to_string(p.month) + "-" + std::to_string(p.day);
}

// The date after `p` in `cal`, computed from the calendar's month and year
// lengths only (not from its conversion functions).
kalends::date_parts next_day(const kalends::calendar& cal, kalends::date_parts p) {
    if (p.day < cal.days_in_month(p.month, p.year)) return {p.year, p.month, p.day + 1};
    if (p.month < cal.months_in_year(p.year)) return {p.year, p.month + 1, 1};
    const int next_year = (p.year == -1 && !cal.has_year_zero()) ? 1 : p.year + 1;
    return {next_year, 1, 1};
}

TEST_P(every_builtin, round_trip_and_continuity_day_by_day) {
    kalends::date_parts expected = cal.parts_from_date(sweep_first);
    int failures = 0;
    for (std::int64_t jdn = sweep_first; jdn <= sweep_last && failures < 10; ++jdn) {
        const kalends::date_parts parts = cal.parts_from_date(jdn);
        if (parts != expected) {
            ADD_FAILURE() << cal.name() << ": JDN " << jdn << " is " << show(parts) << ", expected " << show(expected);
            ++failures;
        }
        const auto back = cal.try_date_from_parts(parts);
        if (!back || *back != jdn) {
            ADD_FAILURE() << cal.name() << ": " << show(parts) << " does not round-trip to JDN " << jdn;
            ++failures;
        }
        expected = next_day(cal, parts);
    }
}

TEST_P(every_builtin, year_lengths_match_new_year_distances) {
    // days_in_year and is_leap_year agree with the distance between new years,
    // for many years spread over the whole int32 range.
    for (std::int64_t y = INT_MIN; y < INT_MAX; y += 9'999'991) {
        for (int k = 0; k < 40; ++k) {
            if (y + k >= INT_MAX) break;
            const auto year = static_cast<int>(y + k);
            if (year == 0 || year == -1) continue;
            const std::int64_t length = cal.date_from_parts(year + 1, 1, 1) - cal.date_from_parts(year, 1, 1);
            ASSERT_EQ(length, cal.days_in_year(year)) << cal.name() << " year " << year;
            int sum = 0;
            for (int m = 1; m <= cal.months_in_year(year); ++m) sum += cal.days_in_month(m, year);
            ASSERT_EQ(sum, cal.days_in_year(year)) << cal.name() << " year " << year;
        }
    }
}

TEST_P(every_builtin, both_ends_of_the_range) {
    const std::int64_t first = cal.first_jdn();
    const std::int64_t last = cal.last_jdn();
    EXPECT_EQ(cal.parts_from_date(first), (kalends::date_parts{INT_MIN, 1, 1}));
    const int last_month = cal.months_in_year(INT_MAX);
    EXPECT_EQ(cal.parts_from_date(last), (kalends::date_parts{INT_MAX, last_month, cal.days_in_month(last_month, INT_MAX)}));
    EXPECT_EQ(cal.date_from_parts(INT_MIN, 1, 1), first);
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
    EXPECT_FALSE(cal.try_date_from_parts(INT_MAX, last_month, cal.days_in_month(last_month, INT_MAX) + 1));
}

TEST_P(every_builtin, invalid_fields_are_errors) {
    EXPECT_FALSE(cal.is_date_valid(0, 1, 1));  // none of these has a year 0
    EXPECT_FALSE(cal.try_date_from_parts(0, 1, 1));
    for (const int month : {INT_MIN, -1, 0, 13, 14, INT_MAX}) {
        EXPECT_FALSE(cal.try_date_from_parts(2000, month, 1)) << month;
        EXPECT_FALSE(cal.try_days_in_month(month, 2000)) << month;
        EXPECT_FALSE(cal.try_days_in_month(month)) << month;
    }
    for (const int day : {INT_MIN, -1, 0, 32, INT_MAX}) EXPECT_FALSE(cal.try_date_from_parts(2000, 1, day)) << day;
    EXPECT_TRUE(cal.try_date_from_parts(INT_MIN, 1, 1));
    EXPECT_TRUE(cal.try_date_from_parts(INT_MAX, 1, 1));
    EXPECT_FALSE(cal.try_days_in_year(0));
    EXPECT_FALSE(cal.try_is_leap_year(0));
    EXPECT_FALSE(cal.try_months_in_year(0));
    try {
        (void)cal.date_from_parts(2000, 13, 1);
        ADD_FAILURE() << "no exception";
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), kalends::errc::invalid_month);
        EXPECT_NE(std::string(e.what()).find("month 13"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("1..12"), std::string::npos) << e.what();
    }
    try {
        (void)cal.date_from_parts(0, 1, 1);
        ADD_FAILURE() << "no exception";
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), kalends::errc::invalid_year);
        EXPECT_NE(std::string(e.what()).find("no year 0"), std::string::npos) << e.what();
    }
}

TEST_P(every_builtin, weekday_is_continuous_with_the_iso_week) {
    // JDN 2451545 (2000-01-01) was a Saturday; weekdays advance by one each day.
    for (std::int64_t jdn = 2451545 - 10; jdn < 2451545 + 10; ++jdn) {
        const auto expected = static_cast<int>((jdn - 2451545 + 7 * 1000 + 5) % 7) + 1;
        EXPECT_EQ(cal.day_of_week(jdn), expected);
    }
    EXPECT_EQ(cal.day_of_week(cal.first_jdn()), static_cast<int>(((cal.first_jdn() % 7) + 7) % 7) + 1);
}

INSTANTIATE_TEST_SUITE_P(calendars, every_builtin,
                         testing::Values(kalends::calendar_system::gregorian, kalends::calendar_system::julian,
                                         kalends::calendar_system::milankovic, kalends::calendar_system::persian,
                                         kalends::calendar_system::persian_2820,
                                         kalends::calendar_system::islamic_civil),
                         [](const auto& test_param) {
                             std::string name(kalends::calendar(test_param.param).name());
                             for (char& c : name) {
                                 if (c == '-') c = '_';
                             }
                             return name;
                         });

}  // namespace
