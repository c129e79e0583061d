// Every built-in calendar, day by day over JDN 0 .. 2 488 070 (4713 BCE to
// 2100 CE, or the part of it the calendar covers) through the handle: each day round-trips, consecutive days are
// consecutive dates, and both ends of the documented range work while one
// step past either end is an error.
#include <kalends/calendars/gregorian.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

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

// The first valid year: minimum_year(), or 1 where that is a missing year 0.
int first_year(const kalends::calendar& cal) {
    return (cal.minimum_year() == 0 && !cal.has_year_zero()) ? 1 : cal.minimum_year();
}

TEST_P(every_builtin, round_trip_and_continuity_day_by_day) {
    const std::int64_t first = std::max(sweep_first, cal.first_jdn());
    const std::int64_t last = std::min(sweep_last, cal.last_jdn());
    kalends::date_parts expected = cal.parts_from_date(first);
    int failures = 0;
    for (std::int64_t jdn = first; jdn <= last && failures < 10; ++jdn) {
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
        // Day numbers a calendar skips (gregorian-julian: 1582-10-05..14) are not dates.
        for (int skipped = 0; skipped < 31 && !cal.try_date_from_parts(expected); ++skipped) {
            expected = next_day(cal, expected);
        }
    }
}

TEST_P(every_builtin, year_lengths_match_new_year_distances) {
    // days_in_year agrees with the distance between new years and with the
    // month lengths, for runs of years spread over the whole range.
    const std::int64_t low = first_year(cal);
    const std::int64_t high = cal.maximum_year();
    const std::int64_t stride = std::max<std::int64_t>(40, (high - low) / 200);
    for (std::int64_t y = low; y < high; y += stride) {
        for (int k = 0; k < 40; ++k) {
            if (y + k >= high) break;
            const auto year = static_cast<int>(y + k);
            if (!cal.has_year_zero() && (year == 0 || year == -1)) continue;
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

TEST_P(every_builtin, weekday_is_continuous_with_the_iso_week) {
    // JDN 2451545 (2000-01-01) was a Saturday; weekdays advance by one each day.
    for (std::int64_t jdn = 2451545 - 10; jdn < 2451545 + 10; ++jdn) {
        const auto expected = static_cast<int>((jdn - 2451545 + 7 * 1000 + 5) % 7) + 1;
        EXPECT_EQ(cal.day_of_week(jdn), expected);
    }
    EXPECT_EQ(cal.day_of_week(cal.first_jdn()), static_cast<int>(((cal.first_jdn() % 7) + 7) % 7) + 1);
}

TEST(gregorian_kernel, fast_path_boundaries) {
    // The Gregorian kernel switches between a 32-bit and a 64-bit form at
    // about +-1.4 million years; both sides of both switch points must agree
    // day by day, in both directions, including January and February.
    using kernel = kalends::kernels::gregorian;
    const kalends::calendar cal;
    for (const std::int64_t edge : {kernel::fast_first_jdn, kernel::fast_last_jdn + 1}) {
        kalends::date_parts expected = cal.parts_from_date(edge - 800);
        for (std::int64_t jdn = edge - 800; jdn <= edge + 800; ++jdn) {
            const kalends::date_parts parts = cal.parts_from_date(jdn);
            ASSERT_EQ(parts, expected) << "JDN " << jdn;
            ASSERT_EQ(cal.date_from_parts(parts), jdn) << show(parts);
            expected = next_day(cal, parts);
        }
    }
    for (const int year : {-1'400'002, -1'400'001, -1'400'000, -1'399'999, 1'399'998, 1'399'999, 1'400'000, 1'400'001}) {
        for (int month = 1; month <= 12; ++month) {
            const std::int64_t jdn = cal.date_from_parts(year, month, 1);
            ASSERT_EQ(cal.parts_from_date(jdn), (kalends::date_parts{year, month, 1})) << year << "-" << month;
        }
    }
}

std::vector<kalends::calendar_system> all_builtins() {
    std::vector<kalends::calendar_system> systems;
    for (int i = 0; i < kalends::builtin_calendar_count; ++i) systems.push_back(static_cast<kalends::calendar_system>(i));
    return systems;
}

INSTANTIATE_TEST_SUITE_P(calendars, every_builtin, testing::ValuesIn(all_builtins()),
                         [](const auto& test_param) {
                             std::string name(kalends::calendar(test_param.param).name());
                             for (char& c : name) {
                                 if (c == '-') c = '_';
                             }
                             return name;
                         });

}  // namespace
