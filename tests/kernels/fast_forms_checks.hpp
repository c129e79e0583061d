// Checks of a kernel's branch-free 32-bit forms (from_jdn_fast,
// is_valid_fast, to_jdn_fast; see src/bulk_loops.hpp) against its exact
// forms (from_jdn, is_valid_date, to_jdn). For kernels that name the years of
// is_valid_fast's window (fast_first_year, fast_last_year).
#pragma once

#include "kernel_test_support.hpp"

#include <kalends/calendars/kernel_range.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <random>

namespace kalends_test {

// from_jdn_fast == from_jdn for every day of [first, last], clipped to the window.
template <class K>
void check_from_jdn_fast_days(std::int64_t first, std::int64_t last) {
    first = std::max(first, K::fast_first_jdn);
    last = std::min(last, K::fast_last_jdn);
    ASSERT_LE(first, last);
    for (std::int64_t jdn = first; jdn <= last; ++jdn) {
        const date_parts fast = K::from_jdn_fast(jdn);
        const date_parts exact = K::from_jdn(jdn);
        if (fast != exact) FAIL() << "JDN " << jdn << ": fast " << show(fast) << ", exact " << show(exact);
    }
}

// The window is wide, inside the range, 32-bit; from_jdn_fast is exact a
// million days inside each window edge, a million days each way of
// 2000-01-01, and on a million random days of the window; it is called (its
// value unused: no UB, for the sanitizer build) on days outside it.
template <class K>
void check_from_jdn_fast() {
    EXPECT_LE(K::fast_first_jdn, 2451545 - 365 * 100'000);
    EXPECT_GE(K::fast_last_jdn, 2451545 + 365 * 100'000);
    EXPECT_LT(K::fast_last_jdn - K::fast_first_jdn, std::int64_t{1} << 32);
    EXPECT_GE(K::fast_first_jdn, kalends::kernels::first_jdn<K>());
    EXPECT_LE(K::fast_last_jdn, kalends::kernels::last_jdn<K>());
    constexpr std::int64_t million = 1'000'000;
    check_from_jdn_fast_days<K>(K::fast_first_jdn, K::fast_first_jdn + million);
    check_from_jdn_fast_days<K>(K::fast_last_jdn - million, K::fast_last_jdn);
    check_from_jdn_fast_days<K>(2451545 - million, 2451545 + million);
    std::mt19937_64 random(2024);
    std::uniform_int_distribution<std::int64_t> window(K::fast_first_jdn, K::fast_last_jdn);
    for (int i = 0; i < 1'000'000; ++i) {
        const std::int64_t jdn = window(random);
        ASSERT_EQ(K::from_jdn_fast(jdn), K::from_jdn(jdn)) << "JDN " << jdn;
    }
    int sink = 0;
    for (const std::int64_t jdn : {INT64_MIN, INT64_MIN + 1, K::fast_first_jdn - 1, K::fast_last_jdn + 1,
                                   std::int64_t{INT32_MIN}, std::int64_t{INT32_MAX}, INT64_MAX}) {
        const date_parts p = K::from_jdn_fast(jdn);
        sink += p.year ^ p.month ^ p.day;
    }
    EXPECT_EQ(sink, sink);
}

// Every (month, day) in -1..15 x -1..33, plus the int extremes, for one year:
// is_valid_fast implies is_valid_date, is_valid_date implies is_valid_fast
// inside the window, and to_jdn_fast == to_jdn wherever is_valid_fast.
template <class K>
void check_is_valid_fast_year(int year) {
    const bool in_window = year >= K::fast_first_year && year <= K::fast_last_year;
    const auto check = [&](int month, int day) {
        const bool fast = K::is_valid_fast(year, month, day);
        const bool valid = kalends::kernels::is_valid_date<K>(year, month, day);
        ASSERT_TRUE(!fast || valid) << "accepts invalid " << year << "-" << month << "-" << day;
        ASSERT_TRUE(!valid || !in_window || fast) << "rejects valid " << year << "-" << month << "-" << day;
        if (fast) {
            ASSERT_EQ(K::to_jdn_fast(year, month, day), K::to_jdn(year, month, day))
                << year << "-" << month << "-" << day;
        } else {
            // Called anyway, as the bulk loop may on a rejected lane's values (no UB).
            static_cast<void>(K::to_jdn_fast(year, month, day));
        }
    };
    for (int month = -1; month <= 15; ++month) {
        for (int day = -1; day <= 33; ++day) check(month, day);
        check(month, INT_MIN);
        check(month, INT_MAX);
    }
    for (const int day : {INT_MIN, 1, INT_MAX}) {
        check(INT_MIN, day);
        check(INT_MAX, day);
    }
}

// Years -10000 .. 20000, 2000 years inside and outside each window edge,
// and both ends of int.
template <class K>
void check_is_valid_fast() {
    for (int year = -10'000; year <= 20'000; ++year) check_is_valid_fast_year<K>(year);
    for (int d = -2000; d <= 2000; ++d) {
        check_is_valid_fast_year<K>(K::fast_first_year + d);
        check_is_valid_fast_year<K>(K::fast_last_year + d);
    }
    for (int d = 0; d <= 3; ++d) {
        check_is_valid_fast_year<K>(INT_MIN + d);
        check_is_valid_fast_year<K>(INT_MAX - d);
    }
}

}  // namespace kalends_test
