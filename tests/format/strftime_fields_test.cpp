// strftime's date fields of the % syntax read back and refused: parse(write(d))
// is d for every day of 1900-2100 in the Gregorian calendar and, for the
// ISO week and era patterns, in the Persian, Hebrew, Japanese and ISO 8601
// calendars; each malformed or disagreeing text is refused with its words.
// Written values are checked against glibc by strftime_vs_glibc.py; the few
// here come from published facts (Reiwa 1 is 2019; 1752 in Great Britain).
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using kalends::calendar;
using kalends::calendar_system;
using kalends::date_format;
using kalends::date_parts;
using kalends::errc;
using kalends::parse_mode;

constexpr std::int64_t jdn_1900_01_01 = 2415021;
constexpr std::int64_t jdn_2100_12_31 = 2488434;

std::string write(const date_format& f, const calendar& cal, std::int64_t jdn) {
    std::string out(f.max_size(), '\0');
    out.resize(static_cast<std::size_t>(f.write(out.data(), cal, cal.parts_from_date(jdn), jdn) - out.data()));
    return out;
}

std::string write(const date_format& f, const calendar& cal, const date_parts& parts) {
    return write(f, cal, cal.date_from_parts(parts));
}

// Every day of 1900-2100 (Gregorian) written in `pattern` and read back; the count of days that do not.
int days_not_read_back(const calendar& cal, std::string_view pattern) {
    const date_format f(pattern);
    int failures = 0;
    for (std::int64_t jdn = jdn_1900_01_01; jdn <= jdn_2100_12_31; ++jdn) {
        const std::string text = write(f, cal, jdn);
        const auto parsed = f.try_parse(text, cal);
        if (parsed && cal.date_from_parts(*parsed) == jdn) continue;
        if (++failures <= 3) {
            ADD_FAILURE() << cal.name() << " " << pattern << ": " << text << " -> "
                          << (parsed ? "another date" : parsed.error().message());
        }
    }
    return failures;
}

TEST(strftime_fields, every_day_of_1900_to_2100_reads_back_in_gregorian) {
    const calendar gregorian;
    for (const std::string_view pattern :
         {"%d/%m/%Y", "%Y%m%d", "%e %b %Y", "%G-W%V-%u", "%Y-%j", "%C%y-%m-%d", "%a %d %B %Y", "%G %V %A",
          "%g-W%V-%u %C%y", "%Y-%m-%d %U %W %w", "%h %e, %Y (%j)", "%EY-%m-%d", "%EC %Ey %m %d", "%F%n%t%G"}) {
        EXPECT_EQ(days_not_read_back(gregorian, pattern), 0) << pattern;
    }
}

TEST(strftime_fields, weeks_and_eras_read_back_in_other_calendars) {
    for (const calendar_system system : {calendar_system::persian, calendar_system::hebrew, calendar_system::japanese,
                                         calendar_system::iso8601, calendar_system::coptic}) {
        const calendar cal(system);
        for (const std::string_view pattern : {"%G-W%V-%u", "%G %V %a", "%EY-%m-%d", "%Y-%j %U %W"}) {
            EXPECT_EQ(days_not_read_back(cal, pattern), 0) << cal.name() << " " << pattern;
        }
    }
}

TEST(strftime_fields, era_fields_write_the_era_and_its_year) {
    // Reiwa began on 1 May 2019: 2025 is Reiwa 7, 30 April 2019 Heisei 31.
    const calendar japanese(calendar_system::japanese);
    const date_format era("%EC|%Ey|%EY");
    EXPECT_EQ(write(era, japanese, {2025, 3, 21}), "Reiwa|7|Reiwa 7");
    EXPECT_EQ(write(era, japanese, {2019, 4, 30}), "Heisei|31|Heisei 31");
    EXPECT_EQ(write(era, calendar(), {2025, 3, 21}), "AD|2025|AD 2025");
    EXPECT_EQ(write(era, calendar(), {-1, 1, 1}), "BC|1|BC 1");  // kalends' year -1 is 1 BCE
    // A calendar without eras: no name, the calendar's year (LDML's G and y).
    EXPECT_EQ(write(era, calendar(calendar_system::iso8601), {2025, 3, 21}), "|2025|2025");
    EXPECT_EQ(date_format("%EY-%m-%d").parse("2025-03-21", calendar(calendar_system::iso8601)), (date_parts{2025, 3, 21}));
    // In a locale, the locale's abbreviated era name (CLDR ja: 令和).
    EXPECT_EQ(write(date_format("%EY", kalends::locale("ja")), japanese, {2025, 3, 21}), "令和 7");
    EXPECT_EQ(date_format("%EY-%m-%d").parse("Heisei 31-04-30", japanese), (date_parts{2019, 4, 30}));
}

