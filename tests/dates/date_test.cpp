// kalends::date and kalends::duration: construction, fields, and arithmetic
// as table tests. Every expected value is derived by hand from the ECMAScript
// Temporal rules (NonISODateAdd / NonISODateUntil) and the calendars' rules;
// the derivation is written beside each non-obvious row.
#include "date_test_support.hpp"

#include <kalends/changeover.hpp>
#include <kalends/date.hpp>
#include <kalends/duration.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <string>

namespace {

using kalends::calendar;
using kalends::date;
using kalends::date_unit;
using kalends::duration;
using kalends::errc;
using kalends::month_code;
using kalends::overflow;

date ymd(const char* cal, int y, int m, int d) { return date(calendar(cal), y, m, d); }

errc code_of(const auto& failed) { return failed.error().code; }

// ---------------------------------------------------------------- durations

TEST(duration, parses_and_formats_iso_8601) {
    struct row {
        const char* text;
        std::int64_t y, m, w, d;
        const char* formatted;
    };
    const row rows[] = {
        {"P1Y2M10D", 1, 2, 0, 10, "P1Y2M10D"}, {"-P3W", 0, 0, -3, 0, "-P3W"},
        {"P0D", 0, 0, 0, 0, "P0D"},             {"+P1M", 0, 1, 0, 0, "P1M"},
        {"p1y1d", 1, 0, 0, 1, "P1Y1D"},         {"P0Y0M0W0D", 0, 0, 0, 0, "P0D"},
        {"P4294967295Y", 4294967295, 0, 0, 0, "P4294967295Y"},
        {"-P4398046511103D", 0, 0, 0, -4398046511103, "-P4398046511103D"},
        {"P1Y2M3W4D", 1, 2, 3, 4, "P1Y2M3W4D"},
    };
    for (const row& r : rows) {
        const duration d = duration::parse(r.text);
        EXPECT_EQ(d, duration(r.y, r.m, r.w, r.d)) << r.text;
        EXPECT_EQ(d.to_string(), r.formatted) << r.text;
        EXPECT_EQ(duration::parse(d.to_string()), d);
    }
}

TEST(duration, refuses_bad_text_with_reasons) {
    struct row {
        const char* text;
        const char* reason;
    };
    const row rows[] = {
        {"", "empty"},
        {"P", "at least one"},
        {"1Y", "start with P"},
        {"PT5H", "time parts"},
        {"P1DT2H", "time parts"},
        {"P1.5D", "fractions"},
        {"P1D1Y", "out of order"},
        {"P1Y1Y", "out of order"},
        {"P5", "no unit"},
        {"P1X", "unknown unit"},
        {"P-1D", "unexpected character"},
        {" P1D", "start with P"},
        {"P1D ", "unexpected character"},
        {"P4294967296Y", "too large"},
        {"P99999999999999999999999999D", "too large"},
        {"P4398046511104D", "too large"},
        {"--P1D", "start with P"},
    };
    for (const row& r : rows) {
        const auto parsed = duration::try_parse(r.text);
        ASSERT_FALSE(parsed) << r.text;
        EXPECT_NE(parsed.error().message().find(r.reason), std::string::npos) << r.text << ": " << parsed.error().message();
        EXPECT_THROW((void)duration::parse(r.text), kalends::error);
    }
    EXPECT_EQ(duration::try_parse("P4294967296Y").error().code, errc::invalid_duration);
    EXPECT_EQ(duration::try_parse("P4294967296M").error().code, errc::invalid_duration);
}

TEST(duration, checks_signs_and_bounds) {
    EXPECT_THROW(duration(1, -1, 0, 0), kalends::error);
    EXPECT_THROW(duration(0, 0, 0, duration::max_days + 1), kalends::error);
    EXPECT_THROW(duration(INT64_MIN, 0, 0, 0), kalends::error);
    EXPECT_EQ(duration(-1, -2, 0, -3).sign(), -1);
    EXPECT_EQ(duration(-1, -2, 0, -3).negated(), duration(1, 2, 0, 3));
    EXPECT_TRUE(duration().is_zero());
}

// ---------------------------------------------------------------- dates

TEST(date, fields_of_a_gregorian_date) {
    const date d = ymd("gregorian", 2024, 2, 29);
    EXPECT_EQ(d.jdn(), 2460370);
    EXPECT_EQ(d.extended_year(), 2024);
    EXPECT_EQ(d.era(), "ce");
    EXPECT_EQ(d.era_year(), 2024);
    EXPECT_EQ(d.month_code(), month_code(2));
    EXPECT_FALSE(d.is_leap_month());
    EXPECT_EQ(d.day_of_year(), 60);
    EXPECT_EQ(d.day_of_week(), 4);  // Thursday
    EXPECT_EQ(d.days_in_month(), 29);
    EXPECT_EQ(d.days_in_year(), 366);
    EXPECT_EQ(d.months_in_year(), 12);
    EXPECT_TRUE(d.in_leap_year());
    EXPECT_EQ(d.to_string(), "2024-02-29");
    EXPECT_EQ(d.week_of_year(), (kalends::year_week{2024, 9}));
    EXPECT_EQ(d.to_sys_days(), std::chrono::sys_days(std::chrono::year(2024) / 2 / 29));
    EXPECT_EQ(date::from_sys_days(calendar(), d.to_sys_days()), d);
    EXPECT_EQ(date().jdn(), 2440588);
}

TEST(date, bce_years_and_eras) {
    // 15 March 44 BCE (proleptic Gregorian): year -44, extended year -43.
    const date d = ymd("gregorian", -44, 3, 15);
    EXPECT_EQ(d.extended_year(), -43);
    EXPECT_EQ(d.era(), "bce");
    EXPECT_EQ(d.era_year(), 44);
    EXPECT_EQ(d.to_string(), "-0044-03-15");
    kalends::date_fields f;
    f.era = "bce";
    f.era_year = 44;
    f.month = 3;
    f.day = 15;
    EXPECT_EQ(date::from_fields(calendar(), f), d);
    f.extended_year = -43;
    EXPECT_EQ(date::from_fields(calendar(), f), d);
    f.extended_year = -44;  // disagrees with the era year
    EXPECT_EQ(date::try_from_fields(calendar(), f).error().code, errc::invalid_year);
}

TEST(date, hebrew_leap_month_fields) {
    // 5784 is a leap year (5784 mod 19 = 8): Adar I (M05L) is ordinal 6, Adar II (M06) ordinal 7.
    const calendar hebrew("hebrew");
    const date adar1 = date(hebrew, 5784, 6, 1);
    EXPECT_EQ(adar1.month_code(), month_code(5, true));
    EXPECT_TRUE(adar1.is_leap_month());
    EXPECT_EQ(adar1.months_in_year(), 13);
    EXPECT_EQ(adar1.days_in_month(), 30);
    kalends::date_fields f;
    f.year = 5784;
    f.month_code = month_code(6);
    f.day = 1;
    EXPECT_EQ(date::from_fields(hebrew, f).month(), 7);
    f.year = 5785;
    EXPECT_EQ(date::from_fields(hebrew, f).month(), 6);
    f.month_code = month_code(5, true);
    EXPECT_EQ(date::try_from_fields(hebrew, f).error().code, errc::invalid_month);
    EXPECT_EQ(date::from_fields(hebrew, f, overflow::constrain).month_code(), month_code(6));
    f.month = 7;  // Nisan in 5785, while M05L constrains to M06 = ordinal 6
    EXPECT_EQ(date::try_from_fields(hebrew, f, overflow::constrain).error().code, errc::invalid_month);
}

TEST(date, from_fields_constrain_and_reject) {
    kalends::date_fields f;
    f.year = 2023;
    f.month = 13;
    f.day = 40;
    EXPECT_EQ(date::from_fields(calendar(), f, overflow::constrain).to_string(), "2023-12-31");
    EXPECT_EQ(date::try_from_fields(calendar(), f).error().code, errc::invalid_month);
    f.month = 2;
    EXPECT_EQ(date::from_fields(calendar(), f, overflow::constrain).to_string(), "2023-02-28");
    EXPECT_EQ(date::try_from_fields(calendar(), f).error().code, errc::invalid_day);
    f.day = 0;
    EXPECT_EQ(date::try_from_fields(calendar(), f, overflow::constrain).error().code, errc::invalid_day);
    // Japanese: Reiwa 1 began on 2019-05-01.
    kalends::date_fields j;
    j.era = "reiwa";
    j.era_year = 1;
    j.month = 5;
    j.day = 1;
    EXPECT_EQ(date::from_fields(calendar("japanese"), j).jdn(), ymd("gregorian", 2019, 5, 1).jdn());
    j.era = "nonsense";
    const auto bad = date::try_from_fields(calendar("japanese"), j);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message().find("reiwa"), std::string::npos) << bad.error().message();
}

