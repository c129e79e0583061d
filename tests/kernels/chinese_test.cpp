// Chinese and Dangi kernels: the table's range ends, month starts against
// python3-lunardate and days against ICU 72 over 1900-2100, each with the
// reviewed list of days where that reference is wrong, and dates published
// by the Hong Kong Observatory and the Korea Astronomy and Space Science
// Institute (KASI).
#include <kalends/calendars/chinese.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

using namespace kalends_test;
using kalends::kernels::chinese;
using kalends::kernels::dangi;

constexpr std::int64_t civil_jdn(int y, int m, int d) {
    const int a = (14 - m) / 12;
    const std::int64_t yy = std::int64_t{y} + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

std::string civil_text(std::int64_t jdn) {
    // Gregorian date of a JDN (Richards' algorithm), for messages and lists.
    const std::int64_t f = jdn + 1401 + (((4 * jdn + 274277) / 146097) * 3) / 4 - 38;
    const std::int64_t e = 4 * f + 3;
    const std::int64_t h = 5 * ((e % 1461) / 4) + 2;
    const std::int64_t day = (h % 153) / 5 + 1;
    const std::int64_t month = (h / 153 + 2) % 12 + 1;
    const std::int64_t year = e / 1461 - 4716 + (14 - month) / 12;
    char text[64];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(year), static_cast<long long>(month),
                  static_cast<long long>(day));
    return text;
}

// A day as a lunisolar reference writes it: year, month number, leap, day.
struct lunar_day {
    int year = 0;
    int month = 0;
    bool leap = false;
    int day = 0;
    auto operator<=>(const lunar_day&) const = default;
};

template <class K>
lunar_day kernel_day(std::int64_t jdn) {
    const auto parts = K::from_jdn(jdn);
    const auto code = K::month_code(parts.month, parts.year);
    return {parts.year, code.number(), code.is_leap(), parts.day};
}

// The kernel's month starts of [first, last] at which `reference` has
// another day, or whose eve `reference` makes a first day: where it starts
// the month late or early, or numbers it otherwise.
template <class K, class Reference>
std::vector<std::string> differing_month_starts(std::int64_t first, std::int64_t last, Reference reference) {
    std::vector<std::string> starts;
    for (std::int64_t jdn = first; jdn <= last; ++jdn) {
        if (K::from_jdn(jdn).day != 1) continue;
        if (kernel_day<K>(jdn) != reference(jdn) || reference(jdn - 1).day == 1) starts.push_back(civil_text(jdn));
    }
    return starts;
}

TEST(chinese_kernel, range_ends) {
    EXPECT_EQ(chinese::min_year, 1645);
    EXPECT_EQ(chinese::max_year, 2644);
    EXPECT_EQ(kalends::kernels::first_jdn<chinese>(), civil_jdn(1645, 1, 28));
    EXPECT_EQ(kalends::kernels::last_jdn<chinese>(), civil_jdn(2645, 2, 17));
    EXPECT_EQ(kalends::kernels::first_jdn<dangi>(), civil_jdn(1645, 1, 28));
    EXPECT_EQ(kalends::kernels::last_jdn<dangi>(), civil_jdn(2645, 2, 18));
    check_range_ends<chinese>(1000);
    check_range_ends<dangi>(1000);
}

TEST(chinese_kernel, every_day_of_the_table) {
    check_days<chinese>(kalends::kernels::first_jdn<chinese>(), kalends::kernels::last_jdn<chinese>());
    check_days<dangi>(kalends::kernels::first_jdn<dangi>(), kalends::kernels::last_jdn<dangi>());
}

TEST(chinese_kernel, months_and_leap_months) { check_leap_month_years<chinese>(chinese::min_year, chinese::max_year); }

// Published dates: Spring Festivals (HKO), the leap months the introduction of
// the architecture names, and a day where the two calendars differ.
TEST(chinese_kernel, published_dates) {
    struct row {
        int y, m, d;  // Gregorian
        lunar_day chinese_day;
    };
    const row rows[] = {
        {2024, 2, 10, {2024, 1, false, 1}},   {2025, 1, 29, {2025, 1, false, 1}},
        {2026, 2, 17, {2026, 1, false, 1}},   {2023, 3, 22, {2023, 2, true, 1}},    // 闰二月
        {2025, 7, 25, {2025, 6, true, 1}},    {1917, 3, 23, {1917, 2, true, 1}},    // 闰二月 (ICU drops it)
        {1922, 6, 25, {1922, 5, true, 1}},    {1987, 7, 26, {1987, 6, true, 1}},    // 闰五月, 闰六月
        {1933, 7, 22, {1933, 5, true, 30}},   {2033, 12, 22, {2033, 11, true, 1}},  // HKO; 闰十一月
        {1985, 2, 20, {1985, 1, false, 1}},   {2000, 2, 5, {2000, 1, false, 1}},
    };
    for (const row& r : rows) {
        EXPECT_EQ(kernel_day<chinese>(civil_jdn(r.y, r.m, r.d)), r.chinese_day) << r.y << "-" << r.m << "-" << r.d;
    }
    // 1954: Seoul's new moon fell after midnight, Beijing's before (KASI, HKO).
    EXPECT_EQ(kernel_day<chinese>(civil_jdn(1954, 2, 3)), (lunar_day{1954, 1, false, 1}));
    EXPECT_EQ(kernel_day<dangi>(civil_jdn(1954, 2, 4)), (lunar_day{1954, 1, false, 1}));
    // Seollal and Chuseok (KASI).
    EXPECT_EQ(kernel_day<dangi>(civil_jdn(2024, 2, 10)), (lunar_day{2024, 1, false, 1}));
    EXPECT_EQ(kernel_day<dangi>(civil_jdn(2024, 9, 17)), (lunar_day{2024, 8, false, 15}));
    EXPECT_EQ(chinese::cycle_year(1984), 1);   // 甲子
    EXPECT_EQ(chinese::cycle_year(2023), 40);  // 癸卯
    EXPECT_EQ(chinese::cycle_year(2043), 60);  // 癸亥
    EXPECT_EQ(chinese::cycle_year(1645), 22);  // 乙酉
}

