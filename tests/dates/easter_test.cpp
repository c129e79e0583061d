// kalends::easter_jdn against published dates (Meeus, "Astronomical
// Algorithms", ch. 8; the church calendars of recent years; the earliest and
// latest western Easters), and the rule's own properties over the whole int32
// range: a Sunday, March 22..April 25 in the rule's calendar, periodic. The
// sweep of every year 1583..4099 against python3-dateutil, and every year
// 1..9999 against ncal, runs end to end in tests/cli/easter_e2e.py.
#include "expect_error.hpp"

#include <kalends/calendar.hpp>
#include <kalends/easter.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <cstdint>
#include <vector>

namespace {

using kalends::easter_jdn;
using kalends::easter_rule;
using kalends::errc;

// JDN of a Gregorian date through <chrono>, not through kalends.
std::int64_t gregorian_jdn(int y, unsigned m, unsigned d) {
    const std::chrono::sys_days day{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
    return day.time_since_epoch().count() + 2440588;
}

// ISO weekday of a JDN (JDN 0 was a Monday), written out here.
int weekday(std::int64_t jdn) { return static_cast<int>(((jdn % 7) + 7) % 7) + 1; }

struct published {
    int year;
    unsigned month;
    unsigned day;
};

TEST(Easter, WesternPublishedDates) {
    const std::vector<published> dates{
        {1583, 4, 10},  // the first Easter of the Gregorian calendar
        {1818, 3, 22},  // the earliest possible date
        {1943, 4, 25},  // the latest possible date
        {1954, 4, 18}, {1991, 3, 31}, {1992, 4, 19}, {2000, 4, 23},  // Meeus' examples
        {2008, 3, 23}, {2011, 4, 24}, {2024, 3, 31}, {2025, 4, 20},
        {2038, 4, 25},  // the latest again
        {2285, 3, 22},  // the next earliest
    };
    for (const auto& [y, m, d] : dates) {
        EXPECT_EQ(easter_jdn(y, easter_rule::western), gregorian_jdn(y, m, d)) << y;
    }
}

TEST(Easter, OrthodoxPublishedDatesAsGregorian) {
    const std::vector<published> dates{{2021, 5, 2}, {2023, 4, 16}, {2024, 5, 5}, {2025, 4, 20}};
    for (const auto& [y, m, d] : dates) {
        EXPECT_EQ(easter_jdn(y, easter_rule::orthodox), gregorian_jdn(y, m, d)) << y;
    }
}

TEST(Easter, OrthodoxPublishedDatesAsJulian) {
    // Meeus' examples: Easter fell on April 12 (Julian) in 179, 711 and 1243.
    const kalends::calendar julian("julian");
    for (const int y : {179, 711, 1243}) {
        EXPECT_EQ(julian.parts_from_date(easter_jdn(y, easter_rule::orthodox)), (kalends::date_parts{y, 4, 12})) << y;
    }
}

// Sunday, and March 22..April 25 in the rule's own calendar, for `year`.
void expect_easter_shape(int year, easter_rule rule, const kalends::calendar& cal) {
    const std::int64_t jdn = easter_jdn(year, rule);
    ASSERT_EQ(weekday(jdn), 7) << year;
    const kalends::date_parts p = cal.parts_from_date(jdn);
    ASSERT_EQ(p.year, year);
    const bool in_window = (p.month == 3 && p.day >= 22) || (p.month == 4 && p.day <= 25);
    ASSERT_TRUE(in_window) << year << ": " << p.month << "-" << p.day;
}

TEST(Easter, SundayInItsWindowOverTheWholeRange) {
    const kalends::calendar gregorian("gregorian");
    const kalends::calendar julian("julian");
    std::vector<int> years{INT_MIN, INT_MIN + 1, -1, 1, INT_MAX - 1, INT_MAX};
    for (int y = -20000; y <= 20000; ++y) {
        if (y != 0) years.push_back(y);
    }
    for (std::int64_t y = INT_MIN + 1000003LL; y < INT_MAX; y += 1000003) years.push_back(static_cast<int>(y));
    for (const int y : years) {
        expect_easter_shape(y, easter_rule::western, gregorian);
        expect_easter_shape(y, easter_rule::orthodox, julian);
    }
}

TEST(Easter, Periodic) {
    // The Gregorian dates repeat every 5,700,000 years, the Julian every 532
    // (= 19 * 28); also across year 0, which the astronomical year bridges.
    const kalends::calendar gregorian("gregorian");
    const kalends::calendar julian("julian");
    const auto month_day = [](const kalends::calendar& cal, int y, easter_rule rule) {
        const kalends::date_parts p = cal.parts_from_date(easter_jdn(y, rule));
        return p.month * 100 + p.day;
    };
    // Calendar years to astronomical ones (1 BCE = 0) and back.
    const auto astronomical = [](int y) { return y < 0 ? y + 1 : y; };
    const auto calendar_year = [](int a) { return a <= 0 ? a - 1 : a; };
    for (int a = -3000; a <= 3000; a += 7) {
        const int y = calendar_year(a);
        ASSERT_EQ(astronomical(y), a);
        EXPECT_EQ(month_day(gregorian, y, easter_rule::western),
                  month_day(gregorian, calendar_year(a + 5'700'000), easter_rule::western))
            << y;
        EXPECT_EQ(month_day(julian, y, easter_rule::orthodox), month_day(julian, calendar_year(a + 532), easter_rule::orthodox))
            << y;
    }
}

TEST(Easter, YearZeroIsAnError) {
    for (const easter_rule rule : {easter_rule::western, easter_rule::orthodox}) {
        const auto failed = kalends::try_easter_jdn(0, rule);
        ASSERT_FALSE(failed);
        EXPECT_EQ(failed.error().code, errc::invalid_year);
        kalends_test::expect_error([rule] { (void)easter_jdn(0, rule); }, errc::invalid_year,
                                   {"year 0", "-2147483648..2147483647, except 0"});
    }
    kalends_test::expect_error([] { (void)easter_jdn(0, easter_rule::orthodox); }, errc::invalid_year, {"'julian'"});
}

TEST(Easter, UnknownRuleIsAnError) {
    const auto failed = kalends::try_easter_jdn(2025, static_cast<easter_rule>(2));
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, errc::invalid_enum_value);
    kalends_test::expect_error([] { (void)easter_jdn(2025, static_cast<easter_rule>(-1)); }, errc::invalid_enum_value,
                               {"easter_rule", "western", "orthodox"});
}

}  // namespace
