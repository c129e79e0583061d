// The bulk API's fast path: the Gregorian kernel's branch-free 32-bit forms
// (from_jdn_fast, is_valid_fast, to_jdn_fast) against a day-by-day walk
// with the textbook leap rule, and, for every kernel with fast forms, the
// chunked loops (baseline and AVX2 copies) against the exact single
// conversions at the edges of the 32-bit window, with invalid elements mixed
// in. (Each kernel's own fast forms are tested in tests/kernels.)
#include "bulk_loops.hpp"
#include "kernels/fast_forms_checks.hpp"

#include <kalends/bulk.hpp>
#include <kalends/calendars/coptic.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/gregorian_based.hpp>
#include <kalends/calendars/indian.hpp>
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/islamic_tabular.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/milankovic.hpp>
#include <kalends/calendars/persian.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using kalends::date_parts;
using kalends::kernels::gregorian;
namespace bulk = kalends::detail::bulk;

// The reference: astronomical years, 1 BCE = 0, leap every 4 years except
// centuries not divisible by 400.
bool textbook_leap(std::int64_t a) { return a % 4 == 0 && (a % 100 != 0 || a % 400 == 0); }

int textbook_length(std::int64_t a, int month) {
    constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return lengths[month - 1] + (month == 2 && textbook_leap(a) ? 1 : 0);
}

int calendar_year(std::int64_t a) { return static_cast<int>(a <= 0 ? a - 1 : a); }

// Walks `days` days forward from 1 January of astronomical year `a`, whose
// JDN is 2451545 (2000-01-01) moved by whole 400-year cycles of 146097 days,
// checking every day both ways.
void walk(std::int64_t cycles_from_2000, std::int64_t days) {
    std::int64_t a = 2000 + 400 * cycles_from_2000;
    std::int64_t jdn = 2451545 + 146097 * cycles_from_2000;
    int month = 1;
    int day = 1;
    for (std::int64_t i = 0; i < days; ++i, ++jdn) {
        const date_parts expected{calendar_year(a), month, day};
        if (jdn >= gregorian::fast_first_jdn && jdn <= gregorian::fast_last_jdn) {
            ASSERT_EQ(gregorian::from_jdn_fast(jdn), expected) << "JDN " << jdn;
        }
        ASSERT_EQ(gregorian::from_jdn(jdn), expected) << "JDN " << jdn;
        const bool in_window = expected.year >= gregorian::fast_first_year && expected.year <= gregorian::fast_last_year;
        ASSERT_EQ(gregorian::is_valid_fast(expected.year, month, day), in_window) << "JDN " << jdn;
        if (in_window) {
            ASSERT_EQ(gregorian::to_jdn_fast(expected.year, month, day), jdn) << "JDN " << jdn;
        }
        if (++day > textbook_length(a, month)) {
            day = 1;
            if (++month > 12) {
                month = 1;
                ++a;
            }
        }
    }
}

constexpr std::int64_t cycles_to_window_start = (2000 + gregorian::fast_years) / 400 + 1;

TEST(bulk_fast_path, gregorian_forms_match_a_day_by_day_walk_around_year_0_and_today) {
    walk(-6, 3 * 146097);  // 400 BCE .. 800 CE
    walk(0, 146097);       // 2000 .. 2400
}

TEST(bulk_fast_path, gregorian_forms_match_a_day_by_day_walk_across_both_window_ends) {
    // From 800 years before the window's first day to 800 years into it, and
    // the same at its last day.
    walk(-cycles_to_window_start - 2, 4 * 146097);
    walk(gregorian::fast_years / 400 - 7, 4 * 146097);
}

