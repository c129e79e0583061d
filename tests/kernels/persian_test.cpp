// The arithmetic Persian kernels persian_33 and persian_2820: their unsigned
// Euclidean-affine forms against the straightforward signed floor-division
// formulas they replaced (kept here as the reference), day by day over a wide
// sweep and at both ends of the int32 range, every year's leap flag and new
// year over wide windows, and parts_from_day_of_year for every day of a year.
// The comparisons with ICU and Qt are in tests/oracles/icu_test.cpp and
// tests/oracles/qt_test.cpp.
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/calendars/persian.hpp>
#include <kalends/detail/integer_math.hpp>

#include "kernel_test_support.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>

namespace {

using namespace kalends_test;
using kalends::detail::floor_div;
using kalends::detail::floor_mod;
using kalends::kernels::persian_2820;
using kalends::kernels::persian_33;

// The reference: the signed formulas of the kernels before they were made unsigned.
struct reference_33 {
    static bool is_leap(std::int64_t a) { return floor_mod<std::int64_t>(25 * a + 11, 33) < 8; }
    static std::int64_t new_year(std::int64_t a) { return 1948320 - 365 + floor_div<std::int64_t>(12053 * a + 21, 33); }
    static std::int64_t year_containing(std::int64_t jdn) {
        return floor_div<std::int64_t>(33 * (jdn - (1948320 - 365)) + 11, 12053);
    }
};

struct reference_2820 {
    static bool is_leap(std::int64_t a) { return floor_mod<std::int64_t>((a + 2346) * 683, 2820) < 683; }
    static std::int64_t new_year(std::int64_t a) { return 2121446 + floor_div<std::int64_t>((a - 475) * 1029983, 2820); }
    static std::int64_t year_containing(std::int64_t jdn) {
        return 475 + floor_div<std::int64_t>((jdn - 2121446 + 1) * 2820 - 1, 1029983);
    }
};

// Month and day the slow way: 31-day months to Shahrivar, then 30-day ones.
date_parts reference_month_day(int year, std::int64_t day_of_year) {
    if (day_of_year < 186) return {year, static_cast<int>(day_of_year / 31) + 1, static_cast<int>(day_of_year % 31) + 1};
    const std::int64_t late = day_of_year - 186;
    return {year, static_cast<int>(late / 30) + 7, static_cast<int>(late % 30) + 1};
}

template <class Ref>
date_parts reference_from_jdn(std::int64_t jdn) {
    const std::int64_t a = Ref::year_containing(jdn);
    return reference_month_day(kalends::detail::calendar_year(a), jdn - Ref::new_year(a));
}

template <class Ref>
std::int64_t reference_to_jdn(int year, int month, int day) {
    const std::int64_t before = month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6;
    return Ref::new_year(kalends::detail::astronomical_year(year)) + before + day - 1;
}

// from_jdn and to_jdn against the reference for every day of [first, last].
template <class K, class Ref>
void compare_days(std::int64_t first, std::int64_t last) {
    int failures = 0;
    for (std::int64_t jdn = first; jdn <= last && failures < 10; ++jdn) {
        const date_parts want = reference_from_jdn<Ref>(jdn);
        const date_parts got = K::from_jdn(jdn);
        if (got != want) {
            ADD_FAILURE() << "JDN " << jdn << ": " << show(got) << ", reference " << show(want);
            ++failures;
        }
        if (K::to_jdn(want.year, want.month, want.day) != jdn) {
            ADD_FAILURE() << show(want) << ": " << K::to_jdn(want.year, want.month, want.day) << ", reference " << jdn;
            ++failures;
        }
    }
    EXPECT_EQ(failures, 0) << "[" << first << ", " << last << "]";
}

// Leap flags, new years and year_containing for every astronomical year of [first, last].
template <class K, class Ref>
void compare_years(std::int64_t first, std::int64_t last) {
    int failures = 0;
    for (std::int64_t a = first; a <= last && failures < 10; ++a) {
        const std::int64_t ny = Ref::new_year(a);
        const bool leap = Ref::is_leap(a);
        bool ok = K::new_year(a) == ny && K::is_leap_astronomical(a) == leap &&
                  K::year_containing(ny) == a && K::year_containing(ny - 1) == a - 1;
        if (a >= INT_MIN + 1 && a <= INT_MAX) {
            const int year = kalends::detail::calendar_year(a);
            ok = ok && K::is_leap_year(year) == leap && K::days_in_year(year) == (leap ? 366 : 365);
        }
        if (!ok) {
            ADD_FAILURE() << "astronomical year " << a;
            ++failures;
        }
    }
    EXPECT_EQ(failures, 0) << "[" << first << ", " << last << "]";
}

TEST(persian_kernel, month_and_day_of_every_day_of_the_year) {
    for (std::uint32_t d = 0; d <= 365; ++d) {
        const date_parts got = persian_33::parts_from_day_of_year(1404, d);
        EXPECT_EQ(got, reference_month_day(1404, d)) << "day of year " << d;
        EXPECT_EQ(persian_33::days_before_month(got.month) + got.day - 1, static_cast<int>(d)) << d;
    }
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(persian_33::days_before_month(m), m <= 7 ? 31 * (m - 1) : 30 * (m - 1) + 6);
}

// The anchors the headers document; 1403 AP is leap in Iran and in Qt's Jalali.
TEST(persian_kernel, known_new_years) {
    EXPECT_EQ(persian_33::to_jdn(1404, 1, 1), 2460756);  // 2025-03-21
    EXPECT_EQ(persian_33::from_jdn(2460756), (date_parts{1404, 1, 1}));
    EXPECT_EQ(persian_2820::to_jdn(475, 1, 1), 2121446);
    EXPECT_EQ(persian_2820::from_jdn(2121446), (date_parts{475, 1, 1}));
    EXPECT_TRUE(persian_33::is_leap_year(1403));
    EXPECT_FALSE(persian_33::is_leap_year(1404));
    EXPECT_TRUE(persian_2820::is_leap_year(1403));
}

// Every day from 10 000 BCE to 10 000 CE (about 7.3 million days).
TEST(persian_kernel, wide_sweep_against_the_reference) {
    compare_days<persian_33, reference_33>(-1'931'000, 5'373'500);
    compare_days<persian_2820, reference_2820>(-1'931'000, 5'373'500);
}

// Every year of +-1.2 million around the epoch, and the last 400 000 years at each end of the int32 range.
TEST(persian_kernel, years_against_the_reference) {
    compare_years<persian_33, reference_33>(-1'200'000, 1'200'000);
    compare_years<persian_2820, reference_2820>(-1'200'000, 1'200'000);
    compare_years<persian_33, reference_33>(std::int64_t{INT_MIN} + 1, std::int64_t{INT_MIN} + 400'000);
    compare_years<persian_2820, reference_2820>(std::int64_t{INT_MIN} + 1, std::int64_t{INT_MIN} + 400'000);
    compare_years<persian_33, reference_33>(std::int64_t{INT_MAX} - 400'000, std::int64_t{INT_MAX});
    compare_years<persian_2820, reference_2820>(std::int64_t{INT_MAX} - 400'000, std::int64_t{INT_MAX});
}

// Day by day over 40 000 days at each end of the int32 range, and the ends themselves.
template <class K, class Ref>
void ends() {
    namespace kk = kalends::kernels;
    const std::int64_t first = kk::first_jdn<K>();
    const std::int64_t last = kk::last_jdn<K>();
    EXPECT_EQ(first, Ref::new_year(std::int64_t{INT_MIN} + 1));
    EXPECT_EQ(last, Ref::new_year(std::int64_t{INT_MAX} + 1) - 1);
    compare_days<K, Ref>(first, first + 40'000);
    compare_days<K, Ref>(last - 40'000, last);
    check_range_ends<K>();
}

TEST(persian_kernel, both_ends_of_the_int32_range) {
    ends<persian_33, reference_33>();
    ends<persian_2820, reference_2820>();
}

// Every 999 983rd day across the whole range (about 1.6 million samples each).
template <class K, class Ref>
void strided() {
    namespace kk = kalends::kernels;
    int failures = 0;
    for (std::int64_t jdn = kk::first_jdn<K>(); jdn <= kk::last_jdn<K>() && failures < 10; jdn += 999'983) {
        const date_parts want = reference_from_jdn<Ref>(jdn);
        if (K::from_jdn(jdn) != want || K::to_jdn(want.year, want.month, want.day) != jdn) {
            ADD_FAILURE() << "JDN " << jdn << ": " << show(K::from_jdn(jdn)) << ", reference " << show(want);
            ++failures;
        }
    }
}

TEST(persian_kernel, strided_over_the_whole_range) {
    strided<persian_33, reference_33>();
    strided<persian_2820, reference_2820>();
}

TEST(persian_kernel, constexpr_evaluation) {
    static_assert(persian_33::to_jdn(1404, 1, 1) == 2460756);
    static_assert(persian_33::from_jdn(2460756) == date_parts{1404, 1, 1});
    static_assert(persian_2820::from_jdn(2121446) == date_parts{475, 1, 1});
    static_assert(persian_2820::to_jdn(INT_MAX, 12, 29) + 1 == persian_2820::new_year(std::int64_t{INT_MAX} + 1) ||
                  persian_2820::to_jdn(INT_MAX, 12, 30) + 1 == persian_2820::new_year(std::int64_t{INT_MAX} + 1));
    SUCCEED();
}

}  // namespace
