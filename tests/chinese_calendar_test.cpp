// The Chinese and Dangi calendars through the handle: names, properties,
// the table's range and its errors, leap-month codes, the 60-year cycle,
// and reading and writing their dates in Chinese and Korean (CLDR 41's
// patterns: cyclic year names, leap-month patterns, hanidays numerals).
// Their days are checked against python3-lunardate and ICU in
// tests/kernels/chinese_test.cpp.
#include "expect_error.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using kalends::calendar;
using kalends::calendar_system;
using kalends::date_format;
using kalends::date_parts;
using kalends::date_style;
using kalends::errc;
using kalends::locale;
using kalends::month_code;
using kalends_test::expect_error;

const calendar gregorian;

std::int64_t civil(int y, int m, int d) { return gregorian.date_from_parts(y, m, d); }

TEST(chinese_calendar, names_and_properties) {
    EXPECT_EQ(calendar("chinese").system(), calendar_system::chinese);
    EXPECT_EQ(calendar("dangi").system(), calendar_system::dangi);
    EXPECT_EQ(calendar("Korean").system(), calendar_system::dangi);
    for (const calendar& cal : {calendar("chinese"), calendar("dangi")}) {
        EXPECT_TRUE(cal.is_luni_solar()) << cal.name();
        EXPECT_EQ(cal.minimum_days_in_month(), 29);
        EXPECT_EQ(cal.maximum_days_in_month(), 30);
        EXPECT_EQ(cal.maximum_months_in_year(), 13);
        EXPECT_EQ(cal.minimum_year(), 1645);
        EXPECT_EQ(cal.maximum_year(), 2644);
        EXPECT_TRUE(cal.era_codes().empty());
        EXPECT_EQ(cal.first_jdn(), civil(1645, 1, 28));
    }
    EXPECT_EQ(calendar("chinese").last_jdn(), civil(2645, 2, 17));
    EXPECT_EQ(calendar("dangi").last_jdn(), civil(2645, 2, 18));
}

TEST(chinese_calendar, outside_the_table_is_an_error) {
    const calendar chinese("chinese");
    expect_error([&] { (void)chinese.date_from_parts(1644, 12, 1); }, errc::invalid_year,
                 {"year 1644", "'chinese'", "allowed 1645..2644)"});
    expect_error([&] { (void)chinese.date_from_parts(2645, 1, 1); }, errc::invalid_year, {"year 2645"});
    expect_error([&] { (void)chinese.parts_from_date(civil(1645, 1, 27)); }, errc::jdn_out_of_range, {});
    expect_error([&] { (void)chinese.parts_from_date(civil(2645, 2, 18)); }, errc::jdn_out_of_range, {});
    EXPECT_TRUE(calendar("dangi").try_parts_from_date(civil(2645, 2, 18)));
    expect_error([&] { (void)chinese.date_from_parts(2023, 14, 1); }, errc::invalid_month, {"allowed 1..13"});
    expect_error([&] { (void)chinese.date_from_parts(2024, 13, 1); }, errc::invalid_month, {"allowed 1..12"});
    expect_error([&] { (void)chinese.date_from_parts(2023, 1, 31); }, errc::invalid_day, {"day 31"});
}

TEST(chinese_calendar, leap_months_have_codes) {
    const calendar chinese("chinese");
    // 2023: 闰二月 from 2023-03-22 (HKO), the third month of the year.
    EXPECT_EQ(chinese.month_code_of(3, 2023), month_code(2, true));
    EXPECT_EQ(chinese.month_code_of(4, 2023), month_code(3));
    EXPECT_EQ(chinese.month_of_code(month_code(2, true), 2023), 3);
    EXPECT_EQ(chinese.date_from_parts(2023, 3, 1), civil(2023, 3, 22));
    expect_error([&] { (void)chinese.month_of_code(month_code(2, true), 2024); }, errc::invalid_month,
                 {"has no month with code M02L"});
    // 2033: 闰十一月 from 2033-12-22, not 闰七月 as old almanacs had it.
    EXPECT_EQ(chinese.parts_from_date(civil(2033, 12, 22)), (date_parts{2033, 12, 1}));
    EXPECT_EQ(chinese.month_code_of(12, 2033), month_code(11, true));
}

