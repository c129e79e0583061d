// The pieces a parse reads names and digits with (src/format/case_fold.hpp,
// src/locale/numbering.hpp), against ICU 72's character properties:
// - every fold the parser makes is Unicode's simple case folding (ICU's
//   u_foldCase), and keeps the character's UTF-8 length (the name index
//   relies on it), over every scalar value;
// - match_folded (a folded name against text) and match_name (two texts)
//   agree, on every name of the lists the grid locales have, as written, in
//   upper case and cut short;
// - digit_at gives ICU's decimal digit value (u_charDigitValue) for every
//   character of a numbering system whose digits are consecutive, nothing
//   for every other character of the Basic Multilingual Plane outside CLDR's
//   digits, and reads every digit of every CLDR numbering system.
#include "format/case_fold.hpp"
#include "locale/cldr_data.hpp"
#include "locale/numbering.hpp"
#include "utf8.hpp"

#include <gtest/gtest.h>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace {

namespace detail = kalends::detail;
namespace cldr = kalends::detail::cldr;

std::string utf8_of(char32_t c) {
    std::array<char, 4> bytes{};
    const char* end = detail::encode_utf8(bytes.data(), c);
    return {bytes.data(), static_cast<std::size_t>(end - bytes.data())};
}

bool is_scalar(char32_t c) { return c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF); }

TEST(case_fold, every_fold_is_unicode_simple_folding_and_keeps_the_utf8_length) {
    int folded = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (!is_scalar(c)) continue;
        const char32_t f = detail::fold(c);
        ASSERT_TRUE(is_scalar(f)) << std::hex << static_cast<unsigned>(c);
        ASSERT_EQ(utf8_of(f).size(), utf8_of(c).size()) << std::hex << static_cast<unsigned>(c);
        if (f == c) continue;
        ++folded;
        ASSERT_EQ(static_cast<UChar32>(f), u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT))
            << std::hex << static_cast<unsigned>(c);
        ASSERT_TRUE(detail::may_fold(utf8_of(c)[0])) << std::hex << static_cast<unsigned>(c);
        ASSERT_TRUE(detail::may_fold(utf8_of(f)[0])) << std::hex << static_cast<unsigned>(c);
    }
    // A-Z, Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian, Georgian Mtavruli.
    EXPECT_GE(folded, 280);
}

TEST(case_fold, every_character_unicode_folds_within_the_covered_scripts_is_folded) {
    // Where ICU folds a character of the covered blocks to one of the same
    // UTF-8 length, kalends does too; the exceptions are the characters
    // whose folding is not 1:1 in those blocks (İ, ı, ĸ, ŉ, ſ) or that are
    // titlecase or archaic letters of Greek and Cyrillic beyond the basic alphabet.
    const auto covered = [](char32_t c) {
        return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x17F) || (c >= 0x386 && c <= 0x3AB) ||
               (c >= 0x400 && c <= 0x42F) || (c >= 0x531 && c <= 0x556) || (c >= 0x1C90 && c <= 0x1CBF);
    };
    const std::set<char32_t> exceptions{0x130, 0x131, 0x138, 0x149, 0x17F};
    for (char32_t c = 0; c <= 0x1FFF; ++c) {
        if (!covered(c) || exceptions.contains(c)) continue;
        const auto unicode = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
        if (unicode == c || utf8_of(unicode).size() != utf8_of(c).size()) continue;
        EXPECT_EQ(detail::fold(c), unicode) << std::hex << static_cast<unsigned>(c);
    }
}

// Every name of every list of every calendar record of the tables.
std::set<std::string_view> every_name() {
    std::set<std::string_view> names;
    for (std::size_t r = 0; r < cldr::calendar_record_count; ++r) {
        const cldr::calendar_record& record = cldr::calendar_records[r];
        for (const cldr::id_type group : {record.months, record.days, record.quarters, record.eras, record.cyclic_years}) {
            for (const cldr::id_type list : cldr::list_at(group)) {
                for (const cldr::id_type name : cldr::list_at(list)) names.insert(cldr::string_at(name));
            }
        }
    }
    return names;
}

std::string upper_of(std::string_view text) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
        .toUpper(icu::Locale::getRoot())
        .toUTF8String(out);
    return out;
}

TEST(case_fold, a_folded_name_matches_text_as_the_name_itself_does) {
    const auto names = every_name();
    ASSERT_GT(names.size(), 8000U);
    std::size_t compared = 0;
    for (const std::string_view name : names) {
        if (name.empty()) continue;
        const std::string folded = detail::folded(name);
        for (const std::string& text : {std::string(name) + " 12", upper_of(name) + " 12", std::string(name.substr(0, name.size() / 2))}) {
            ASSERT_EQ(detail::match_folded(text, folded), detail::match_name(text, name)) << name << " in " << text;
            ++compared;
        }
        ASSERT_EQ(detail::match_folded(std::string(name) + "x", folded), name.size()) << name;
    }
    EXPECT_GT(compared, 24000U);
}

TEST(digits, every_consecutive_digit_has_icus_value_and_nothing_else_of_the_bmp_is_a_digit) {
    std::set<std::string> cldr_digits;
    for (std::size_t s = 0; s < cldr::numbering_system_count; ++s) {
        for (const cldr::id_type digit : cldr::list_at(cldr::numbering_systems[s].digits)) {
            cldr_digits.insert(std::string(cldr::string_at(digit)));
        }
    }
    std::size_t digits = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (!is_scalar(c)) continue;
        const std::string text = utf8_of(c);
        const auto got = detail::digit_at(text + "x");
        if (!cldr_digits.contains(text)) {
            ASSERT_FALSE(got.has_value()) << std::hex << static_cast<unsigned>(c);
            continue;
        }
        ASSERT_TRUE(got.has_value()) << std::hex << static_cast<unsigned>(c);
        EXPECT_EQ(got->length, text.size());
        const int32_t unicode = u_charDigitValue(static_cast<UChar32>(c));
        if (u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER) {
            EXPECT_EQ(got->value, unicode) << std::hex << static_cast<unsigned>(c);
        }
        ++digits;
    }
    EXPECT_GE(digits, 600U);  // 66 systems of ten digits besides ASCII, some sharing characters
}

TEST(digits, every_digit_of_every_numbering_system_reads_back) {
    for (std::size_t s = 0; s < cldr::numbering_system_count; ++s) {
        const cldr::id_type list = cldr::numbering_systems[s].digits;
        const detail::numbering n{detail::numbering::kind::digits, list};
        std::string ninety_eight;
        for (std::size_t d = 0; d < 10; ++d) {
            const std::string_view digit = cldr::list_entry(list, d);
            const auto got = detail::digit_at(std::string(digit) + "x");
            ASSERT_TRUE(got.has_value()) << cldr::string_at(cldr::numbering_systems[s].name) << " " << d;
            EXPECT_EQ(got->value, static_cast<int>(d)) << cldr::string_at(cldr::numbering_systems[s].name);
            EXPECT_EQ(got->length, digit.size());
        }
        const std::string text = std::string(cldr::list_entry(list, 9)) + std::string(cldr::list_entry(list, 8)) + " ";
        const auto number = detail::read_number_at(text, 0, false, n);
        ASSERT_TRUE(number.has_value()) << cldr::string_at(cldr::numbering_systems[s].name);
        EXPECT_EQ(number->value, 98);
        EXPECT_EQ(number->length, text.size() - 1);
    }
}

}  // namespace
