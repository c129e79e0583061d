// The one error type: an error_info is trivially copyable and small enough to
// return by value, every wording's placeholders are ones message() knows,
// texts are shown as quoted() shows them (however long), the throwing forms
// throw exactly the error their try_ forms return, and result<T> behaves as
// std::expected<T, error_info> does.
#include "messages_list.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <set>
#include <string>
#include <type_traits>

namespace {

using kalends::calendar;
using kalends::errc;
using kalends::error_field;
using kalends::error_info;
using kalends::error_text;

static_assert(std::is_trivially_copyable_v<error_info>);
static_assert(std::is_trivially_destructible_v<error_info>);
static_assert(std::is_trivially_copyable_v<kalends::result<std::int64_t>>);

// Every {placeholder} in src/messages.hpp is filled in: message() keeps an
// unknown one as written, so formatting "{name}" alone must change it.
TEST(error_messages, every_placeholder_is_known) {
    const std::string source = kalends_test::messages_source();
    // Every {name} of lower-case letters, digits, '_' and '!'.
    std::set<std::string> names;
    for (std::size_t open = source.find('{'); open != std::string::npos; open = source.find('{', open + 1)) {
        const std::size_t close = source.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_!", open + 1);
        if (close != std::string::npos && close > open + 1 && source[close] == '}') {
            names.insert(source.substr(open + 1, close - open - 1));
        }
    }
    ASSERT_GE(names.size(), 15u);
    for (const std::string& name : names) {
        const std::string pattern = "{" + name + "}";
        const error_info e(errc::invalid_year, error_field::year, pattern.c_str());
        EXPECT_NE(e.message(), pattern) << name;
    }
    // And a brace that opens no placeholder is text.
    EXPECT_EQ(error_info(errc::invalid_year, error_field::year, "a {b} {c").message(), "a {b} {c");
}

TEST(error_messages, texts_are_shown_as_quoted_shows_them) {
    for (const std::size_t size : {0u, 1u, 63u, 64u, 65u, 200u, 5000u}) {
        std::string text(size, 'a');
        if (size > 3) text[2] = '\x01';
        const error_info e =
            error_info(errc::unknown_calendar_name, error_field::calendar_name, "{text}").with_text(error_text(text));
        EXPECT_EQ(e.message(), kalends::quoted(text)) << size;
    }
    error_text built("years");
    built.append(" ").append(std::string(100, '9'));
    EXPECT_EQ(built.size(), 106u);
    EXPECT_EQ(built.head().size(), error_text::capacity);
}

// The throwing form throws what the try_ form returns, word for word.
template <class Try, class Throw>
void expect_same_error(Try&& try_form, Throw&& throwing_form, errc code, const std::string& message) {
    const auto failed = try_form();
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, code);
    EXPECT_EQ(failed.error().message(), message);
    try {
        (void)throwing_form();
        ADD_FAILURE() << "no throw: " << message;
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), code);
        EXPECT_EQ(std::string(e.what()), message);
        EXPECT_EQ(e.info().message(), message);
    }
}

TEST(error_messages, throwing_and_try_forms_report_the_same_words) {
    const calendar gregorian;
    const calendar julian(kalends::calendar_system::julian);
    expect_same_error([&] { return gregorian.try_days_in_month(13, 2024); },
                      [&] { return gregorian.days_in_month(13, 2024); }, errc::invalid_month,
                      "month 13 is out of range for year 2024 of calendar 'gregorian' (allowed 1..12)");
    expect_same_error([&] { return gregorian.try_date_from_parts(2023, 2, 29); },
                      [&] { return gregorian.date_from_parts(2023, 2, 29); }, errc::invalid_day,
                      "day 29 is out of range for month 2 of year 2023 of calendar 'gregorian' (allowed 1..28)");
    expect_same_error([&] { return julian.try_is_leap_year(0); }, [&] { return julian.is_leap_year(0); },
                      errc::invalid_year,
                      "year 0 does not exist in calendar 'julian' (it has no year 0: year -1 precedes year 1)");
    const std::int64_t beyond = gregorian.last_jdn() + 1;
    expect_same_error([&] { return gregorian.try_parts_from_date(beyond); },
                      [&] { return gregorian.parts_from_date(beyond); }, errc::jdn_out_of_range,
                      "Julian Day Number " + std::to_string(beyond) + " is out of range of calendar 'gregorian' (allowed " +
                          std::to_string(gregorian.first_jdn()) + ".." + std::to_string(gregorian.last_jdn()) +
                          ": its dates -2147483648-01-01..2147483647-12-31)");
    expect_same_error([] { return calendar::find("no such calendar"); },
                      [] { return calendar("no such calendar"); }, errc::unknown_calendar_name,
                      "unknown calendar name 'no such calendar' (no calendar has this name or alias)");
    expect_same_error([] { return kalends::duration::try_parse("P1H"); },
                      [] { return kalends::duration::parse("P1H"); }, errc::invalid_duration,
                      "invalid duration 'P1H': hours and seconds are time parts, which are not supported (expected "
                      "ISO 8601 like P1Y2M10D, -P3W or P0D: an optional sign, P, then nY, nM, nW, nD in that order)");
    expect_same_error([] { return kalends::try_week_rule_for_locale("de"); },
                      [] { return kalends::week_rule_for_locale("de"); }, errc::invalid_region,
                      "locale 'de' has no region subtag (expected e.g. 'en_US', 'de-DE' or 'fa_IR'); week rules are "
                      "defined per region");
}

TEST(error_messages, an_error_names_its_field_value_range_and_calendar) {
    const calendar hebrew(kalends::calendar_system::hebrew);
    const auto failed = hebrew.try_days_in_month(14, 5784);
    ASSERT_FALSE(failed);
    const error_info& e = failed.error();
    EXPECT_EQ(e.code, errc::invalid_month);
    EXPECT_EQ(e.field, error_field::month);
    EXPECT_EQ(e.value, 14);
    EXPECT_EQ(e.min, 1);
    EXPECT_EQ(e.max, 13);  // 5784 is a leap year: 13 months
    EXPECT_EQ(e.calendar.id, hebrew.id());
    EXPECT_EQ(e.calendar.name.head(), "hebrew");
}

TEST(result, behaves_as_expected_does) {
    const kalends::result<int> seven = 7;
    EXPECT_TRUE(seven.has_value());
    EXPECT_EQ(*seven, 7);
    EXPECT_EQ(seven, 7);
    EXPECT_FALSE(seven == 8);
    EXPECT_EQ(seven.value_or(0), 7);
    const kalends::result<int> failed = error_info(errc::invalid_day, error_field::day, "no");
    EXPECT_FALSE(failed);
    EXPECT_FALSE(failed == 7);
    EXPECT_EQ(failed.value_or(-1), -1);
    EXPECT_THROW((void)failed.value(), kalends::error);
    EXPECT_EQ(kalends::to_optional(failed), std::nullopt);
    EXPECT_EQ(kalends::to_optional(seven), 7);
    const kalends::result<void> ok;
    EXPECT_TRUE(ok);
    EXPECT_NO_THROW(ok.value());
}

}  // namespace