TEST(chinese_kernel, month_starts_against_python3_lunardate) {
    // data/chinese_lunardate.txt: every month start of 1900-01-31 .. 2099-12-31
    // from Debian's python3-lunardate 0.2.0 (generate_lunardate_table.py).
    std::ifstream in(std::string(KALENDS_KERNEL_DATA_DIR) + "/chinese_lunardate.txt");
    ASSERT_TRUE(in);
    std::set<std::tuple<std::int64_t, int, int, bool>> reference;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        int y = 0, m = 0, d = 0, year = 0, month = 0, leap = 0;
        char dash1 = 0, dash2 = 0;
        std::istringstream f(line);
        f >> y >> dash1 >> m >> dash2 >> d >> year >> month >> leap;
        ASSERT_TRUE(f) << line;
        reference.insert({civil_jdn(y, m, d), year, month, leap != 0});
    }
    ASSERT_EQ(reference.size(), 2473u);
    std::set<std::tuple<std::int64_t, int, int, bool>> ours;
    for (std::int64_t jdn = civil_jdn(1900, 1, 31); jdn <= civil_jdn(2099, 12, 31); ++jdn) {
        const lunar_day day = kernel_day<chinese>(jdn);
        if (day.day == 1) ours.insert({jdn, day.year, day.month, day.leap});
    }
    std::set<std::string> differing;
    for (const auto& start : reference) {
        if (!ours.contains(start)) differing.insert(civil_text(std::get<0>(start)));
    }
    for (const auto& start : ours) {
        if (!reference.contains(start)) differing.insert(civil_text(std::get<0>(start)));
    }
    // Five month starts a day apart (each pair: the day kalends starts the
    // month and the day lunardate does; docs/chinese-calendar.md gives each
    // case): 1906 by Beijing mean time, 1978 by a new moon 9 minutes after
    // midnight, and three errors of lunardate's table (1933-07-22 is 闰五月三十
    // for the Hong Kong Observatory and ICU).
    const std::set<std::string> expected{"1906-04-23", "1906-04-24", "1933-07-22", "1933-07-23", "1954-11-25",
                                         "1954-11-26", "1956-12-02", "1956-12-03", "1978-09-02", "1978-09-03"};
    EXPECT_EQ(differing, expected);
}

#if KALENDS_HAVE_ICU
template <class K>
std::vector<std::string> starts_against_icu(const char* locale, int year_offset, int from_year) {
    icu_calendar icu(locale);
    return differing_month_starts<K>(civil_jdn(from_year, 1, 2), civil_jdn(2100, 12, 31), [&](std::int64_t jdn) {
        icu.set(jdn);
        return lunar_day{icu.get(UCAL_EXTENDED_YEAR) - year_offset, icu.get(UCAL_MONTH) + 1,
                         icu.get(UCAL_IS_LEAP_MONTH) != 0, icu.get(UCAL_DATE)};
    });
}
#endif

TEST(chinese_kernel, days_against_icu) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    // ICU 72 computes the months itself, with its own approximations: it drops
    // three leap months and puts ten month starts a day off (see docs/chinese-calendar.md).
    // Leap months dropped: 1917 闰二月 (and the month after), 1922 闰五月,
    // 1987 闰六月. Starts a day apart: the other ten, each a new moon within
    // minutes of midnight or before 1929 (ICU keeps UTC+8, kalends Beijing
    // mean time); docs/chinese-calendar.md gives each case.
    const std::vector<std::string> chinese_starts = starts_against_icu<chinese>("zh@calendar=chinese", 2637, 1900);
    EXPECT_EQ(chinese_starts,
              (std::vector<std::string>{"1906-04-23", "1917-03-23", "1917-04-21", "1922-06-25", "1922-07-24",
                                        "1954-02-03", "1955-02-22", "1987-07-26", "1987-08-24", "1999-01-17",
                                        "2012-08-17", "2018-11-08", "2027-02-06", "2030-02-03", "2057-09-28",
                                        "2070-03-12"}));
    // Dangi from 1912, when Korea's UTC+9 began (ICU's dangi uses UTC+8 before).
    // Four starts a day off, new moons within minutes of Seoul's midnight.
    const std::vector<std::string> dangi_starts = starts_against_icu<dangi>("ko@calendar=dangi", 2333, 1912);
    EXPECT_EQ(dangi_starts, (std::vector<std::string>{"2017-02-26", "2051-08-07", "2051-11-03", "2097-01-13"}));
#endif
}

}  // namespace
