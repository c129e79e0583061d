// The Gregorian calendar and the <chrono> interface against libstdc++'s
// <chrono>, an implementation independent of kalends: every day of chrono's
// years -32767..32767 both ways, the conversions to and from sys_days and
// year_month_day (with their range errors), and match_century_to_weekday,
// whose expected dates are found by <chrono>'s weekdays.
#include "expect_error.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <cstdint>
#include <optional>

namespace {

using kalends::calendar;
using kalends::date_parts;
using kalends::errc;
using kalends_test::expect_error;
namespace chr = std::chrono;

std::int64_t chrono_jdn(chr::year_month_day ymd) {
    return std::int64_t{chr::sys_days(ymd).time_since_epoch().count()} + 2440588;
}

TEST(calendar, gregorian_equals_chrono_over_all_of_chronos_years) {
    // std::chrono has a year 0; kalends' Gregorian calls it -1.
    const calendar cal;
    const std::int64_t first = chrono_jdn(chr::year::min() / 1 / 1);
    const std::int64_t last = chrono_jdn(chr::year::max() / 12 / 31);
    for (std::int64_t jdn = first; jdn <= last; ++jdn) {
        const chr::year_month_day ymd{chr::sys_days(chr::days(jdn - 2440588))};
        const int y = static_cast<int>(ymd.year());
        const date_parts expected{y <= 0 ? y - 1 : y, static_cast<int>(unsigned(ymd.month())),
                                  static_cast<int>(unsigned(ymd.day()))};
        const date_parts got = cal.parts_from_date(jdn);
        if (got != expected) {
            FAIL() << "JDN " << jdn << ": " << got.year << "-" << got.month << "-" << got.day;
        }
        if (ymd.day() == chr::day{1} && cal.date_from_parts(expected) != jdn) FAIL() << "JDN " << jdn;
    }
}

TEST(calendar, chrono_interop) {
    const calendar gregorian;
    const calendar persian("persian");
    EXPECT_EQ(persian.from_sys_days(chr::sys_days(chr::year{2025} / 3 / 21)), (date_parts{1404, 1, 1}));
    EXPECT_EQ(persian.to_sys_days({1404, 1, 1}), chr::sys_days(chr::year{2025} / 3 / 21));
    EXPECT_EQ(persian.to_year_month_day({1404, 1, 1}), chr::year{2025} / 3 / 21);
    EXPECT_EQ(persian.from_year_month_day(chr::year{2025} / 3 / 21), (date_parts{1404, 1, 1}));
    EXPECT_EQ(gregorian.from_year_month_day(chr::year{0} / 12 / 31), (date_parts{-1, 12, 31}));
    EXPECT_EQ(gregorian.to_year_month_day({-1, 12, 31}), chr::year{0} / 12 / 31);
    EXPECT_EQ(gregorian.to_year_month_day({-32768, 1, 1}), chr::year{-32767} / 1 / 1);
    EXPECT_FALSE(gregorian.try_to_year_month_day({-32769, 12, 31}));
    EXPECT_FALSE(gregorian.try_to_year_month_day({32768, 1, 1}));
    expect_error([&] { (void)gregorian.to_year_month_day({40000, 1, 1}); }, errc::jdn_out_of_range,
                 {"year_month_day", "-32767..32767"});
    EXPECT_FALSE(gregorian.try_from_year_month_day(chr::year{2023} / 2 / 29));
    expect_error([&] { (void)gregorian.from_year_month_day(chr::year{2023} / 2 / 29); }, errc::invalid_day,
                 {"2023-2-29"});
    EXPECT_FALSE(persian.try_to_sys_days({1404, 12, 30}));
}

TEST(calendar, match_century_to_weekday_prefers_near_then_later) {
    const calendar cal;
    // Qt's example: "Wed 28-Nov-01" is 2001-11-28 (a Wednesday) when the century is unknown.
    EXPECT_EQ(cal.match_century_to_weekday({1901, 11, 28}, 3), chrono_jdn(chr::year{2001} / 11 / 28));
    // Every month and weekday over several base years: the answer is the
    // nearest century offset with that weekday by <chrono>, later first, or none.
    for (const int base : {1, 1900, 2024, -500}) {
        for (int month = 1; month <= 12; ++month) {
            for (int weekday = 1; weekday <= 7; ++weekday) {
                const date_parts parts{base, month, 15};
                std::optional<std::int64_t> expected;
                for (int step = 0; step <= calendar::century_search_limit && !expected; ++step) {
                    for (const int sign : {1, -1}) {
                        const int year = base + sign * step * 100;
                        if (year == 0 || (step == 0 && sign < 0) || expected) continue;
                        const int chrono_year = year < 0 ? year + 1 : year;
                        const chr::year_month_day ymd{chr::year{chrono_year}, chr::month{unsigned(month)}, chr::day{15}};
                        if (chr::weekday(chr::sys_days(ymd)).iso_encoding() == unsigned(weekday)) expected = chrono_jdn(ymd);
                    }
                }
                // The Gregorian 400-year cycle is whole weeks, so on one side of year 0
                // only four weekdays are reachable by whole centuries; crossing the
                // missing year 0 shifts the cycle.
                EXPECT_EQ(kalends::to_optional(cal.try_match_century_to_weekday(parts, weekday)), expected) << base << "-" << month;
            }
        }
    }
    // February 29 of a century leap year falls only on a Tuesday.
    EXPECT_EQ(cal.match_century_to_weekday({2000, 2, 29}, 2), chrono_jdn(chr::year{2000} / 2 / 29));
    expect_error([&] { (void)cal.match_century_to_weekday({2000, 2, 29}, 3); }, errc::no_matching_date, {"weekday 3"});
    expect_error([&] { (void)cal.match_century_to_weekday({2000, 1, 1}, 8); }, errc::invalid_weekday, {"weekday 8", "1..7"});
    EXPECT_FALSE(cal.try_match_century_to_weekday({2000, 1, 1}, 0));
    EXPECT_FALSE(cal.try_match_century_to_weekday({2000, 13, 1}, 1));
    // At the end of the year range the search skips years past INT_MAX and goes on downwards.
    const std::int64_t top = cal.date_from_parts(INT_MAX, 1, 1);
    const std::int64_t below = cal.date_from_parts(INT_MAX - 100, 1, 1);
    ASSERT_NE(cal.day_of_week(top), cal.day_of_week(below));
    EXPECT_EQ(cal.try_match_century_to_weekday({INT_MAX, 1, 1}, cal.day_of_week(below)), below);
    EXPECT_EQ(cal.try_match_century_to_weekday({INT_MIN, 1, 1}, cal.day_of_week(cal.date_from_parts(INT_MIN + 100, 1, 1))),
              cal.date_from_parts(INT_MIN + 100, 1, 1));
}

}  // namespace
