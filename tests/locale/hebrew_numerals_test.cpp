// Hebrew numerals (src/locale/hebrew_numerals.hpp) against ICU 72 as the
// oracle, linked in: its number format for "he@numbers=hebr" (CLDR's "%hebrew"
// rules) must give the same UTF-8 for every value 1..999999, and its
// SimpleDateFormat for the Hebrew calendar with the override "hebr" must show
// the years 1..10000 as hebrew_year_for_numeral says and read them back as
// hebrew_year_from_numeral says. Then, without an oracle: parse inverts write
// for every value (with Hebrew marks, ASCII marks, and text after it),
// hand-typed forms read as a reader would, and non-numerals are refused.
// Literal expected strings below were copied from ICU's output.
#include "locale/hebrew_numerals.hpp"

#include <gtest/gtest.h>

#include <unicode/calendar.h>
#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/parsepos.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace {

using kalends::detail::hebrew_year_for_numeral;
using kalends::detail::hebrew_year_from_numeral;
using kalends::detail::max_hebrew_numeral;
using kalends::detail::max_hebrew_numeral_size;
using kalends::detail::parse_hebrew_numeral;
using kalends::detail::write_hebrew_numeral;

std::string kalends_numeral(std::int64_t value) {
    std::array<char, max_hebrew_numeral_size> buffer{};
    char* end = write_hebrew_numeral(buffer.data(), value);
    return std::string(buffer.data(), end);
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::unique_ptr<icu::NumberFormat> icu_hebrew_number_format() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(icu::NumberFormat::createInstance(icu::Locale("he@numbers=hebr"), status));
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    return format;
}

std::string icu_numeral(const icu::NumberFormat& format, std::int64_t value) {
    icu::UnicodeString text;
    format.format(value, text);
    return to_utf8(text);
}

// Replaces every occurrence of `from` in `text` by `to`.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::optional<std::int64_t> parse_all(std::string_view text) {
    std::size_t consumed = 99;
    const auto value = parse_hebrew_numeral(text, consumed);
    if (!value) {
        EXPECT_EQ(consumed, 0u) << text;
        return std::nullopt;
    }
    EXPECT_EQ(consumed, text.size()) << text;
    return value;
}

