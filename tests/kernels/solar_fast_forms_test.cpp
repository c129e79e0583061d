// The branch-free 32-bit forms of the Julian, Revised Julian, Persian (33-
// and 2820-year rules) and Indian kernels (from_jdn_fast, is_valid_fast,
// to_jdn_fast; see src/bulk_loops.hpp) against the kernels' exact forms:
// day by day across both window edges and around the present plus a random
// sample of the window; validation over every (month, day) in -1..15 x
// -1..33 and the int extremes for wide year ranges. The bulk loops over
// them are tested in tests/bulk_fast_path_test.cpp.
#include <kalends/calendars/indian.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/calendars/milankovic.hpp>
#include <kalends/calendars/persian.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using kalends::date_parts;
namespace kernels = kalends::kernels;

template <class K>
class solar_fast_forms : public ::testing::Test {};

using solar_kernels =
    ::testing::Types<kernels::julian, kernels::milankovic, kernels::persian_33, kernels::persian_2820, kernels::indian>;
TYPED_TEST_SUITE(solar_fast_forms, solar_kernels);

std::string show(const date_parts& p) {
    return std::to_string(p.year) + "-" + std::to_string(p.month) + "-" + std::to_string(p.day);
}

// The reference for the fast forms: the kernel's 64-bit form, named *_exact
// where the scalar conversion itself takes the fast form inside its window.
template <class K>
date_parts exact_from_jdn(std::int64_t jdn) {
    if constexpr (requires { K::from_jdn_exact(jdn); }) {
        return K::from_jdn_exact(jdn);
    } else {
        return K::from_jdn(jdn);
    }
}
template <class K>
std::int64_t exact_to_jdn(int year, int month, int day) {
    if constexpr (requires { K::to_jdn_exact(year, month, day); }) {
        return K::to_jdn_exact(year, month, day);
    } else {
        return K::to_jdn(year, month, day);
    }
}

// from_jdn_fast == the exact form for every day of [first, last] (clipped to the window).
template <class K>
void check_from_jdn(std::int64_t first, std::int64_t last) {
    first = first < K::fast_first_jdn ? K::fast_first_jdn : first;
    last = last > K::fast_last_jdn ? K::fast_last_jdn : last;
    ASSERT_LE(first, last);
    for (std::int64_t jdn = first; jdn <= last; ++jdn) {
        const date_parts fast = K::from_jdn_fast(jdn);
        const date_parts exact = exact_from_jdn<K>(jdn);
        if (fast != exact) FAIL() << "JDN " << jdn << ": fast " << show(fast) << ", exact " << show(exact);
    }
}

TYPED_TEST(solar_fast_forms, window_is_wide_and_inside_the_range) {
    using K = TypeParam;
    // At least 100 000 years each way of the present, and 32-bit wide at most.
    EXPECT_LE(K::fast_first_jdn, 2451545 - 365 * 100'000);
    EXPECT_GE(K::fast_last_jdn, 2451545 + 365 * 100'000);
    EXPECT_LT(K::fast_last_jdn - K::fast_first_jdn, std::int64_t{1} << 32);
    EXPECT_GE(K::fast_first_jdn, kernels::first_jdn<K>());
    EXPECT_LE(K::fast_last_jdn, kernels::last_jdn<K>());
    EXPECT_LT(K::fast_first_year, -100'000);
    EXPECT_GT(K::fast_last_year, 100'000);
}

TYPED_TEST(solar_fast_forms, from_jdn_fast_matches_from_jdn_at_the_window_edges) {
    using K = TypeParam;
    check_from_jdn<K>(K::fast_first_jdn, K::fast_first_jdn + 1'000'000);
    check_from_jdn<K>(K::fast_last_jdn - 1'000'000, K::fast_last_jdn);
}

TYPED_TEST(solar_fast_forms, from_jdn_fast_matches_from_jdn_around_year_0_and_the_present) {
    using K = TypeParam;
    check_from_jdn<K>(1'721'426 - 800'000, 2'451'545 + 800'000);
}

TYPED_TEST(solar_fast_forms, from_jdn_fast_matches_from_jdn_on_a_random_sample) {
    using K = TypeParam;
    std::mt19937_64 random(11);
    std::uniform_int_distribution<std::int64_t> in_window(K::fast_first_jdn, K::fast_last_jdn);
    for (int i = 0; i < 2'000'000; ++i) {
        const std::int64_t jdn = in_window(random);
        ASSERT_EQ(K::from_jdn_fast(jdn), exact_from_jdn<K>(jdn)) << "JDN " << jdn;
    }
}

// is_valid_fast implies is_valid_date, is_valid_date implies is_valid_fast
// inside the window, and to_jdn_fast == to_jdn wherever is_valid_fast.
template <class K>
void check_year(int year) {
    const bool in_window = year >= K::fast_first_year && year <= K::fast_last_year;
    std::vector<int> fields;
    for (int v = -1; v <= 33; ++v) fields.push_back(v);
    fields.push_back(INT_MIN);
    fields.push_back(INT_MAX);
    for (const int month : fields) {
        if (month > 15 && month != INT_MAX) continue;
        for (const int day : fields) {
            const bool fast = K::is_valid_fast(year, month, day);
            const bool valid = kernels::is_valid_date<K>(year, month, day);
            if (fast && !valid) FAIL() << "accepts invalid " << year << "-" << month << "-" << day;
            if (valid && in_window && !fast) FAIL() << "rejects valid " << year << "-" << month << "-" << day;
            if (fast && K::to_jdn_fast(year, month, day) != exact_to_jdn<K>(year, month, day)) {
                FAIL() << "to_jdn_fast differs for " << year << "-" << month << "-" << day;
            }
        }
    }
}

template <class K>
void check_years(std::int64_t first, std::int64_t last) {
    for (std::int64_t y = first; y <= last; ++y) {
        if (y < INT_MIN || y > INT_MAX) continue;
        check_year<K>(static_cast<int>(y));
        if (::testing::Test::HasFatalFailure() || ::testing::Test::HasFailure()) return;
    }
}

TYPED_TEST(solar_fast_forms, is_valid_fast_and_to_jdn_fast_agree_with_the_exact_forms) {
    using K = TypeParam;
    check_years<K>(-5000, 5000);
    check_years<K>(std::int64_t{K::fast_first_year} - 3000, std::int64_t{K::fast_first_year} + 3000);
    check_years<K>(std::int64_t{K::fast_last_year} - 3000, std::int64_t{K::fast_last_year} + 3000);
    check_years<K>(INT_MIN, INT_MIN + 1000);
    check_years<K>(INT_MAX - 1000, INT_MAX);
    std::mt19937 random(5);
    std::uniform_int_distribution<int> any_year(K::fast_first_year, K::fast_last_year);
    for (int i = 0; i < 5000 && !::testing::Test::HasFailure(); ++i) check_year<K>(any_year(random));
}

}  // namespace