TEST(date, compares_by_day_across_calendars) {
    const date g = ymd("gregorian", 2024, 3, 11);
    const date h = g.with_calendar(calendar("hebrew"));
    EXPECT_EQ(h.to_string(), "5784-07-01");  // 1 Adar II 5784
    EXPECT_EQ(g, h);
    EXPECT_FALSE(identical(g, h));
    EXPECT_TRUE(identical(g, h.with_calendar(calendar())));
    EXPECT_LT(g, g.add(duration::of_days(1)).with_calendar(calendar("persian")));
    EXPECT_EQ(date::try_from_jdn(calendar("islamic-umalqura"), 0).error().code, errc::jdn_out_of_range);
}

TEST(date, today_is_a_real_day) {
    const date local = date::today();
    const date utc = date::today_utc();
    EXPECT_LE(std::abs(local.jdn() - utc.jdn()), 1);
    EXPECT_GT(utc.jdn(), 2460000);  // after 2023-02-24
}

// ---------------------------------------------------------------- add

struct add_row {
    const char* cal;
    int y, m, d;
    const char* dur;
    int ey, em, ed;  // expected under constrain
    bool reject_fails;  // overflow::reject refuses
};

class add_table : public testing::TestWithParam<add_row> {};

TEST_P(add_table, constrain_and_reject) {
    const add_row& r = GetParam();
    const date start = ymd(r.cal, r.y, r.m, r.d);
    const duration dur = duration::parse(r.dur);
    const date got = start.add(dur);
    EXPECT_EQ(got.parts(), (kalends::date_parts{r.ey, r.em, r.ed})) << r.cal << " " << start.to_string() << " + " << r.dur
                                                                   << " = " << got.to_string();
    const auto rejected = start.try_add(dur, overflow::reject);
    EXPECT_EQ(!rejected, r.reject_fails) << r.cal << " " << start.to_string() << " + " << r.dur;
    if (rejected) {
        EXPECT_EQ(*rejected, got);
    }
}

