// The %-field format: every field and literal text against values computed
// independently (Python's datetime / strftime for the Gregorian dates, the
// published day counts of the reform years), every malformed pattern refused
// with its code and words, and max_size() a true bound at the extremes.
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <string>

namespace {

using kalends::calendar;
using kalends::date_format;
using kalends::date_parts;

// Twelve months of 30 days in every int year, year 0 included: the widest years there are.
struct every_int_year_calendar final : kalends::calendar_backend {
    int minimum_year() const override { return INT_MIN; }
    int maximum_year() const override { return INT_MAX; }
    bool has_year_zero() const override { return true; }
    int months_in_year(int) const override { return 12; }
    int days_in_month(int, int) const override { return 30; }
    int max_days_in_month_of(int) const override { return 30; }
    bool is_leap_year(int) const override { return false; }
    kalends::calendar_kind kind() const override { return kalends::calendar_kind::solar; }
    std::int64_t date_to_jdn(int y, int m, int d) const override { return std::int64_t{y} * 360 + (m - 1) * 30 + (d - 1); }
    date_parts jdn_to_date(std::int64_t jdn) const override {
        const std::int64_t year = jdn >= 0 ? jdn / 360 : -((-jdn + 359) / 360);
        const std::int64_t day = jdn - year * 360;
        return {static_cast<int>(year), static_cast<int>(day / 30 + 1), static_cast<int>(day % 30 + 1)};
    }
};

std::string write(const date_format& f, const calendar& cal, const date_parts& parts) {
    std::string out(f.max_size(), '\0');
    const char* end = f.write(out.data(), cal, parts, cal.date_from_parts(parts));
    EXPECT_LE(static_cast<std::size_t>(end - out.data()), f.max_size());
    out.resize(static_cast<std::size_t>(end - out.data()));
    return out;
}

TEST(date_format, every_field) {
    // python3 -c "import datetime; print(datetime.date(2025,3,21).strftime('%Y|%m|%d|%j|%u|%A|%a|%B|%b|%F|%%|x'))"
    const date_format f("%Y|%m|%d|%j|%u|%A|%a|%B|%b|%F|%%|x");
    EXPECT_EQ(write(f, calendar(), {2025, 3, 21}), "2025|03|21|080|5|Friday|Fri|March|Mar|2025-03-21|%|x");
    // datetime.date(4,12,31).strftime('%Y %j %u') is '0004 366 5' (a proleptic Gregorian leap year).
    EXPECT_EQ(write(date_format("%Y %j %u"), calendar(), {4, 12, 31}), "0004 366 5");
    EXPECT_EQ(write(date_format("plain text"), calendar(), {2025, 1, 1}), "plain text");
    EXPECT_EQ(write(date_format(""), calendar(), {2025, 1, 1}), "");
    EXPECT_EQ(date_format("%j").needs_day_of_year(), true);
    EXPECT_EQ(date_format("%Y-%m").needs_day_of_year(), false);
    const kalends::date d(calendar(), 1970, 1, 1);
    EXPECT_EQ(date_format("%A %d %B %Y").format(d), "Thursday 01 January 1970");
}

TEST(date_format, day_of_the_year_counts_the_days_that_exist) {
    // Sweden and Finland's 1753: 17 February (Julian) was followed by 1 March
    // (Gregorian), so 1 March 1753 is day 31 + 17 + 1 = 49 of the year.
    const calendar se = kalends::changeover_calendar("SE");
    EXPECT_EQ(write(date_format("%j"), se, {1753, 3, 1}), "049");
    // Great Britain's 1752: 2 September, then 14 September; 31 December is day 366 - 11 = 355.
    const calendar gb = kalends::changeover_calendar("GB");
    // The skipped days are not dates, for every form of the question.
    EXPECT_FALSE(gb.is_date_valid(1752, 9, 3));
    EXPECT_FALSE(gb.try_date_from_parts(1752, 9, 13));
    EXPECT_TRUE(gb.is_date_valid(1752, 9, 14));
    EXPECT_EQ(write(date_format("%j"), gb, {1752, 12, 31}), "355");
}

TEST(date_format, malformed_patterns_are_refused_with_their_words) {
    const auto lone = date_format::try_compile("abc%");
    ASSERT_FALSE(lone);
    EXPECT_EQ(lone.error().code, kalends::errc::invalid_format);
    EXPECT_EQ(lone.error().message(),
              "format 'abc%' ends with a lone '%' (allowed fields: %Y %y %C %m %d %e %j %u %w %G %g %V %U %W %A %a %B "
              "%b %h %EC %Ey %EY %D %F %n %t %%; write %% for a '%')");
    for (const char* bad : {"%Q", "x%q", "%Y %", "%%%", "%\xff", "%E", "%Ex", "%Od"}) {
        const auto compiled = date_format::try_compile(bad);
        ASSERT_FALSE(compiled) << bad;
        EXPECT_EQ(compiled.error().code, kalends::errc::invalid_format) << bad;
        EXPECT_THROW(date_format{bad}, kalends::error) << bad;
    }
    EXPECT_EQ(date_format::try_compile("%Q").error().message(),
              "format '%Q' has the unknown field '%Q' (allowed fields: %Y %y %C %m %d %e %j %u %w %G %g %V %U %W %A %a %B "
              "%b %h %EC %Ey %EY %D %F %n %t %%)");
}

TEST(date_format, max_size_bounds_the_extremes) {
    // A user calendar over every int year: the widest years, "Month N" names.
    const calendar wide(kalends::register_calendar(std::make_shared<every_int_year_calendar>(), {"format-every-int-year"}));
    const date_format f("%Y|%m|%d|%j|%u|%A|%a|%B|%b|%F|%%");
    // JDN INT_MIN * 360 + 359 = -773094112921, and (-773094112921 mod 7) = 3: a Thursday (JDN 0 is a Monday).
    EXPECT_EQ(write(f, wide, {INT_MIN, 12, 30}),
              "-2147483648|12|30|360|4|Thursday|Thu|Month 12|M12|-2147483648-12-30|%");
    EXPECT_EQ(write(date_format("%Y %F"), wide, {INT_MAX, 1, 1}), "2147483647 2147483647-01-01");
    kalends::unregister_calendar(wide.id());
}

TEST(ascii_case, folds_only_ascii_letters_whatever_the_locale) {
    EXPECT_EQ(kalends::ascii_lower('I'), 'i');
    EXPECT_EQ(kalends::ascii_lower('z'), 'z');
    EXPECT_EQ(kalends::ascii_lower('['), '[');
    EXPECT_EQ(kalends::ascii_lower('@'), '@');
    EXPECT_EQ(kalends::ascii_lower('\xC4'), '\xC4');  // bytes of UTF-8 text are left alone
    EXPECT_TRUE(kalends::equal_ignoring_ascii_case("Gregorian-JULIAN", "gregorian-julian"));
    EXPECT_FALSE(kalends::equal_ignoring_ascii_case("\xC3\x84", "\xC3\xA4"));  // Ä and ä are not ASCII
    EXPECT_FALSE(kalends::equal_ignoring_ascii_case("abc", "abcd"));
}

}  // namespace
