// Arithmetic Hebrew calendar kernel.
#include <kalends/calendars/hebrew.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace kalends_test;
using kalends::month_code;
using kalends::kernels::hebrew;

// The Metonic rule written out independently: years 3, 6, 8, 11, 14, 17, 19 of the cycle.
bool metonic_leap(std::int64_t y) {
    const std::int64_t c = ((y - 1) % 19 + 19) % 19 + 1;
    return c == 3 || c == 6 || c == 8 || c == 11 || c == 14 || c == 17 || c == 19;
}

TEST(hebrew_kernel, epoch_and_known_dates) {
    EXPECT_EQ(hebrew::to_jdn(1, 1, 1), 347998);
    EXPECT_EQ(kalends::kernels::first_jdn<hebrew>(), 347998);
    EXPECT_EQ(hebrew::to_jdn(5785, 1, 1), 2460587);  // 2024-10-03 (hdate: Thursday)
    EXPECT_EQ(hebrew::from_jdn(2451545), (date_parts{5760, 4, 23}));  // 2000-01-01 = 23 Tevet 5760
    EXPECT_EQ(hebrew::days_in_year(5784), 383);
    EXPECT_EQ(hebrew::months_in_year(5784), 13);
    // 14 Nisan 5784 (leap year: Nisan is month 8) = 2024-04-22, JDN 2460423.
    EXPECT_EQ(hebrew::to_jdn(5784, 8, 14), 2460423);
    for (std::int64_t y = 1; y < 2000; ++y) ASSERT_EQ(hebrew::is_leap_year(static_cast<int>(y)), metonic_leap(y)) << y;
}

TEST(hebrew_kernel, month_codes) {
    // Common year 5785: ordinal 6 is Adar (M06).
    EXPECT_EQ(hebrew::month_code(5, 5785), month_code(5));
    EXPECT_EQ(hebrew::month_code(6, 5785), month_code(6));
    EXPECT_EQ(hebrew::month_code(7, 5785), month_code(7));
    EXPECT_EQ(hebrew::month_code(12, 5785), month_code(12));
    // Leap year 5784: 6 Adar I = M05L, 7 Adar II = M06, 8 Nisan = M07, 13 Elul = M12.
    EXPECT_EQ(hebrew::month_code(6, 5784), month_code(5, true));
    EXPECT_EQ(hebrew::month_code(6, 5784).view(), "M05L");
    EXPECT_EQ(hebrew::month_code(7, 5784), month_code(6));
    EXPECT_EQ(hebrew::month_code(8, 5784), month_code(7));
    EXPECT_EQ(hebrew::month_code(13, 5784), month_code(12));
    EXPECT_EQ(hebrew::month_from_code(month_code(5, true), 5785), 0);
    EXPECT_EQ(hebrew::month_from_code(month_code(13), 5784), 0);
    for (int year : {5784, 5785, 1, 2, 3}) {
        for (int m = 1; m <= hebrew::months_in_year(year); ++m) {
            EXPECT_EQ(hebrew::month_from_code(hebrew::month_code(m, year), year), m) << year << " " << m;
        }
    }
}

TEST(hebrew_kernel, sweep_range_ends_year_lengths) {
    check_days<hebrew>(kalends::kernels::first_jdn<hebrew>(), sweep_last);
    check_range_ends<hebrew>();
    check_year_lengths<hebrew>(1, INT_MAX, 9'999'991, 40);
    check_year_lengths<hebrew>(INT_MAX - 100, INT_MAX, 1, 100);
}

