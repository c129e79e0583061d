// In-process tests of the command-line tool's parsers and formatters, and
// of the library's English names and weeks that the tool relies on.
// Expected values are facts from outside kalends: ISO 8601 week dates as
// Python's datetime.isocalendar() gives them, CLDR's English names, and the
// day counts' published epochs.
#include "args.hpp"
#include "command_options.hpp"
#include "converter.hpp"
#include "date_parse.hpp"
#include "io_buffers.hpp"
#include "month_grid.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/names.hpp>
#include <kalends/registry.hpp>
#include <kalends/week.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace {

using namespace kalends::cli;
using kalends::calendar;
using kalends::calendar_system;

TEST(ParseInt64, FullRangeAndOverflow) {
    EXPECT_EQ(parse_int64("0").value, 0);
    EXPECT_EQ(parse_int64("-0").value, 0);
    EXPECT_EQ(parse_int64("9223372036854775807").value, std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parse_int64("-9223372036854775808").value, std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(parse_int64("9223372036854775808").status, text_status::out_of_range);
    EXPECT_EQ(parse_int64("-9223372036854775809").status, text_status::out_of_range);
    EXPECT_EQ(parse_int64("184467440737095516160").status, text_status::out_of_range);
    for (const char* bad : {"", "-", "12a", "1 2", "+1", "0x10", "1e5"}) {
        EXPECT_EQ(parse_int64(bad).status, text_status::syntax) << bad;
    }
    EXPECT_EQ(parse_int("13", 1, 12).status, text_status::out_of_range);
    EXPECT_EQ(parse_int("12", 1, 12).value, 12);
}

TEST(Format, Int64) {
    char buffer[32];
    char* end = write_int64(buffer, std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(std::string(buffer, end), "-9223372036854775808");
}

TEST(Format, TheOptionNamesItself) {
    // The library's message, with the option's name in front.
    parsed_args parsed;
    parsed.options.push_back({"format", "%Q", "--format"});
    try {
        (void)convert_options_from(parsed);
        ADD_FAILURE() << "no usage_error";
    } catch (const usage_error& e) {
        EXPECT_STREQ(e.what(), "--format '%Q' has the unknown field '%Q' (allowed fields: %Y %y %C %m %d %e %j %u %w "
                               "%G %g %V %U %W %A %a %B %b %h %EC %Ey %EY %D %F %n %t %%)");
    }
}

TEST(Suggest, ClosestNames) {
    const std::vector<std::string> names{"gregorian", "julian", "persian", "persian-2820", "islamic-civil"};
    EXPECT_EQ(closest_names("persain", names).front(), "persian");
    EXPECT_EQ(closest_names("GREGORAIN", names).front(), "gregorian");
    EXPECT_EQ(closest_names("islamic", names).front(), "islamic-civil");
    EXPECT_TRUE(closest_names("zzzzzzzz", names).empty());
    EXPECT_TRUE(closest_names(std::string(10000, 'a'), names).empty());
    EXPECT_EQ(edit_distance("ab", "ba"), 1U);
}

TEST(Args, LongShortAndOperands) {
    static constexpr std::array<option_spec, 4> specs{{
        {"from", 'f', value_kind::required}, {"json", 0}, {"color", 0, value_kind::optional}, {"three", '3'}}};
    const std::vector<std::string_view> args{"--from=julian", "-f", "persian", "-fjdn", "--json", "-44-3-15",
                                             "-3", "--color", "--color=never", "--", "--json"};
    const parsed_args parsed = parse_args(args, specs, "test");
    EXPECT_EQ(parsed.last("from"), "jdn");
    EXPECT_TRUE(parsed.has("json"));
    EXPECT_TRUE(parsed.has("three"));
    EXPECT_EQ(parsed.last("color"), "never");
    ASSERT_EQ(parsed.operands.size(), 2U);
    EXPECT_EQ(parsed.operands[0], "-44-3-15");
    EXPECT_EQ(parsed.operands[1], "--json");
    const std::vector<std::string_view> unknown{"--frm", "x"};
    EXPECT_THROW((void)parse_args(unknown, specs, "test"), usage_error);
    const std::vector<std::string_view> missing{"--from"};
    EXPECT_THROW((void)parse_args(missing, specs, "test"), usage_error);
    const std::vector<std::string_view> value{"--json=1"};
    EXPECT_THROW((void)parse_args(value, specs, "test"), usage_error);
}

TEST(LineReader, SplitsBoundsAndSkipsLongLines) {
    const std::string input = "a\n\nbb\r\n" + std::string(3000, 'x') + "\nlast";
    line_reader reader(input);
    std::string_view line;
    bool too_long = false;
    std::vector<std::string> lines;
    std::vector<bool> long_flags;
    while (reader.next(line, too_long)) {
        lines.emplace_back(line);
        long_flags.push_back(too_long);
    }
    ASSERT_EQ(lines.size(), 5U);
    EXPECT_EQ(lines[0], "a");
    EXPECT_EQ(lines[1], "");
    EXPECT_EQ(lines[2], "bb\r");
    EXPECT_TRUE(long_flags[3]);
    EXPECT_EQ(lines[3].size(), line_reader::max_line);
    EXPECT_EQ(lines[4], "last");
}

TEST(Converter, LinesAndErrors) {
    convert_options options;
    options.from = *find_endpoint("persian");
    options.to = {*find_endpoint("gregorian"), *find_endpoint("mjd")};
    converter engine(std::move(options));
    output_buffer out;
    std::string reason;
    EXPECT_TRUE(engine.convert("1404-01-01", out, reason));
    EXPECT_FALSE(engine.convert("1404-12-30", out, reason));
    EXPECT_NE(reason.find("day 30"), std::string::npos) << reason;
    EXPECT_FALSE(engine.convert("1404-1-1x", out, reason));
    EXPECT_TRUE(engine.convert("1403-12-30", out, reason));
    // Nowruz 1404 = 2025-03-21 = MJD 60755; Esfand 30, 1403 = 2025-03-20.
    EXPECT_EQ(out.text(), "2025-03-21\t60755\n\n\n2025-03-20\t60754\n");
}

TEST(Converter, DayCountOverflowIsAnError) {
    convert_options options;
    options.from = *find_endpoint("unix");
    options.to = {*find_endpoint("jdn")};
    converter engine(std::move(options));
    output_buffer out;
    std::string reason;
    EXPECT_FALSE(engine.convert("9223372036854775807", out, reason));
    EXPECT_TRUE(engine.convert("0", out, reason));
    EXPECT_EQ(out.text(), "\n2440588\n");
}

// A batch gives, line for line and failure for failure, what converting
// each input on its own gives: valid dates, invalid ones, syntax errors,
// refused inputs and days outside a target's range, mixed.
TEST(Converter, BatchEqualsOneAtATime) {
    const auto make = [] {
        convert_options options;
        options.from = *find_endpoint("jdn");
        options.to = {*find_endpoint("islamic-umalqura"), *find_endpoint("hebrew"), *find_endpoint("mjd")};
        return converter(std::move(options));
    };
    std::vector<std::string> inputs;
    for (int i = 0; i < 3000; ++i) {
        // Umm al-Qura covers about JDN 2401000..2507000; Hebrew starts at 347998.
        const long jdn = 300'000 + 797L * i;
        inputs.push_back(i % 97 == 5 ? "x" + std::to_string(i) : std::to_string(jdn));
    }
    converter batch = make();
    output_buffer batch_out;
    std::vector<std::string> batch_reasons;
    std::size_t failures = 0;
    const converter::report_fn report = [&](std::uint64_t number, std::string_view text, std::string_view reason) {
        EXPECT_EQ(text, inputs[number - 1]);
        batch_reasons.emplace_back(reason);
    };
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        batch.add(inputs[i], i + 1, i == 7 ? "refused" : "");
        if (batch.full()) failures += batch.write(batch_out, report);
    }
    failures += batch.write(batch_out, report);

    converter single = make();
    output_buffer single_out;
    std::vector<std::string> single_reasons;
    std::string reason;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (i == 7) {
            single_out.put('\n');
            single_reasons.emplace_back("refused");
        } else if (!single.convert(inputs[i], single_out, reason)) {
            single_reasons.push_back(reason);
        }
    }
    EXPECT_EQ(batch_out.text(), single_out.text());
    EXPECT_EQ(batch_reasons, single_reasons);
    EXPECT_EQ(failures, single_reasons.size());
    EXPECT_GT(failures, 2000u);  // most days are outside Umm al-Qura's table
    EXPECT_LT(failures, 3000u);
}