TEST(strftime_fields, day_padding_and_literals) {
    const calendar gregorian;
    EXPECT_EQ(write(date_format("[%e] [%d] %D %h%n%t%%"), gregorian, {2025, 3, 5}), "[ 5] [05] 03/05/25 Mar\n\t%");
    const date_format e("%e.%m.%Y");
    // %e reads an optional leading space, or none, or a zero.
    for (const char* text : {" 5.03.2025", "5.03.2025", "05.03.2025"}) {
        EXPECT_EQ(e.parse(text, gregorian), (date_parts{2025, 3, 5})) << text;
    }
    // Adjacent numbers take their widths, the padding space included.
    EXPECT_EQ(date_format("%e%m%Y").parse(" 5032025", gregorian), (date_parts{2025, 3, 5}));
    EXPECT_EQ(date_format("%U").needs_day_of_year(), true);
    EXPECT_EQ(date_format("%G-W%V").needs_day_of_year(), false);
}

TEST(strftime_fields, two_digit_years_and_centuries) {
    const calendar gregorian;
    // %C%y as glibc's strptime: C * 100 + yy.
    EXPECT_EQ(date_format("%C%y-%m-%d").parse("1899-12-31", gregorian), (date_parts{1899, 12, 31}));
    EXPECT_EQ(date_format("%y %C-%m-%d").parse("05 21-01-02", gregorian), (date_parts{2105, 1, 2}));
    // %C alone: the century's year 00.
    EXPECT_EQ(date_format("%C %m %d").parse("19 01 02", gregorian).year, 1900);
    // %y alone: within the 80 years before and 20 after this year.
    const int this_year =
        gregorian.try_from_sys_days(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()))->year;
    const int year = date_format("%D").parse("03/21/25", gregorian).year;
    EXPECT_EQ(year % 100, 25);
    EXPECT_GE(year, this_year - 80);
    EXPECT_LT(year, this_year + 20);
    // Negative years: floor(year / 100) and year mod 100, as glibc writes them; read back.
    EXPECT_EQ(write(date_format("%C|%y"), gregorian, {-5, 1, 1}), "-01|95");
    EXPECT_EQ(date_format("%C%y-%m-%d").parse("-0195-01-01", gregorian), (date_parts{-5, 1, 1}));
    // %y reads two digits at most, and no sign.
    for (const char* text : {"5x", "-5", "x5"}) EXPECT_FALSE(date_format("%y").try_parse(text, gregorian)) << text;
    const auto bad = date_format("%d/%m/%y").try_parse("01/02/5x", gregorian);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, errc::invalid_date_text);
    EXPECT_EQ(bad.error().message(), "date text '01/02/5x' has more after byte 7: 'x'");
    // A century or two-digit year that is not the year's.
    EXPECT_EQ(date_format("%Y %C-%m-%d").try_parse("2025 19-03-21", gregorian).error().message(),
              "date text '2025 19-03-21': the century is 19, but that of the date it gives, 2025-03-21, is 20 "
              "(strict parsing checks it)");
}

TEST(strftime_fields, iso_weeks_resolve_in_any_calendar) {
    const calendar gregorian;
    // ISO 8601's own examples: 2004-W53-6 is 2005-01-01, 2008-W01-1 is 2007-12-31.
    const date_format week("%G-W%V-%u");
    EXPECT_EQ(week.parse("2004-W53-6", gregorian), (date_parts{2005, 1, 1}));
    EXPECT_EQ(week.parse("2008-W01-1", gregorian), (date_parts{2007, 12, 31}));
    EXPECT_EQ(date_format("%G W%V %A").parse("2009 W53 Sunday", gregorian), (date_parts{2010, 1, 3}));
    EXPECT_EQ(date_format("%G W%V %w").parse("2009 W53 0", gregorian), (date_parts{2010, 1, 3}));
    // In the Persian calendar: Nowruz 1403 (20 March 2024) was a Wednesday, so
    // week 1 of 1403 began on Monday 18 March 2024, 28 Esfand 1402; Nowruz 1404
    // (21 March 2025) a Friday, so week 1 of 1404 began on Monday 24 March, 4
    // Farvardin; 1 Farvardin 1404 is in week 53 of 1403 (1403 had 366 days).
    const calendar persian(calendar_system::persian);
    EXPECT_EQ(week.parse("1403-W01-1", persian), (date_parts{1402, 12, 28}));
    EXPECT_EQ(week.parse("1404-W01-1", persian), (date_parts{1404, 1, 4}));
    EXPECT_EQ(week.parse("1403-W53-5", persian), (date_parts{1404, 1, 1}));
    EXPECT_EQ(write(week, persian, {1404, 1, 1}), "1403-W53-5");
}