TEST(HebrewNumeralsIcu, WritesEveryValueAsIcu) {
    const auto format = icu_hebrew_number_format();
    ASSERT_TRUE(format);
    int mismatches = 0;
    std::size_t longest = 0;
    for (std::int64_t value = 1; value <= max_hebrew_numeral; ++value) {
        const std::string expected = icu_numeral(*format, value);
        longest = std::max(longest, expected.size());
        const std::string actual = kalends_numeral(value);
        if (actual != expected && ++mismatches <= 20) ADD_FAILURE() << value << ": ICU " << expected << ", kalends " << actual;
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_EQ(longest, max_hebrew_numeral_size) << "the longest numeral ICU writes in range";
}

TEST(HebrewNumerals, KnownValues) {
    // ICU 72's output, copied.
    EXPECT_EQ(kalends_numeral(1), "א׳");
    EXPECT_EQ(kalends_numeral(15), "ט״ו");
    EXPECT_EQ(kalends_numeral(16), "ט״ז");
    EXPECT_EQ(kalends_numeral(115), "קט״ו");
    EXPECT_EQ(kalends_numeral(180), "ק״ף");
    EXPECT_EQ(kalends_numeral(298), "רח״צ");
    EXPECT_EQ(kalends_numeral(304), "ד״ש");
    EXPECT_EQ(kalends_numeral(344), "שד״מ");
    EXPECT_EQ(kalends_numeral(400), "ת׳");
    EXPECT_EQ(kalends_numeral(500), "ת״ק");
    EXPECT_EQ(kalends_numeral(698), "תרח״צ");
    EXPECT_EQ(kalends_numeral(744), "תשד״מ");
    EXPECT_EQ(kalends_numeral(900), "תת״ק");
    EXPECT_EQ(kalends_numeral(1000), "אלף");
    EXPECT_EQ(kalends_numeral(1001), "א׳א׳");
    EXPECT_EQ(kalends_numeral(1080), "א׳פ׳");
    EXPECT_EQ(kalends_numeral(2000), "אלפיים");
    EXPECT_EQ(kalends_numeral(3000), "ג׳ אלפים");
    EXPECT_EQ(kalends_numeral(5780), "ה׳תש״ף");
    EXPECT_EQ(kalends_numeral(5786), "ה׳תשפ״ו");
    EXPECT_EQ(kalends_numeral(11001), "י״א׳א׳");
    EXPECT_EQ(kalends_numeral(20001), "כ׳׳א׳");
    EXPECT_EQ(kalends_numeral(100001), "ק׳א׳");
    EXPECT_EQ(kalends_numeral(101001), "ק״א׳א׳");
    EXPECT_EQ(kalends_numeral(298000), "רח״צ אלפים");
    EXPECT_EQ(kalends_numeral(999999), "תתקצ״ט׳תתקצ״ט");
}

TEST(HebrewNumerals, OutOfRangeWritesNothing) {
    std::array<char, max_hebrew_numeral_size> buffer{};
    for (const std::int64_t value : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{1000000},
                                     std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
        EXPECT_EQ(write_hebrew_numeral(buffer.data(), value), buffer.data()) << value;
    }
}

TEST(HebrewNumerals, ParseInvertsWriteForEveryValue) {
    int failures = 0;
    for (std::int64_t value = 1; value <= max_hebrew_numeral; ++value) {
        const std::string hebrew_marks = kalends_numeral(value);
        const std::string ascii_marks = replaced(replaced(hebrew_marks, "׳", "'"), "״", "\"");
        const std::string followed = hebrew_marks + " בתשרי";
        std::size_t consumed = 0;
        const bool ok = parse_hebrew_numeral(hebrew_marks, consumed) == value && consumed == hebrew_marks.size() &&
                        parse_hebrew_numeral(ascii_marks, consumed) == value && consumed == ascii_marks.size() &&
                        parse_hebrew_numeral(followed, consumed) == value && consumed == hebrew_marks.size();
        if (!ok && ++failures <= 20) ADD_FAILURE() << value << ": " << hebrew_marks;
    }
    EXPECT_EQ(failures, 0);
}

TEST(HebrewNumerals, ReadsTypedForms) {
    EXPECT_EQ(parse_all("ט\"ו"), 15);
    EXPECT_EQ(parse_all("ט'ז"), 9007) << "a geresh ends the thousands";
    EXPECT_EQ(parse_all("טז"), 16);
    EXPECT_EQ(parse_all("א'"), 1);
    EXPECT_EQ(parse_all("תשפ\"ו"), 786);
    EXPECT_EQ(parse_all("ה'תשפ\"ו"), 5786);
    EXPECT_EQ(parse_all("ה׳תשפ\"ו"), 5786) << "mixed marks";
    EXPECT_EQ(parse_all("התשפו"), 5786) << "no marks: the rise from ה to ת ends the thousands";
    EXPECT_EQ(parse_all("תשפו"), 786);
    EXPECT_EQ(parse_all("תש\"פ"), 780) << "non-final pe";
    EXPECT_EQ(parse_all("ף׳"), 80) << "final pe alone";
    EXPECT_EQ(parse_all("יא"), 11) << "one group wins over 10001";
    EXPECT_EQ(parse_all("י'א'"), 10001);
    EXPECT_EQ(parse_all("כ''א'"), 20001);
    EXPECT_EQ(parse_all("כ׳א׳"), 20001) << "the thousands' second geresh may be left out";
    EXPECT_EQ(parse_all("ה אלפים"), 5000);
    EXPECT_EQ(parse_all("ה' אלפים"), 5000);
    EXPECT_EQ(parse_all("אלף"), 1000);
    EXPECT_EQ(parse_all("אלפיים"), 2000);
}

TEST(HebrewNumerals, ConsumesOnlyTheNumeral) {
    std::size_t consumed = 0;
    EXPECT_EQ(parse_hebrew_numeral("כ״ט באלול", consumed), 29);
    EXPECT_EQ(consumed, std::string_view("כ״ט").size());
    EXPECT_EQ(parse_hebrew_numeral("ה׳תשפ״ו.", consumed), 5786);
    EXPECT_EQ(consumed, std::string_view("ה׳תשפ״ו").size());
    EXPECT_EQ(parse_hebrew_numeral("כ\" ", consumed), 20) << "a trailing gershayim is left";
    EXPECT_EQ(consumed, std::string_view("כ").size());
    EXPECT_EQ(parse_hebrew_numeral("ה׳ אלפימ", consumed), 5) << "אלפימ (non-final mem) is not אלפים";
    EXPECT_EQ(consumed, std::string_view("ה׳").size());
    EXPECT_EQ(parse_hebrew_numeral("ה׳ שנים", consumed), 5);
    EXPECT_EQ(consumed, std::string_view("ה׳").size());
    EXPECT_EQ(parse_hebrew_numeral("אלף שנה", consumed), 1000);
    EXPECT_EQ(consumed, std::string_view("אלף").size());
}

TEST(HebrewNumerals, RefusesNonNumerals) {
    for (const std::string_view text : {
             "", "abc", "5786", " א׳", "׳א", "\"א",
             "יה", "יו", "י״ה", "י״ו",  // 15 and 16 only as ט״ו, ט״ז
             "יה׳", "קק", "תתת", "רצ״ח", "שמ״ד", "ש״ד",
             "שלום", "אבא", "אלפים", "אלף אלפים", "ך", "ם׳",
             "תש״פו", "יאא", "תתקצטתתקצטא", "\xD7",
         }) {
        std::size_t consumed = 99;
        EXPECT_EQ(parse_hebrew_numeral(text, consumed), std::nullopt) << text;
        EXPECT_EQ(consumed, 0u) << text;
    }
}

// ---- the year rule of ICU's SimpleDateFormat ----

struct icu_year_format {
    std::unique_ptr<icu::Calendar> calendar;
    std::unique_ptr<icu::SimpleDateFormat> format;
};

icu_year_format icu_hebrew_year_format(const char* pattern, const char* number_override, const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    icu_year_format out;
    out.calendar.reset(icu::Calendar::createInstance(icu::Locale("he@calendar=hebrew"), status));
    if (number_override != nullptr)
        out.format = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString::fromUTF8(pattern),
                                                             icu::UnicodeString::fromUTF8(number_override),
                                                             icu::Locale(locale), status);
    else
        out.format = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale), status);
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    EXPECT_STREQ(out.calendar->getType(), "hebrew");
    return out;
}