// Temporal: years first keeping month code and day, then months, then one
// regulation of the day, then weeks and days.
INSTANTIATE_TEST_SUITE_P(
    temporal, add_table,
    testing::Values(
        // Month ends.
        add_row{"gregorian", 2024, 1, 31, "P1M", 2024, 2, 29, true},
        add_row{"gregorian", 2023, 1, 31, "P1M", 2023, 2, 28, true},
        add_row{"gregorian", 2024, 2, 29, "P1Y", 2025, 2, 28, true},
        add_row{"gregorian", 2024, 2, 29, "P4Y", 2028, 2, 29, false},
        // Day regulated once, after the months: 2025-02 then 2025-03, day 29 kept.
        add_row{"gregorian", 2024, 2, 29, "P1Y1M", 2025, 3, 29, false},
        add_row{"gregorian", 2024, 3, 31, "-P1M", 2024, 2, 29, true},
        add_row{"gregorian", 2024, 1, 31, "P1M1D", 2024, 3, 1, true},
        add_row{"gregorian", 2024, 12, 31, "P2M", 2025, 2, 28, true},
        add_row{"gregorian", 2024, 1, 1, "-P1D", 2023, 12, 31, false},
        add_row{"gregorian", 2024, 1, 1, "P1W", 2024, 1, 8, false},
        add_row{"gregorian", 1, 1, 1, "-P1Y", -1, 1, 1, false},  // no year 0: 1 CE - 1 year = 1 BCE
        add_row{"gregorian", -1, 3, 1, "P1Y", 1, 3, 1, false},
        add_row{"gregorian", 2000, 6, 15, "P1000000Y", 1002000, 6, 15, false},
        add_row{"gregorian", 2000, 6, 15, "P12000000M", 1002000, 6, 15, false},
        add_row{"julian", 1900, 2, 29, "P100Y", 2000, 2, 29, false},
        add_row{"milankovic", 1900, 2, 28, "P100Y1D", 2000, 2, 29, false},
        // Hebrew (5784 leap, 5785 and 5786 common, 5787 leap). Ordinals in a
        // leap year: 5 Shevat, 6 Adar I (M05L), 7 Adar II (M06), 8 Nisan; in a
        // common year: 5 Shevat, 6 Adar (M06), 7 Nisan.
        add_row{"hebrew", 5784, 6, 15, "P1Y", 5785, 6, 15, true},    // M05L -> M06 (Temporal)
        add_row{"hebrew", 5784, 6, 30, "P1Y", 5785, 6, 29, true},    // and Adar has 29 days
        add_row{"hebrew", 5784, 7, 15, "P1Y", 5785, 6, 15, false},   // Adar II (M06) -> Adar (M06)
        add_row{"hebrew", 5785, 6, 15, "-P1Y", 5784, 7, 15, false},  // Adar (M06) -> Adar II (M06)
        add_row{"hebrew", 5784, 6, 15, "P3Y", 5787, 6, 15, false},   // M05L exists in 5787
        add_row{"hebrew", 5784, 8, 1, "P1Y", 5785, 7, 1, false},     // Nisan (M07) keeps its code
        add_row{"hebrew", 5784, 5, 1, "P1M", 5784, 6, 1, false},     // Shevat + 1 month = Adar I
        add_row{"hebrew", 5784, 5, 1, "P2M", 5784, 7, 1, false},     // Adar II
        add_row{"hebrew", 5785, 5, 1, "P1M", 5785, 6, 1, false},     // Adar
        add_row{"hebrew", 5784, 1, 1, "P13M", 5785, 1, 1, false},    // a leap year has 13 months
        add_row{"hebrew", 5785, 1, 1, "P12M", 5786, 1, 1, false},
        // 235 months are 19 years: 5784-01-01 + 235 months = 5803-01-01.
        add_row{"hebrew", 5784, 1, 1, "P235M", 5803, 1, 1, false},
        add_row{"hebrew", 5784, 1, 1, "P2350000M", 195784, 1, 1, false},
        add_row{"hebrew", 5784, 6, 1, "P1Y1M", 5785, 7, 1, true},    // M05L -> M06 (6), + 1 = Nisan
        // Heshvan 30 exists only in complete years: 5785 (2024-10-03..2025-09-22, 355 days)
        // is complete, 5786 (2025-09-23..2026-09-11, 354 days) regular.
        add_row{"hebrew", 5785, 2, 30, "P1Y", 5786, 2, 29, true},
        // Coptic: the 13th month has 6 days in leap years (year mod 4 = 3) and 5 otherwise.
        add_row{"coptic", 1739, 13, 6, "P1Y", 1740, 13, 5, true},
        add_row{"coptic", 1739, 12, 30, "P1M", 1739, 13, 6, true},
        add_row{"coptic", 1739, 13, 1, "P1M", 1740, 1, 1, false},
        add_row{"ethiopic", 2015, 13, 6, "P1Y", 2016, 13, 5, true},  // 2015 leap (mod 4 = 3)
        // Islamic civil: odd months have 30 days, even months 29 (Dhu al-Hijja 30 in leap years).
        add_row{"islamic-civil", 1445, 1, 30, "P1M", 1445, 2, 29, true},
        add_row{"persian", 1403, 12, 30, "P1Y", 1404, 12, 29, true},  // 1403 is leap
        add_row{"persian", 1403, 6, 31, "P1M", 1403, 7, 30, true},
        // Changeover: Thursday 1582-10-04 (Julian) is followed by Friday 1582-10-15.
        add_row{"gregorian-julian", 1582, 10, 4, "P1D", 1582, 10, 15, false},
        add_row{"gregorian-julian", 1582, 9, 10, "P1M", 1582, 10, 15, true},  // day 10 skipped: next day that exists
        add_row{"gregorian-julian", 1582, 9, 4, "P1M", 1582, 10, 4, false},
        add_row{"gregorian-julian", 1582, 10, 15, "-P1D", 1582, 10, 4, false},
        add_row{"gregorian-julian", 1500, 2, 29, "P100Y", 1600, 2, 29, false},  // Julian leap day to Gregorian
        add_row{"gregorian-julian", 1400, 2, 29, "P300Y", 1700, 2, 28, true}),
    [](const auto& test_param) { return std::to_string(test_param.index); });

