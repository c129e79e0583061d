// Arithmetic Hebrew calendar kernel.
#include <kalends/calendars/hebrew.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

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

// The kernel as it was before the new-year table and the branch-free
// dehiyyot: the rules written out straightforwardly, kept as a reference.
struct reference_hebrew {
    static constexpr std::int64_t epoch = 347998;

    static bool is_leap(std::int64_t y) { return kalends::detail::floor_mod<std::int64_t>(7 * y + 1, 19) < 7; }

    static std::int64_t new_year_offset(std::int64_t y) {
        const std::int64_t months = kalends::detail::floor_div<std::int64_t>(235 * y - 234, 19);
        const std::int64_t molad = 5 * 1080 + 204 + months * 765433;
        std::int64_t day = molad / 25920;
        const std::int64_t parts = molad % 25920;
        const std::int64_t weekday = day % 7;  // 0 Monday
        if (parts >= 18 * 1080) {
            ++day;
        } else if (weekday == 1 && parts >= 9 * 1080 + 204 && !is_leap(y)) {
            return day + 2;
        } else if (weekday == 0 && parts >= 15 * 1080 + 589 && is_leap(y - 1)) {
            return day + 1;
        }
        const std::int64_t w = day % 7;
        if (w == 2 || w == 4 || w == 6) ++day;
        return day;
    }

    static int days_before_month(int month, int length) {
        const bool leap = length > 355;
        int before = 0;
        if (leap && month >= 7) {
            before = 30;
            --month;
        }
        before += (59 * (month - 1) + 1) / 2;
        const int kind = length % 10;
        if (month > 2 && kind == 5) ++before;
        if (month > 3 && kind == 3) --before;
        return before;
    }

    static std::int64_t to_jdn(int year, int month, int day) {
        const std::int64_t start = new_year_offset(year);
        const auto length = static_cast<int>(new_year_offset(std::int64_t{year} + 1) - start);
        return epoch + start + days_before_month(month, length) + day - 1;
    }

    static date_parts from_jdn(std::int64_t jdn) {
        const std::int64_t z = jdn - epoch;
        std::int64_t y = (z + 15) * 492480 / 179876755 + 1;
        std::int64_t start = new_year_offset(y);
        std::int64_t next = 0;
        if (z < start) {
            next = start;
            --y;
            start = new_year_offset(y);
        } else {
            next = new_year_offset(y + 1);
            if (z >= next) {
                ++y;
                start = next;
                next = new_year_offset(y + 1);
            }
        }
        const auto length = static_cast<int>(next - start);
        const auto d = static_cast<int>(z - start);
        const int kind = length % 10;
        const bool leap = length > 355;
        const int heshvan = kind == 5 ? 30 : 29;
        const int kislev = kind == 3 ? 29 : 30;
        const auto year = static_cast<int>(y);
        if (d < 30) return {year, 1, d + 1};
        if (d < 30 + heshvan) return {year, 2, d - 30 + 1};
        if (d < 30 + heshvan + kislev) return {year, 3, d - 30 - heshvan + 1};
        int r = d - (30 + heshvan + kislev);
        int month_offset = 4;
        if (leap && r >= 59) {
            if (r < 89) return {year, 6, r - 59 + 1};
            r -= 30;
            month_offset = 5;
        }
        const int j = (2 * r + 1) / 59;
        const int month = j < 2 ? 4 + j : month_offset + j;
        return {year, month, r - 59 * j / 2 + 1};
    }
};

namespace hd = kalends::kernels::hebrew_detail;

// The new-year table equals the exact arithmetic for every year it holds,
// and so does the branch-free arithmetic the reference, over the years
// around the table and both ends of the range.
TEST(hebrew_kernel, new_year_table_and_arithmetic_match_the_reference) {
    ASSERT_EQ(hd::table.code.size(), std::size_t{hd::table_years} + 1);
    for (std::uint32_t j = 0; j < hd::table.code.size(); ++j) {
        const std::int64_t y = hd::first_table_year + j;
        ASSERT_EQ(hd::table_new_year(j), hd::new_year_offset(static_cast<std::uint64_t>(y))) << y;
        ASSERT_EQ(hd::table_new_year(j), reference_hebrew::new_year_offset(y)) << y;
        const std::int64_t length = reference_hebrew::new_year_offset(y + 1) - reference_hebrew::new_year_offset(y);
        ASSERT_EQ(hd::month_starts[hd::table_kind(j)][hd::table_kind(j) < 3 ? 12 : 13], length) << y;
    }
    const std::int64_t last = std::int64_t{INT_MAX} + 1;
    for (std::int64_t y0 : {std::int64_t{1}, last - 1'000'000}) {
        for (std::int64_t y = y0; y <= y0 + 1'000'000 && y <= last; ++y) {
            ASSERT_EQ(hebrew::new_year_offset(y), reference_hebrew::new_year_offset(y)) << y;
            ASSERT_EQ(hd::new_year_offset(static_cast<std::uint64_t>(y)), reference_hebrew::new_year_offset(y)) << y;
        }
    }
}