TEST(MonthGrid, MatchesCalLayout) {
    grid_options options;
    options.first_weekday = 7;
    const auto block = render_month(calendar(), 2025, 2, options);
    // Debian `cal 2 2025` (trailing spaces removed).
    const std::vector<std::string> expected{"   February 2025",     "Su Mo Tu We Th Fr Sa", "                   1",
                                            " 2  3  4  5  6  7  8", " 9 10 11 12 13 14 15", "16 17 18 19 20 21 22",
                                            "23 24 25 26 27 28",    ""};
    EXPECT_EQ(block.lines, expected);
}

TEST(Names, EnglishTables) {
    const calendar gregorian;
    const calendar persian(calendar_system::persian);
    const calendar islamic(calendar_system::islamic_civil);
    EXPECT_EQ(kalends::month_name(gregorian, 2025, 1), "January");
    EXPECT_EQ(kalends::month_name(gregorian, 2025, 12, kalends::name_width::abbreviated), "Dec");
    EXPECT_EQ(kalends::month_name(persian, 1404, 1), "Farvardin");
    EXPECT_EQ(kalends::month_name(persian, 1404, 12), "Esfand");
    EXPECT_EQ(kalends::month_name(islamic, 1446, 9), "Ramadan");
    EXPECT_EQ(kalends::month_name(islamic, 1446, 12), "Dhu al-Hijjah");
    EXPECT_THROW((void)kalends::month_name(gregorian, 2025, 13), kalends::error);
    EXPECT_THROW((void)kalends::month_name(gregorian, 0, 1), kalends::error);
    EXPECT_FALSE(kalends::try_month_name(gregorian, 2025, 0));
    EXPECT_EQ(kalends::weekday_name(1), "Monday");
    EXPECT_EQ(kalends::weekday_name(7, kalends::name_width::short_form), "Su");
    EXPECT_THROW((void)kalends::weekday_name(8), kalends::error);
    EXPECT_EQ(kalends::weekday_from_name("SUNDAY"), 7);
    EXPECT_EQ(kalends::weekday_from_name("sat"), 6);
    EXPECT_EQ(kalends::weekday_from_name("mo"), 1);
    EXPECT_FALSE(kalends::weekday_from_name("funday"));
}