TEST(bulk_fast_path, is_valid_fast_rejects_every_invalid_field) {
    for (const int year : {gregorian::fast_first_year - 1, gregorian::fast_first_year, -401, -1, 0, 1, 1900, 2000,
                           2023, 2024, gregorian::fast_last_year, gregorian::fast_last_year + 1, INT_MIN, INT_MAX}) {
        const std::int64_t a = year < 0 ? std::int64_t{year} + 1 : year;
        const bool in_window = year >= gregorian::fast_first_year && year <= gregorian::fast_last_year;
        for (const int month : {INT_MIN, -1, 0, 1, 2, 3, 7, 8, 12, 13, 14, INT_MAX}) {
            for (const int day : {INT_MIN, -1, 0, 1, 28, 29, 30, 31, 32, INT_MAX}) {
                const bool valid = year != 0 && month >= 1 && month <= 12 && day >= 1 &&
                                   day <= textbook_length(a, month);
                EXPECT_EQ(gregorian::is_valid_fast(year, month, day), valid && in_window)
                    << year << "-" << month << "-" << day;
            }
        }
    }
}

// The Gregorian-based kernels' fast forms are the Gregorian ones with the
// year moved; their windows in their own year numbering, and years near the
// int ends (where the move wraps modulo 2^32), are checked here.
TEST(bulk_fast_path, gregorian_based_fast_forms_equal_the_exact_forms) {
    kalends_test::check_from_jdn_fast<kalends::kernels::buddhist>();
    kalends_test::check_is_valid_fast<kalends::kernels::buddhist>();
    kalends_test::check_from_jdn_fast<kalends::kernels::roc>();
    kalends_test::check_is_valid_fast<kalends::kernels::roc>();
    kalends_test::check_from_jdn_fast<kalends::kernels::iso>();
    kalends_test::check_is_valid_fast<kalends::kernels::iso>();
}

// The chunked loops, for every kernel with fast forms: a kernel is added to
// this list when it gets from_jdn_fast or is_valid_fast + to_jdn_fast.
template <class Kernel>
class bulk_loops : public ::testing::Test {};

using fast_kernels = ::testing::Types<gregorian, kalends::kernels::coptic, kalends::kernels::ethiopic,
                                      kalends::kernels::ethiopic_amete_alem, kalends::kernels::islamic_civil,
                                      kalends::kernels::islamic_tbla, kalends::kernels::islamic_kuwaiti,
                                      kalends::kernels::islamic_tabular<kalends::kernels::islamic_leap_pattern::type_iii,
                                                                        kalends::kernels::islamic_epoch::friday>,
                                      kalends::kernels::islamic_tabular<kalends::kernels::islamic_leap_pattern::type_iv,
                                                                        kalends::kernels::islamic_epoch::thursday>,
                                      kalends::kernels::julian, kalends::kernels::milankovic,
                                      kalends::kernels::persian_33, kalends::kernels::persian_2820,
                                      kalends::kernels::indian, kalends::kernels::buddhist,
                                      kalends::kernels::roc, kalends::kernels::iso>;
TYPED_TEST_SUITE(bulk_loops, fast_kernels);

// Inputs around the window edges (of from_jdn_fast, and of is_valid_fast's
// years when the kernel names them) and the calendar's ends, in runs longer
// than a chunk, with a chunk that is all fast and one with an invalid element.
template <class Kernel>
std::vector<std::int64_t> edge_jdns() {
    std::vector<std::int64_t> centres{std::int64_t{2451545}, kalends::kernels::first_jdn<Kernel>(),
                                      kalends::kernels::last_jdn<Kernel>() + 1};
    if constexpr (bulk::fast_to_parts<Kernel>) {
        centres.push_back(Kernel::fast_first_jdn);
        centres.push_back(Kernel::fast_last_jdn + 1);
    }
    if constexpr (requires { Kernel::fast_first_year; Kernel::fast_last_year; }) {
        centres.push_back(Kernel::to_jdn(Kernel::fast_first_year, 1, 1));
        centres.push_back(Kernel::to_jdn(Kernel::fast_last_year + 1, 1, 1));
    }
    std::vector<std::int64_t> jdns;
    for (const std::int64_t centre : centres) {
        for (std::int64_t d = -700; d < 700; ++d) jdns.push_back(centre + d);
    }
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> modern(2415021, 2488069);
    for (int i = 0; i < 5000; ++i) jdns.push_back(modern(random));
    jdns.push_back(INT64_MIN);
    jdns.push_back(INT64_MAX);
    for (int i = 0; i < 300; ++i) jdns.push_back(modern(random));
    return jdns;
}