// The spot values of the design (GB/T 33661-2017 as HKO and KASI publish it).
TEST(chinese_calendar, spot_values) {
    const calendar chinese("chinese");
    const calendar dangi("dangi");
    const auto code_and_day = [](const calendar& cal, std::int64_t jdn) {
        const date_parts p = cal.parts_from_date(jdn);
        return std::string(cal.month_code_of(p.month, p.year).view()) + "-" + std::to_string(p.day);
    };
    for (const calendar* cal : {&chinese, &dangi}) {
        EXPECT_EQ(code_and_day(*cal, civil(2023, 3, 22)), "M02L-1") << cal->name();
        EXPECT_EQ(code_and_day(*cal, civil(2033, 12, 22)), "M11L-1") << cal->name();
        EXPECT_EQ(code_and_day(*cal, civil(2034, 1, 19)), "M11L-29") << cal->name();
        EXPECT_EQ(code_and_day(*cal, civil(1917, 3, 23)), "M02L-1") << cal->name();
        EXPECT_EQ(code_and_day(*cal, civil(1984, 2, 2)), "M01-1") << cal->name();
    }
    EXPECT_EQ(code_and_day(chinese, civil(1954, 2, 3)), "M01-1");
    EXPECT_EQ(code_and_day(chinese, civil(1914, 6, 23)), "M05L-1");
    EXPECT_EQ(code_and_day(dangi, civil(1914, 6, 23)), "M05-30");
    EXPECT_EQ(chinese.cycle_year(chinese.parts_from_date(civil(1984, 2, 2)).year), 1);
}

// Temporal's rules: a year later, a leap month the year lacks becomes the
// month of its number (constrain) or an error (reject).
TEST(chinese_calendar, arithmetic_keeps_month_codes) {
    const calendar chinese("chinese");
    const kalends::date leap_second_month(chinese, 2023, 3, 1);  // M02L-01
    EXPECT_EQ(leap_second_month.add(kalends::duration::of_years(1)).parts(), (date_parts{2024, 2, 1}));
    expect_error([&] { (void)leap_second_month.add(kalends::duration::of_years(1), kalends::overflow::reject); },
                 errc::invalid_month, {"M02L does not exist in year 2024"});
    // 2020's M04L (ordinal 5) three years on: M04 of 2023, its ordinal 5 (after M02L).
    EXPECT_EQ(kalends::date(chinese, 2020, 5, 1).add(kalends::duration::of_years(3)).parts(), (date_parts{2023, 5, 1}));
    // 2023 has 384 days.
    EXPECT_EQ(kalends::date(chinese, 2023, 1, 1).until(kalends::date(chinese, 2024, 1, 1)),
              kalends::duration(0, 0, 0, 384));
    EXPECT_EQ(kalends::date(chinese, 2023, 1, 1).until(kalends::date(chinese, 2024, 1, 1), kalends::date_unit::months),
              kalends::duration(0, 13, 0, 0));
}

TEST(chinese_calendar, cycle_years) {
    const calendar chinese("chinese");
    EXPECT_EQ(chinese.cycle_year(1984), 1);   // 甲子
    EXPECT_EQ(chinese.cycle_year(2023), 40);  // 癸卯
    EXPECT_EQ(chinese.cycle_year(2043), 60);  // 癸亥
    EXPECT_EQ(chinese.cycle_year(2044), 1);
    EXPECT_EQ(chinese.cycle_year(1645), 22);  // 乙酉
    EXPECT_EQ(calendar("dangi").cycle_year(2024), 41);  // 갑진
    expect_error([&] { (void)chinese.cycle_year(1644); }, errc::invalid_year, {"year 1644"});
    expect_error([&] { (void)gregorian.cycle_year(2024); }, errc::invalid_year,
                 {"'gregorian' does not name its years in a 60-year cycle"});
}