TEST(add, reject_and_range_errors) {
    const date adar1 = ymd("hebrew", 5784, 6, 15);
    const auto rejected = adar1.try_add(duration::of_years(1), overflow::reject);
    ASSERT_FALSE(rejected);
    EXPECT_EQ(rejected.error().code, errc::invalid_month);
    EXPECT_NE(rejected.error().message().find("M05L"), std::string::npos) << rejected.error().message();

    const date last = ymd("gregorian", INT_MAX, 12, 31);
    EXPECT_EQ(code_of(last.try_add(duration::of_days(1))), errc::jdn_out_of_range);
    EXPECT_EQ(code_of(last.try_add(duration::of_years(1))), errc::invalid_year);
    EXPECT_EQ(code_of(last.try_add(duration::of_months(1))), errc::invalid_year);
    // Extended years run from INT_MIN + 1 to INT_MAX: 2^32 - 1 years, so max_years - 1 spans them.
    EXPECT_EQ(last.add(duration::of_years(-(duration::max_years - 1))).year(), INT_MIN);
    EXPECT_EQ(code_of(last.try_add(duration::of_years(-duration::max_years))), errc::invalid_year);
    const date first = ymd("gregorian", INT_MIN, 1, 1);
    EXPECT_EQ(code_of(first.try_add(duration::of_days(-1))), errc::jdn_out_of_range);
    EXPECT_EQ(code_of(first.try_add(duration::of_months(-duration::max_months))), errc::invalid_year);
    EXPECT_EQ(first.add(duration::of_years(duration::max_years - 1)).year(), INT_MAX);  // skips year 0
    EXPECT_EQ(code_of(ymd("islamic-umalqura", 1600, 1, 1).try_add(duration::of_years(1))), errc::invalid_year);
    EXPECT_EQ(code_of(ymd("hebrew", 1, 1, 1).try_add(duration::of_days(-1))), errc::jdn_out_of_range);
    EXPECT_EQ(code_of(ymd("hebrew", 1, 1, 1).try_add(duration::of_months(-1))), errc::invalid_year);
    EXPECT_THROW((void)ymd("hebrew", 1, 1, 1).subtract(duration::of_days(1)), kalends::error);
    // Largest durations in the middle of the range are exact.
    const date mid = ymd("gregorian", 0 + 1, 1, 1);
    EXPECT_EQ(mid.add(duration::of_weeks(duration::max_weeks)).jdn(), mid.jdn() + 7 * duration::max_weeks);
}

