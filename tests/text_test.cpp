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