TEST(strftime_fields, malformed_week_texts_are_refused_with_their_words) {
    const calendar gregorian;
    const auto no_weekday = date_format("%G-W%V").try_parse("2025-W10", gregorian);
    ASSERT_FALSE(no_weekday);
    EXPECT_EQ(no_weekday.error().code, errc::invalid_date_text);
    EXPECT_EQ(no_weekday.error().message(),
              "date text '2025-W10' gives a week but no weekday (its pattern has no weekday field, e.g. %u)");
    // 2025 has 52 ISO weeks (it begins on a Wednesday and is not a leap year), 2020 53.
    const date_format week("%G-W%V-%u");
    EXPECT_EQ(week.try_parse("2025-W54-1", gregorian).error().message(),
              "date text '2025-W54-1': 54 is out of range for the ISO week (allowed 1..52)");
    EXPECT_FALSE(week.try_parse("2025-W53-1", gregorian));
    EXPECT_FALSE(week.try_parse("2025-W00-1", gregorian));
    EXPECT_EQ(week.parse("2020-W53-5", gregorian), (date_parts{2021, 1, 1}));
    EXPECT_EQ(week.try_parse("2025-W10-8", gregorian).error().message(),
              "date text '2025-W10-8': 8 is out of range for the weekday (allowed 1..7)");
    EXPECT_EQ(date_format("%G-W%V-%w").try_parse("2025-W10-7", gregorian).error().message(),
              "date text '2025-W10-7': 7 is out of range for the weekday (allowed 0..6)");
    // A week that is not the date's (2025-03-21: ISO week 12, %U 11, %W 11).
    EXPECT_EQ(write(date_format("%V %U %W"), gregorian, {2025, 3, 21}), "12 11 11");
    const auto sunday = date_format("%Y-%m-%d %U").try_parse("2025-03-21 12", gregorian);
    ASSERT_FALSE(sunday);
    EXPECT_EQ(sunday.error().message(),
              "date text '2025-03-21 12': the week from Sunday is 12, but that of the date it gives, 2025-03-21, is 11 "
              "(strict parsing checks it)");
    EXPECT_FALSE(date_format("%Y-%m-%d %W").try_parse("2025-03-21 54", gregorian));
    EXPECT_FALSE(date_format("%F %G-W%V").try_parse("2025-03-21 2025-W11", gregorian));
    EXPECT_FALSE(date_format("%G-W%V-%u %d").try_parse("2025-W12-5 20", gregorian));
    // Leniently, as for the weekday, a disagreeing week is read and not checked.
    EXPECT_EQ(date_format("%Y-%m-%d %U").parse("2025-03-21 12", gregorian, parse_mode::lenient),
              (date_parts{2025, 3, 21}));
    // A weekday read twice, differently: a conflict.
    EXPECT_EQ(date_format("%u %a %F").try_parse("5 Thu 2025-03-21", gregorian).error().message(),
              "date text '5 Thu 2025-03-21' gives 'the weekday' twice, with different values");
    EXPECT_FALSE(date_format("%u %F").try_parse("4 2025-03-21", gregorian));  // a Friday
}

TEST(strftime_fields, day_of_the_year_counts_the_days_that_exist) {
    // Great Britain's 1752 skipped 3-13 September: 14 September is day 247 (245 + 2), 31 December day 355.
    const calendar gb = kalends::changeover_calendar("GB");
    const date_format f("%Y-%j");
    EXPECT_EQ(f.parse("1752-247", gb), (date_parts{1752, 9, 14}));
    EXPECT_EQ(f.parse("1752-355", gb), (date_parts{1752, 12, 31}));
    EXPECT_EQ(f.try_parse("1752-356", gb).error().message(),
              "date text '1752-356': 356 is out of range for the day of the year (allowed 1..355)");
    EXPECT_EQ(f.parse("2024-366", calendar()), (date_parts{2024, 12, 31}));
    EXPECT_FALSE(f.try_parse("2025-366", calendar()));
    // Given with the month and day, the day of the year must be theirs.
    EXPECT_FALSE(date_format("%F %j").try_parse("2025-03-21 081", calendar()));
    EXPECT_TRUE(date_format("%F %j").try_parse("2025-03-21 080", calendar()));
    for (std::int64_t jdn = gb.date_from_parts(1752, 1, 1); jdn <= gb.date_from_parts(1752, 12, 31); ++jdn) {
        const std::string text = write(f, gb, jdn);
        EXPECT_EQ(gb.date_from_parts(f.parse(text, gb)), jdn) << text;
    }
}

}  // namespace