TEST(hebrew_kernel, six_year_lengths_and_no_adu_at_the_extremes) {
    for (std::int64_t y0 : {std::int64_t{1}, std::int64_t{1'000'000'000}, std::int64_t{INT_MAX} - 2000}) {
        for (std::int64_t y = y0; y < y0 + 2000 && y < INT_MAX; ++y) {
            const auto year = static_cast<int>(y);
            const int length = hebrew::days_in_year(year);
            const bool ok = hebrew::is_leap_year(year) ? (length >= 383 && length <= 385) : (length >= 353 && length <= 355);
            ASSERT_TRUE(ok) << year << ": " << length;
            const int weekday = kalends::detail::iso_weekday(hebrew::to_jdn(year, 1, 1));
            ASSERT_TRUE(weekday != 7 && weekday != 3 && weekday != 5) << year;
        }
    }
}

TEST(hebrew_kernel, hdate_year_lengths_and_weekdays_5600_to_5900) {
    std::ifstream in(std::string(KALENDS_KERNEL_DATA_DIR) + "/hebrew_hdate.txt");
    ASSERT_TRUE(in);
    const std::map<std::string, int> iso{{"Monday", 1}, {"Tuesday", 2}, {"Wednesday", 3}, {"Thursday", 4},
                                          {"Friday", 5}, {"Saturday", 6}, {"Sunday", 7}};
    std::string line;
    std::map<int, std::int64_t> start;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream f(line);
        int year = 0;
        std::int64_t jdn = 0;
        std::string weekday;
        f >> year >> jdn >> weekday;
        start[year] = jdn;
        EXPECT_EQ(hebrew::to_jdn(year, 1, 1), jdn) << year;
        EXPECT_EQ(kalends::detail::iso_weekday(hebrew::to_jdn(year, 1, 1)), iso.at(weekday)) << year;
    }
    ASSERT_EQ(start.size(), 302U);
    for (int year = 5600; year <= 5900; ++year) {
        EXPECT_EQ(hebrew::days_in_year(year), start.at(year + 1) - start.at(year)) << year;
    }
}

TEST(hebrew_kernel, convertdate_every_day_1_to_3000_ce) {
    const auto years = read_reference_table("hebrew_convertdate.txt");
    ASSERT_GT(years.size(), 2990U);
    const std::int64_t days = compare_with_table<hebrew>(years, [](int y) { return y; });
    EXPECT_GT(days, 1'090'000);
}

#if KALENDS_HAVE_ICU
// ICU 72's Hebrew calendar is one day off in exactly these 15 runs of days
// between 1 and 3000 CE (fixed in later ICU versions). Each run goes from
// 1 Kislev of a leap year Y to 30 Heshvan of Y + 1: in all 15, the molad of
// Tishri of Y + 1 falls on a Sunday between 15 h 589 p and 18 h (e.g. AM 5807:
// Sunday 17 h 87 p), so lo ADU moves 1 Tishri to Monday -- and ICU then also
// applies BeTUTaKPaT, which is for a molad *on Monday* after a leap year, and
// moves it on to Tuesday. That makes ICU's year Y 385 days (a 30th of
// Heshvan, one day late from Kislev on) and Y + 1 one day short. The
// postponement rules, hdate (1 Tishri 5807 is Monday 2046-09-10, tested above)
// and python3-convertdate (every day of every run, tested above) give kalends'
// answer. The run around AM 5807 is 2045-11-10 .. 2046-11-29.
const std::vector<jdn_range> icu72_hebrew_defects = {
    {1791129, 1791513},  // AM 3952-3953, 191-11-04 .. 192-11-22
    {1826920, 1827304},  // AM 4050-4051
    {1917136, 1917520},  // AM 4297-4298
    {2007352, 2007736},  // AM 4544-4545
    {2043143, 2043527},  // AM 4642-4643
    {2133359, 2133743},  // AM 4889-4890
    {2161856, 2162240},  // AM 4967-4968
    {2223575, 2223959},  // AM 5136-5137
    {2252072, 2252456},  // AM 5214-5215
    {2342288, 2342672},  // AM 5461-5462
    {2378079, 2378463},  // AM 5559-5560
    {2468295, 2468679},  // AM 5806-5807, 2045-11-10 .. 2046-11-29
    {2558511, 2558895},  // AM 6053-6054
    {2684518, 2684902},  // AM 6398-6399
    {2774734, 2775118},  // AM 6645-6646, 2884-11-10 .. 2885-11-29
};

// The molad of Tishri of a year as (weekday with Monday = 0, parts since 6 pm),
// written out from the rules for the test's explanation above.
std::pair<std::int64_t, std::int64_t> molad_of_tishri(std::int64_t y) {
    const std::int64_t months = (235 * y - 234) / 19;
    const std::int64_t parts = 5 * 1080 + 204 + months * 765433;
    return {(parts / 25920) % 7, parts % 25920};
}
#endif

TEST(hebrew_kernel, icu_day_by_day_1_to_3000_ce) {
    KALENDS_REQUIRE_ICU();
#if KALENDS_HAVE_ICU
    icu_calendar icu("@calendar=hebrew");
    std::string example;
    const auto runs = disagreements<hebrew>(
        ce_1, ce_3000,
        [&](std::int64_t j) {
            const date_parts p = icu.extended_fields(j);  // month: ICU's UCAL_MONTH + 1
            // ICU: TISHRI 0 .. SHEVAT 4, ADAR_1 5 (leap years only), ADAR 6, NISAN 7 .. ELUL 12.
            const int m0 = p.month - 1;
            const bool leap = metonic_leap(p.year);
            const int month = leap ? m0 + 1 : (m0 <= 4 ? m0 + 1 : m0);
            return date_parts{p.year, month, p.day};
        },
        &example);
    EXPECT_EQ(runs, icu72_hebrew_defects) << example;
    // On every day of those runs python3-convertdate gives kalends' date, not ICU's.
    std::map<std::int64_t, date_parts> convertdate_days;
    for (const reference_year& r : read_reference_table("hebrew_convertdate.txt")) {
        std::int64_t jdn = r.first_jdn;
        for (std::size_t m = 0; m < r.month_lengths.size(); ++m) {
            for (int d = 1; d <= r.month_lengths[m]; ++d, ++jdn) {
                for (const jdn_range& run : icu72_hebrew_defects) {
                    if (jdn >= run.first && jdn <= run.last) convertdate_days[jdn] = {r.year, static_cast<int>(m) + 1, d};
                }
            }
        }
    }
    std::int64_t checked = 0;
    for (const jdn_range& run : icu72_hebrew_defects) {
        for (std::int64_t jdn = run.first; jdn <= run.last; ++jdn, ++checked) {
            ASSERT_EQ(convertdate_days.count(jdn), 1U) << jdn;
            ASSERT_EQ(hebrew::from_jdn(jdn), convertdate_days.at(jdn)) << jdn;
        }
    }
    EXPECT_EQ(checked, 15 * 385);
    // Each run is the documented pattern: 1 Kislev of a leap year to 30 Heshvan of
    // the next, whose molad of Tishri is on Sunday in [15 h 589 p, 18 h).
    for (const jdn_range& r : icu72_hebrew_defects) {
        const date_parts first = hebrew::from_jdn(r.first);
        const date_parts last = hebrew::from_jdn(r.last);
        EXPECT_EQ(first.month, 3);
        EXPECT_EQ(first.day, 1);
        EXPECT_TRUE(metonic_leap(first.year));
        EXPECT_EQ(last, (date_parts{first.year + 1, 2, 30}));
        const auto [weekday, parts] = molad_of_tishri(first.year + 1);
        EXPECT_EQ(weekday, 6) << first.year + 1;
        EXPECT_GE(parts, 15 * 1080 + 589);
        EXPECT_LT(parts, 18 * 1080);
        EXPECT_EQ(kalends::detail::iso_weekday(hebrew::to_jdn(first.year + 1, 1, 1)), 1);  // Monday
    }
#endif
}

TEST(hebrew_kernel, speed) {
    // Not a benchmark: a guard that conversions stay loop-free (well under a
    // microsecond even in sanitizer builds). The Release figure is printed.
    constexpr std::int64_t n = 2'000'000;
    const auto t0 = std::chrono::steady_clock::now();
    std::int64_t sum = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const date_parts p = hebrew::from_jdn(2'400'000 + i * 37 % 200'000);
        sum += p.year + p.month + p.day;
    }
    const auto t1 = std::chrono::steady_clock::now();
    for (std::int64_t i = 0; i < n; ++i) {
        sum += hebrew::to_jdn(static_cast<int>(5000 + i % 1000), static_cast<int>(1 + i % 12), static_cast<int>(1 + i % 29));
    }
    const auto t2 = std::chrono::steady_clock::now();
    const double from_ns = std::chrono::duration<double, std::nano>(t1 - t0).count() / n;
    const double to_ns = std::chrono::duration<double, std::nano>(t2 - t1).count() / n;
    std::cout << "hebrew from_jdn " << from_ns << " ns, to_jdn " << to_ns << " ns (checksum " << sum << ")\n";
    EXPECT_LT(from_ns, 1000.0);
    EXPECT_LT(to_ns, 1000.0);
}

}  // namespace