using to_parts_fn = std::size_t (*)(const std::int64_t*, date_parts*, std::size_t);
using to_jdns_fn = std::size_t (*)(const date_parts*, std::int64_t*, std::size_t);

template <class Kernel>
void check_to_jdns(to_jdns_fn to_jdns, const std::vector<date_parts>& parts) {
    const std::size_t n = parts.size();
    std::vector<std::int64_t> back(n);
    const std::size_t invalid_back = to_jdns(parts.data(), back.data(), n);
    std::size_t expected_back = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const date_parts& p = parts[i];
        const bool ok = kalends::kernels::is_valid_date<Kernel>(p.year, p.month, p.day);
        expected_back += ok ? 0u : 1u;
        ASSERT_EQ(back[i], ok ? Kernel::to_jdn(p.year, p.month, p.day) : kalends::invalid_jdn)
            << p.year << "-" << p.month << "-" << p.day;
    }
    EXPECT_EQ(invalid_back, expected_back);
}

template <class Kernel>
void check_loops(to_parts_fn to_parts, to_jdns_fn to_jdns) {
    const std::vector<std::int64_t> jdns = edge_jdns<Kernel>();
    constexpr std::int64_t first = kalends::kernels::first_jdn<Kernel>();
    constexpr std::int64_t last = kalends::kernels::last_jdn<Kernel>();
    // Every offset into the array, so chunks start at every phase of the edges.
    for (const std::size_t start : {std::size_t{0}, std::size_t{1}, std::size_t{255}, std::size_t{700}}) {
        const std::size_t n = jdns.size() - start;
        std::vector<date_parts> parts(n);
        std::size_t expected_invalid = 0;
        const std::size_t invalid = to_parts(jdns.data() + start, parts.data(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t jdn = jdns[start + i];
            const bool ok = jdn >= first && jdn <= last;
            expected_invalid += ok ? 0u : 1u;
            ASSERT_EQ(parts[i], ok ? Kernel::from_jdn(jdn) : kalends::invalid_parts) << "JDN " << jdn;
        }
        EXPECT_EQ(invalid, expected_invalid);

        // Back, with the invalid parts (month 0) still in place and a few more
        // that no kernel accepts.
        parts[3] = {0, 1, 1};
        parts[5] = {1445, INT_MIN, 1};
        parts[7] = {INT_MAX, 1, INT_MAX};
        parts[n / 2] = {2023, 2, 32};
        parts[n - 1] = {2024, 14, 1};
        check_to_jdns<Kernel>(to_jdns, parts);
    }

    // Modern years with every month and day from -1 to beyond the longest,
    // valid and invalid mixed at random.
    std::mt19937_64 random(11);
    std::uniform_int_distribution<int> year(-3000, 7000);
    std::uniform_int_distribution<int> month(-1, 15);
    std::uniform_int_distribution<int> day(-1, 33);
    std::vector<date_parts> mixed(20000);
    for (date_parts& p : mixed) p = {year(random), month(random), day(random)};
    check_to_jdns<Kernel>(to_jdns, mixed);
    // Mostly valid: days 1 .. 29 of months 1 .. 12, one invalid date in a few chunks.
    std::uniform_int_distribution<int> valid_month(1, 12);
    std::uniform_int_distribution<int> valid_day(1, 29);
    for (date_parts& p : mixed) p = {year(random), valid_month(random), valid_day(random)};
    mixed[1000] = {1, 1, 0};
    mixed[9000] = {INT_MIN, 1, 1};
    check_to_jdns<Kernel>(to_jdns, mixed);
}

TYPED_TEST(bulk_loops, baseline_loops_equal_the_exact_conversions) {
    check_loops<TypeParam>(&bulk::to_parts_baseline<TypeParam>, &bulk::to_jdns_baseline<TypeParam>);
}

#if KALENDS_BULK_AVX2
TYPED_TEST(bulk_loops, avx2_loops_equal_the_exact_conversions) {
    if (!bulk::cpu_has_avx2()) GTEST_SKIP() << "this CPU has no AVX2";
    check_loops<TypeParam>(&bulk::to_parts_avx2<TypeParam>, &bulk::to_jdns_avx2<TypeParam>);
}
#endif

}  // namespace