// ---------------------------------------------------------------- until

struct until_row {
    const char* cal;
    int y1, m1, d1, y2, m2, d2;
    date_unit largest;
    const char* expected;
};

class until_table : public testing::TestWithParam<until_row> {};

TEST_P(until_table, matches_temporal_and_adds_back) {
    const until_row& r = GetParam();
    const date a = ymd(r.cal, r.y1, r.m1, r.d1);
    const date b = ymd(r.cal, r.y2, r.m2, r.d2);
    const duration d = a.until(b, r.largest);
    EXPECT_EQ(d.to_string(), r.expected) << a.to_string() << " until " << b.to_string();
    EXPECT_EQ(a.add(d), b);
    EXPECT_EQ(a.since(b, r.largest), d.negated());
    EXPECT_EQ(a.subtract(a.since(b, r.largest)), b);
}

INSTANTIATE_TEST_SUITE_P(
    temporal, until_table,
    testing::Values(
        until_row{"gregorian", 2024, 1, 31, 2024, 2, 29, date_unit::months, "P29D"},  // Jan 31 + 1M surpasses Feb 29
        until_row{"gregorian", 2024, 2, 29, 2025, 2, 28, date_unit::years, "P11M30D"},
        until_row{"gregorian", 2024, 2, 29, 2028, 2, 29, date_unit::years, "P4Y"},
        until_row{"gregorian", 2024, 3, 31, 2024, 2, 29, date_unit::months, "-P1M"},
        until_row{"gregorian", 2020, 1, 1, 2024, 3, 15, date_unit::years, "P4Y2M14D"},
        until_row{"gregorian", 2020, 1, 1, 2024, 3, 15, date_unit::months, "P50M14D"},
        until_row{"gregorian", 2020, 1, 1, 2024, 3, 15, date_unit::weeks, "P219W2D"},  // 1535 days
        until_row{"gregorian", 2020, 1, 1, 2024, 3, 15, date_unit::days, "P1535D"},
        until_row{"gregorian", 2024, 3, 15, 2020, 1, 1, date_unit::years, "-P4Y2M14D"},
        until_row{"gregorian", -1, 6, 1, 1, 6, 1, date_unit::years, "P1Y"},  // 1 BCE to 1 CE is one year
        // Hebrew: Adar I 5784 to Adar 5785 is one year (M05L constrains to M06).
        until_row{"hebrew", 5784, 6, 1, 5785, 6, 1, date_unit::years, "P1Y"},
        until_row{"hebrew", 5784, 6, 1, 5785, 6, 1, date_unit::months, "P13M"},  // 7 to Elul, 1 to Tishri, 5
        // Adar I 30 to Adar 29: day 30 surpasses 29 after one year and after 13 months,
        // so 12 months to Shevat 30 5785, then 29 days.
        until_row{"hebrew", 5784, 6, 30, 5785, 6, 29, date_unit::years, "P12M29D"},
        until_row{"hebrew", 5785, 6, 1, 5784, 7, 1, date_unit::years, "-P1Y"},  // Adar back to Adar II
        until_row{"hebrew", 5784, 1, 1, 5803, 1, 1, date_unit::months, "P235M"},
        until_row{"gregorian-julian", 1582, 10, 4, 1582, 10, 15, date_unit::days, "P1D"},
        until_row{"gregorian-julian", 1582, 9, 10, 1582, 10, 20, date_unit::months, "P1M5D"}),  // via 10-15
    [](const auto& test_param) { return std::to_string(test_param.index); });