// The calendar repeats every 689472 years (251827457 days, a whole number
// of weeks), and so does hebrew_detail::year_estimate: checking that it is
// the year or the one before on the first and last day of every year of one
// period (it grows with the day) proves it for every year.
TEST(hebrew_kernel, year_estimate_over_a_whole_period) {
    constexpr std::int64_t period_years = 689472;
    constexpr std::int64_t period_days = 251827457;
    static_assert(period_days % 7 == 0);
    for (std::int64_t y = 1; y <= period_years + 1; ++y) {
        const std::int64_t start = reference_hebrew::new_year_offset(y);
        const std::int64_t next = reference_hebrew::new_year_offset(y + 1);
        ASSERT_EQ(reference_hebrew::new_year_offset(y + period_years), start + period_days) << y;
        for (const std::int64_t z : {start, next - 1}) {
            const auto e = static_cast<std::int64_t>(hd::year_estimate(static_cast<std::uint64_t>(z)));
            ASSERT_TRUE(e == y || e == y - 1) << y << " " << z << " " << e;
            const auto shifted = static_cast<std::int64_t>(hd::year_estimate(static_cast<std::uint64_t>(z + period_days)));
            ASSERT_EQ(shifted, e + period_years) << y;
        }
    }
}

// Every day of a JDN range: from_jdn and to_jdn against the reference.
void compare_with_reference(std::int64_t first, std::int64_t last) {
    for (std::int64_t jdn = first; jdn <= last; ++jdn) {
        const date_parts expected = reference_hebrew::from_jdn(jdn);
        ASSERT_EQ(hebrew::from_jdn(jdn), expected) << jdn;
        ASSERT_EQ(hebrew::to_jdn(expected.year, expected.month, expected.day), jdn) << show(expected);
        ASSERT_EQ(reference_hebrew::to_jdn(expected.year, expected.month, expected.day), jdn) << show(expected);
    }
}

TEST(hebrew_kernel, every_day_against_the_reference) {
    // AM 1 to AM 30000: the table window (AM 3000 .. 7095) and both its edges.
    compare_with_reference(kalends::kernels::first_jdn<hebrew>(), reference_hebrew::to_jdn(30000, 1, 1));
    // Around each edge of the table once more, explicitly.
    for (std::int64_t y : {hd::first_table_year, hd::first_table_year + 1,
                           hd::first_table_year + std::int64_t{hd::table_years} - 1,
                           hd::first_table_year + std::int64_t{hd::table_years}}) {
        compare_with_reference(reference_hebrew::to_jdn(static_cast<int>(y) - 2, 1, 1),
                               reference_hebrew::to_jdn(static_cast<int>(y) + 2, 1, 1));
    }
    // Samples in the middle of the range and the last 3000 years below INT_MAX.
    for (int y : {1'000'000, 123'456'789, 1'000'000'000, 2'000'000'000}) {
        compare_with_reference(reference_hebrew::to_jdn(y, 1, 1), reference_hebrew::to_jdn(y + 200, 1, 1));
    }
    compare_with_reference(reference_hebrew::to_jdn(INT_MAX - 3000, 1, 1), kalends::kernels::last_jdn<hebrew>());
    EXPECT_EQ(hebrew::from_jdn(kalends::kernels::last_jdn<hebrew>()), (date_parts{INT_MAX, hebrew::months_in_year(INT_MAX),
                                                                                  hebrew::days_in_month(hebrew::months_in_year(INT_MAX), INT_MAX)}));
}

// days_before_month, month_length and days_in_month against the reference
// rules for the six year lengths.
TEST(hebrew_kernel, month_tables_match_the_rules) {
    for (int length : {353, 354, 355, 383, 384, 385}) {
        const int months = length > 355 ? 13 : 12;
        int sum = 0;
        for (int m = 1; m <= months; ++m) {
            ASSERT_EQ(hebrew::days_before_month(m, length), reference_hebrew::days_before_month(m, length)) << length;
            sum += hebrew::month_length(m, length);
        }
        ASSERT_EQ(sum, length);
    }
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

}  // namespace