TEST(Week, IsoWeeksFromPythonIsocalendar) {
    const calendar gregorian;
    // (date) -> (ISO year, week) per Python's date.isocalendar().
    struct sample {
        int y, m, d, iso_year, week;
    };
    for (const sample& s : {sample{2021, 1, 3, 2020, 53}, sample{2021, 1, 4, 2021, 1}, sample{2024, 12, 30, 2025, 1},
                            sample{2025, 12, 28, 2025, 52}, sample{2025, 12, 29, 2026, 1}, sample{2026, 12, 31, 2026, 53},
                            sample{2005, 1, 2, 2004, 53}, sample{2008, 12, 29, 2009, 1}, sample{2025, 3, 21, 2025, 12}}) {
        const auto week = kalends::iso_week(gregorian.date_from_parts(s.y, s.m, s.d));
        EXPECT_EQ(week.year, s.iso_year) << s.y << "-" << s.m << "-" << s.d;
        EXPECT_EQ(week.week, s.week) << s.y << "-" << s.m << "-" << s.d;
    }
    EXPECT_THROW((void)kalends::week_of_year(gregorian, 2460756, {8, 4}), kalends::error);
    EXPECT_THROW((void)kalends::week_of_year(gregorian, 2460756, {1, 0}), kalends::error);
    EXPECT_FALSE(kalends::try_week_of_year(gregorian, gregorian.last_jdn() + 1, kalends::iso_week_rule));
    // Near the end of the range the answer may depend on a year outside it: an error, not a wrong week.
    (void)kalends::try_week_of_year(gregorian, gregorian.last_jdn(), kalends::iso_week_rule);
    (void)kalends::try_week_of_year(gregorian, gregorian.first_jdn(), kalends::iso_week_rule);
}

TEST(Week, ConventionalFirstWeekday) {
    EXPECT_EQ(kalends::conventional_first_weekday(calendar()), 7);
    EXPECT_EQ(kalends::conventional_first_weekday(calendar(calendar_system::julian)), 7);
    EXPECT_EQ(kalends::conventional_first_weekday(calendar(calendar_system::persian)), 6);
    EXPECT_EQ(kalends::conventional_first_weekday(calendar(calendar_system::islamic_civil)), 6);
}

TEST(Text, QuoteAndJson) {
    EXPECT_EQ(json_string("a\"b\\c\n\xff"), "\"a\\\"b\\\\c\\u000a\\u00ff\"");
    EXPECT_EQ(trim(" \t2025-03-21\r "), "2025-03-21");
}

}  // namespace