TEST(until, other_calendar_is_viewed_in_this_one) {
    const date a = ymd("gregorian", 2024, 1, 1);
    const date b = ymd("hebrew", 5785, 1, 1);  // 2024-10-03
    EXPECT_EQ(a.until(b, date_unit::months).to_string(), "P9M2D");
    // A span wider than max_weeks weeks cannot be expressed in weeks: an error, not a wrong answer.
    const date far = ymd("gregorian", 200'000'000, 1, 1);
    EXPECT_EQ(code_of(ymd("gregorian", 1, 1, 1).try_until(far, date_unit::weeks)), errc::invalid_duration);
    EXPECT_EQ(ymd("gregorian", 1, 1, 1).until(far, date_unit::years).to_string(), "P199999999Y");
    // A day the other calendar cannot hold.
    EXPECT_EQ(code_of(ymd("islamic-umalqura", 1400, 1, 1).try_until(ymd("gregorian", 1, 1, 1))),
              errc::jdn_out_of_range);
}

// ---------------------------------------------------------------- user calendars

TEST(user_calendar, walking_month_arithmetic_agrees_with_closed_forms) {
    for (const char* name : {"hebrew", "gregorian", "coptic"}) {
        const calendar builtin(name);
        const calendar user = kalends_test::forwarded(name);
        ASSERT_EQ(user.system(), kalends::calendar_system::user);
        std::uint64_t state = 12345;
        const auto next = [&state](std::int64_t n) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(n));
        };
        for (int i = 0; i < 2000; ++i) {
            const std::int64_t jdn = 2'000'000 + next(1'000'000);
            const date a = date::from_jdn(builtin, jdn);
            const date b = date::from_jdn(user, jdn);
            const duration d(next(40), next(500), 0, next(100));
            const duration dn = i % 2 ? d : d.negated();
            EXPECT_EQ(a.add(dn).jdn(), b.add(dn).jdn()) << name << " " << a.to_string() << " + " << dn.to_string();
            const date e = date::from_jdn(builtin, 2'000'000 + next(1'000'000));
            for (const date_unit u : {date_unit::years, date_unit::months}) {
                EXPECT_EQ(a.until(e, u), b.until(e.with_calendar(user), u)) << name << " " << a.to_string();
            }
        }
    }
}

}  // namespace