std::string icu_format_year(icu_year_format& icu_format, std::int32_t year) {
    icu_format.calendar->clear();
    icu_format.calendar->set(year, 3, 10);  // 10 Tevet: mid-year, clear of ICU 72's one-day defects
    icu::UnicodeString text;
    icu::FieldPosition position;
    icu_format.format->format(*icu_format.calendar, text, position);
    return to_utf8(text);
}

TEST(HebrewYearsIcu, FormatDropsThousandsOfTheSixthMillennium) {
    auto icu_format = icu_hebrew_year_format("y", "hebr", "he@calendar=hebrew");
    ASSERT_TRUE(icu_format.format && icu_format.calendar);
    for (std::int32_t year = 1; year <= 10000; ++year)
        ASSERT_EQ(kalends_numeral(hebrew_year_for_numeral(year)), icu_format_year(icu_format, year)) << year;
    // ICU's output, copied: the edges of the rule.
    EXPECT_EQ(icu_format_year(icu_format, 4999), "ד׳תתקצ״ט");
    EXPECT_EQ(icu_format_year(icu_format, 5000), "ה׳ אלפים");
    EXPECT_EQ(icu_format_year(icu_format, 5001), "א׳");
    EXPECT_EQ(icu_format_year(icu_format, 5786), "תשפ״ו");
    EXPECT_EQ(icu_format_year(icu_format, 5999), "תתקצ״ט");
    EXPECT_EQ(icu_format_year(icu_format, 6000), "ו׳ אלפים");
    EXPECT_EQ(icu_format_year(icu_format, 6001), "ו׳א׳");
}

TEST(HebrewYearsIcu, CldrDatePatternsOfHeCarryTheRule) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale("he@calendar=hebrew")));
    ASSERT_TRUE(format);
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(icu::Locale("he@calendar=hebrew"), status));
    ASSERT_TRUE(U_SUCCESS(status));
    for (std::int32_t year = 4990; year <= 6010; ++year) {
        calendar->clear();
        calendar->set(year, 3, 10);
        icu::UnicodeString text;
        icu::FieldPosition position;
        format->format(*calendar, text, position);
        const std::string date = to_utf8(text);
        const std::string year_text = " " + kalends_numeral(hebrew_year_for_numeral(year));
        EXPECT_TRUE(date.ends_with(year_text)) << year << ": " << date;
    }
}

TEST(HebrewYearsIcu, LocaleKeywordWritesYearsInFull) {
    auto icu_format = icu_hebrew_year_format("y", nullptr, "he@calendar=hebrew;numbers=hebr");
    ASSERT_TRUE(icu_format.format && icu_format.calendar);
    for (const std::int32_t year : {4999, 5000, 5001, 5786, 5999, 6000})
        EXPECT_EQ(icu_format_year(icu_format, year), kalends_numeral(year)) << year;
}

TEST(HebrewYearsIcu, ParseAddsTheSixthMillenniumBelowOneThousand) {
    auto icu_format = icu_hebrew_year_format("y", "hebr", "he@calendar=hebrew");
    ASSERT_TRUE(icu_format.format && icu_format.calendar);
    const auto numbers = icu_hebrew_number_format();
    ASSERT_TRUE(numbers);
    for (std::int64_t value = 1; value <= 10000; ++value) {
        const std::string numeral = icu_numeral(*numbers, value);
        icu_format.calendar->clear();
        icu::ParsePosition position(0);
        icu_format.format->parse(icu::UnicodeString::fromUTF8(numeral), *icu_format.calendar, position);
        ASSERT_NE(position.getIndex(), 0) << value << ": ICU did not read " << numeral;
        UErrorCode status = U_ZERO_ERROR;
        const std::int32_t icu_year = icu_format.calendar->get(UCAL_YEAR, status);
        ASSERT_TRUE(U_SUCCESS(status));
        ASSERT_EQ(hebrew_year_from_numeral(value), icu_year) << value << ": " << numeral;
    }
}

TEST(HebrewYears, RoundTripFromOneThousand) {
    for (std::int64_t year = 1000; year <= max_hebrew_numeral; ++year)
        ASSERT_EQ(hebrew_year_from_numeral(hebrew_year_for_numeral(year)), year);
    static_assert(hebrew_year_from_numeral(hebrew_year_for_numeral(786)) == 5786, "years below 1000 read as the sixth millennium");
}

}  // namespace
