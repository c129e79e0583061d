// YYYY-MM-DD text and quoting (kalends/text.hpp): the documented syntax at
// both ends of int, every malformed form refused, and formatting checked
// against the C library's printf over a sweep of random and extreme values.
#include <kalends/text.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <string_view>

namespace {

using kalends::format_ymd;
using kalends::parse_ymd;
using kalends::text_status;

TEST(ParseYmd, AcceptsTheDocumentedSyntax) {
    auto r = parse_ymd("2025-03-21");
    ASSERT_EQ(r.status, text_status::ok);
    EXPECT_EQ(r.year, 2025);
    EXPECT_EQ(r.month, 3);
    EXPECT_EQ(r.day, 21);
    r = parse_ymd("-44-3-15");
    ASSERT_EQ(r.status, text_status::ok);
    EXPECT_EQ(r.year, -44);
    r = parse_ymd("0000002025-0003-0021");
    EXPECT_EQ(r.status, text_status::ok);
    r = parse_ymd("-2147483648-1-1");
    ASSERT_EQ(r.status, text_status::ok);
    EXPECT_EQ(r.year, std::numeric_limits<int>::min());
    r = parse_ymd("2147483647-1-1");
    ASSERT_EQ(r.status, text_status::ok);
    EXPECT_EQ(r.year, std::numeric_limits<int>::max());
}

TEST(ParseYmd, RejectsEverythingElse) {
    for (const char* bad : {"", "-", "2025", "2025-03", "2025-03-", "2025--03-21", "2025-03-21-", "+2025-03-21",
                            "2025/03/21", "2025-2-3x", " 2025-03-21", "2025-03-21 ", "--44-3-15", "2025-0x3-21",
                            "٢٠٢٥-03-21", "2025-3-21\n"}) {
        EXPECT_EQ(parse_ymd(bad).status, text_status::syntax) << bad;
    }
    auto r = parse_ymd("2147483648-1-1");
    EXPECT_EQ(r.status, text_status::out_of_range);
    EXPECT_EQ(r.bad_field, 'y');
    EXPECT_EQ(parse_ymd("-2147483649-1-1").status, text_status::out_of_range);
    EXPECT_EQ(parse_ymd("99999999999999999999999-1-1").status, text_status::out_of_range);
    r = parse_ymd("1-99999999999-1");
    EXPECT_EQ(r.bad_field, 'm');
    r = parse_ymd("1-1-2147483648");
    EXPECT_EQ(r.bad_field, 'd');
}

// Every ten-byte text of the plain form's shape reads as the general scan
// reads it: the fast path for YYYY-MM-DD agrees with the digit-by-digit
// reading (the expected fields come from std::stoi of the same slices).
TEST(ParseYmd, ThePlainFormReadsAsItsDigitsSay) {
    std::mt19937 random(20261204);
    const std::string alphabet = "0123456789/x ";  // no "-": "-123-56-89" is a valid negative year
    for (int i = 0; i < 200000; ++i) {
        std::string text(10, '0');
        for (char& c : text) c = alphabet[random() % (i % 4 == 0 ? alphabet.size() : 10)];
        text[4] = '-';
        text[7] = '-';
        const auto r = parse_ymd(text);
        const bool digits = text.find_first_not_of("0123456789", 0) == 4 && text.find_first_not_of("0123456789", 5) == 7 &&
                            text.find_first_not_of("0123456789", 8) == std::string::npos;
        ASSERT_EQ(r.status == text_status::ok, digits) << text;
        if (!digits) continue;
        EXPECT_EQ(r.year, std::stoi(text.substr(0, 4))) << text;
        EXPECT_EQ(r.month, std::stoi(text.substr(5, 2))) << text;
        EXPECT_EQ(r.day, std::stoi(text.substr(8, 2))) << text;
    }
}

// Unicode's decimal digits (UnicodeData.txt, general category Nd): each
// script's zero to nine are consecutive code points.
std::string in_script(std::string_view ascii, char32_t zero) {
    std::string out;
    for (const char c : ascii) {
        if (c < '0' || c > '9') {
            out += c;
            continue;
        }
        const char32_t cp = zero + static_cast<char32_t>(c - '0');
        if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        }
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

TEST(ParseYmd, ReadsOneScriptsDigits) {
    // arab, arabext (Persian), deva, beng, thai, tibt, mymr, fullwide.
    for (const char32_t zero : {U'\u0660', U'\u06F0', U'\u0966', U'\u09E6', U'\u0E50', U'\u0F20', U'\u1040',
                                U'\uFF10'}) {
        for (const std::string_view ascii : {"1404-01-01", "-44-3-15", "2147483647-12-31", "0-0-0"}) {
            const std::string text = in_script(ascii, zero);
            const auto native = parse_ymd(text);
            const auto expected = parse_ymd(ascii);
            ASSERT_EQ(native.status, text_status::ok) << text;
            EXPECT_EQ(native.parts(), expected.parts()) << text;
        }
        const std::string too_large = in_script("2147483648-1-1", zero);
        EXPECT_EQ(parse_ymd(too_large).status, text_status::out_of_range) << too_large;
        EXPECT_EQ(parse_ymd(in_script("99999999999999999999999-1-1", zero)).bad_field, 'y');
        // One script for the whole date: no mixing with ASCII or another script.
        EXPECT_EQ(parse_ymd(in_script("1404", zero) + "-01-01").status, text_status::syntax);
        EXPECT_EQ(parse_ymd("1404-" + in_script("01", zero) + "-01").status, text_status::syntax);
        EXPECT_EQ(parse_ymd(in_script("1404-01-", zero) + in_script("01", zero == U'\u0660' ? U'\u06F0' : U'\u0660'))
                      .status,
                  text_status::syntax);
        EXPECT_EQ(parse_ymd(in_script("14", zero) + "4").status, text_status::syntax);
    }
    // Not decimal digits: Roman numerals, superscripts, a letter.
    for (const char* bad : {"\u2167-1-1", "\u00B9-1-1", "\u0661x-1-1"}) {
        EXPECT_EQ(parse_ymd(bad).status, text_status::syntax) << bad;
    }
}

TEST(FormatYmd, YearMonthDay) {
    EXPECT_EQ(format_ymd({1404, 1, 1}), "1404-01-01");
    EXPECT_EQ(format_ymd({622, 7, 19}), "0622-07-19");
    EXPECT_EQ(format_ymd({-44, 3, 15}), "-0044-03-15");
    EXPECT_EQ(format_ymd({10000, 1, 1}), "10000-01-01");
    EXPECT_EQ(format_ymd({std::numeric_limits<int>::min(), 12, 31}), "-2147483648-12-31");
    EXPECT_EQ(format_ymd({std::numeric_limits<int>::max(), 1, 1}), "2147483647-01-01");
}

// printf's %04d/%02d pad the magnitude after the sign, as write_ymd does.
std::string printf_ymd(int year, int month, int day) {
    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%s%04lld-%s%02lld-%s%02lld", year < 0 ? "-" : "",
                                year < 0 ? -static_cast<long long>(year) : static_cast<long long>(year),
                                month < 0 ? "-" : "", month < 0 ? -static_cast<long long>(month) : static_cast<long long>(month),
                                day < 0 ? "-" : "", day < 0 ? -static_cast<long long>(day) : static_cast<long long>(day));
    return std::string(buffer, static_cast<std::size_t>(n));
}

TEST(FormatYmd, AgreesWithPrintfAndParsesBack) {
    std::mt19937_64 random(20261202);
    const auto pick = [&random]() -> int {
        switch (random() % 4) {
            case 0: return static_cast<int>(random() % 20000) - 10000;
            case 1: return INT_MIN + static_cast<int>(random() % 3);
            case 2: return INT_MAX - static_cast<int>(random() % 3);
            default: return static_cast<int>(static_cast<std::uint32_t>(random()));
        }
    };
    for (int i = 0; i < 200'000; ++i) {
        const int year = pick();
        const int month = static_cast<int>(random() % 14);
        const int day = static_cast<int>(random() % 33);
        const std::string text = format_ymd({year, month, day});
        ASSERT_EQ(text, printf_ymd(year, month, day));
        ASSERT_LE(text.size(), kalends::max_ymd_size);
        const auto back = parse_ymd(text);
        ASSERT_EQ(back.status, text_status::ok) << text;
        ASSERT_EQ(back.parts(), (kalends::date_parts{year, month, day})) << text;
    }
    EXPECT_EQ(format_ymd({INT_MIN, INT_MIN, INT_MIN}).size(), kalends::max_ymd_size);
}

TEST(Quoting, OneFormForEveryMessage) {
    EXPECT_EQ(kalends::quoted("a\x01\\b"), "'a\\x01\\x5cb'");
    // Valid UTF-8 as typed; invalid bytes, C1 controls and bidi controls escaped.
    EXPECT_EQ(kalends::quoted("\xdb\xb1\xdb\xb4"), "'\xdb\xb1\xdb\xb4'");
    EXPECT_EQ(kalends::quoted("a\xdb"), "'a\\xdb'");
    EXPECT_EQ(kalends::quoted("\xc0\xaf"), "'\\xc0\\xaf'");
    EXPECT_EQ(kalends::quoted("\xc2\x85"), "'\\xc2\\x85'");
    EXPECT_EQ(kalends::quoted("a\xe2\x80\xae" "b"), "'a\\xe2\\x80\\xaeb'");
    // A character the 64-byte cut splits is left out, not escaped.
    EXPECT_EQ(kalends::quoted(std::string(63, 'a') + "\xdb\xb1"), "'" + std::string(63, 'a') + "...' (65 bytes)");
    EXPECT_EQ(kalends::quoted(std::string(64, 'a')), "'" + std::string(64, 'a') + "'");
    EXPECT_EQ(kalends::quoted(std::string(5000, 'a')), "'" + std::string(64, 'a') + "...' (5000 bytes)");
    EXPECT_LE(kalends::quoted(std::string(100'000, '\x01')).size(), kalends::max_quoted_size);
}

}  // namespace