// The names of CLDR 41's cyclicNameSets (zh.xml, ko.xml, root.xml, en.xml).
TEST(chinese_calendar, cycle_and_zodiac_names) {
    const calendar chinese("chinese");
    const calendar dangi("dangi");
    EXPECT_EQ(kalends::try_cyclic_year_name(locale("zh"), chinese, 2023).value(), "癸卯");
    EXPECT_EQ(kalends::try_zodiac_name(locale("zh"), chinese, 2023).value(), "兔");
    EXPECT_EQ(kalends::try_cyclic_year_name(locale("ko"), dangi, 2024).value(), "갑진");
    // ko.xml names the dangi calendar's zodiacs by their earthly branch, the chinese one's by animal.
    EXPECT_EQ(kalends::try_zodiac_name(locale("ko"), dangi, 2024).value(), "진");
    EXPECT_EQ(kalends::try_zodiac_name(locale("ko"), chinese, 2024).value(), "용");
    EXPECT_EQ(kalends::try_cyclic_year_name(locale("en"), chinese, 1984).value(), "jia-zi");
    EXPECT_EQ(kalends::try_zodiac_name(locale("en"), chinese, 1984).value(), "Rat");
    EXPECT_EQ(kalends::try_zodiac_name(locale("en"), chinese, 2043).value(), "Pig");
    expect_error([&] { (void)kalends::try_zodiac_name(locale("en"), gregorian, 2024).value(); }, errc::invalid_year,
                 {"60-year cycle"});
    expect_error([&] { (void)kalends::try_cyclic_year_name(locale("zh"), chinese, 3000).value(); }, errc::invalid_year,
                 {"year 3000"});
    expect_error([&] { (void)kalends::try_cyclic_year_name(locale("zh"), chinese, 2023, kalends::name_width{9}).value(); },
                 errc::invalid_enum_value, {});
}

TEST(chinese_calendar, dates_in_chinese_and_korean) {
    // As CLDR 41 writes them (and ICU 72, apart from ICU's year of the cycle in ko's y).
    struct row {
        const char* calendar_name;
        const char* tag;
        date_style style;
        int y, m, d;  // Gregorian
        const char* text;
    };
    const row rows[] = {
        {"chinese", "zh", date_style::full, 2023, 3, 22, "2023癸卯年闰二月初一星期三"},
        {"chinese", "zh", date_style::long_form, 2023, 4, 19, "2023癸卯年闰二月廿九"},
        {"chinese", "zh", date_style::short_form, 2023, 3, 22, "2023/闰2/1"},
        {"chinese", "zh-Hant", date_style::full, 2024, 2, 10, "2024甲辰年正月初一 星期六"},
        {"chinese", "en", date_style::full, 2023, 3, 22, "Wednesday, Second Monthbis 1, 2023(gui-mao)"},
        {"chinese", "ja", date_style::full, 2023, 3, 22, "癸卯年閏二月一日水曜日"},
        {"dangi", "ko", date_style::full, 2023, 3, 22, "계묘년 윤2월 1일 수요일"},
        {"dangi", "ko", date_style::medium, 2024, 9, 17, "2024. 8. 15."},
    };
    for (const row& r : rows) {
        const calendar cal(r.calendar_name);
        const locale loc(r.tag);
        const date_format f = date_format::from_style(r.style, loc, cal);
        const kalends::date day = kalends::date::from_jdn(cal, civil(r.y, r.m, r.d));
        EXPECT_EQ(f.format(day), r.text) << r.tag << " " << f.pattern();
        const auto back = f.try_parse(r.text, cal);
        ASSERT_TRUE(back) << r.text << ": " << back.error().message();
        EXPECT_EQ(*back, day.parts()) << r.text;
    }
}

TEST(chinese_calendar, reading_checks_the_year_names) {
    const calendar chinese("chinese");
    const date_format full = date_format::from_style(date_style::full, locale("zh"), chinese);
    // 甲子 is not 2023's name; 闰三月 is not a month of 2023.
    expect_error([&] { (void)full.parse("2023甲子年闰二月初一星期三", chinese); }, errc::invalid_date_text,
                 {"gives 'the year' twice"});
    expect_error([&] { (void)full.parse("2023癸卯年闰三月初一星期三", chinese); }, errc::invalid_date_text,
                 {"闰三月"});
    // r alone: the year that begins in that Gregorian year.
    const date_format related = date_format::from_ldml("r-MM-dd", locale("zh"));
    EXPECT_EQ(related.parse("2023-闰02-01", chinese), (date_parts{2023, 3, 1}));
    EXPECT_EQ(related.parse("2023-03-01", chinese), (date_parts{2023, 4, 1}));
    expect_error([&] { (void)related.parse("2700-01-01", chinese); }, errc::invalid_date_text,
                 {"no year of calendar 'chinese' begins in Gregorian year 2700"});
}

}  // namespace
