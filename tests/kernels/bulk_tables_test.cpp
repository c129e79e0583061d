// The table-driven kernels' fast forms (from_jdn_fast, is_valid_fast,
// to_jdn_fast: Hebrew inside its new-year table window, Umm al-Qura and the
// astronomical Persian calendar over their whole tables) against reference
// conversions that do not use them, and the bulk API's chunked loops
// (baseline and AVX2 copies, src/bulk_loops.hpp) over those kernels at every
// chunk phase of the window edges, with invalid elements mixed in.
#include "bulk_loops.hpp"

#include <kalends/bulk.hpp>
#include <kalends/calendars/hebrew.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/calendars/persian_astronomical.hpp>
#include <kalends/calendars/umalqura.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using kalends::date_parts;
using kalends::kernels::hebrew;
using kalends::kernels::is_valid_date;
using kalends::kernels::persian_astronomical;
using kalends::kernels::umalqura;
namespace bulk = kalends::detail::bulk;

// Reference conversions per kernel, and the years where is_valid_fast must
// accept every valid date.
template <class Kernel>
struct reference;

// Hebrew: the scalar from_jdn / to_jdn (byte table and exact arithmetic) stay
// as they were; the fast forms use their own word table and month arithmetic.
template <>
struct reference<hebrew> {
    static date_parts from_jdn(std::int64_t jdn) { return hebrew::from_jdn(jdn); }
    static std::int64_t to_jdn(int y, int m, int d) { return hebrew::to_jdn_exact(y, m, d); }
    static constexpr int window_first_year = hebrew::fast_first_year;
    static constexpr int window_last_year = hebrew::fast_last_year;
    static constexpr std::int64_t modern = 2460000;
};

// Umm al-Qura: from_jdn and to_jdn are now the fast forms; the reference is
// the generated year tables (new year, mask of 30-day months) read directly.
template <>
struct reference<umalqura> {
    static std::int64_t to_jdn(int y, int m, int d) {
        return umalqura::new_year(y) + umalqura::days_before_month(m, y) + d - 1;
    }
    static date_parts from_jdn(std::int64_t jdn) {
        int y = umalqura::min_year;
        while (y < umalqura::max_year && umalqura::new_year(y + 1) <= jdn) ++y;
        int m = 1;
        while (m < 12 && umalqura::new_year(y) + umalqura::days_before_month(m + 1, y) <= jdn) ++m;
        return {y, m, static_cast<int>(jdn - umalqura::new_year(y) - umalqura::days_before_month(m, y)) + 1};
    }
    static constexpr int window_first_year = umalqura::min_year;
    static constexpr int window_last_year = umalqura::max_year;
    static constexpr std::int64_t modern = 2460000;
};

// Astronomical Persian: the base's conversions (33-year rule plus the
// deviation table, 64-bit).
template <>
struct reference<persian_astronomical> {
    using base = kalends::kernels::persian_kernel<persian_astronomical>;
    static date_parts from_jdn(std::int64_t jdn) { return base::from_jdn(jdn); }
    static std::int64_t to_jdn(int y, int m, int d) { return base::to_jdn(y, m, d); }
    static constexpr int window_first_year = persian_astronomical::min_year;
    static constexpr int window_last_year = persian_astronomical::max_year;
    static constexpr std::int64_t modern = 2460000;
};

template <class Kernel>
class bulk_tables : public ::testing::Test {};

using kernels_under_test = ::testing::Types<hebrew, umalqura, persian_astronomical>;
TYPED_TEST_SUITE(bulk_tables, kernels_under_test);

// Every day of the window (1.5 million days at most) both ways.
TYPED_TEST(bulk_tables, fast_forms_match_the_reference_over_every_day_of_the_window) {
    using K = TypeParam;
    using ref = reference<K>;
    for (std::int64_t jdn = K::fast_first_jdn; jdn <= K::fast_last_jdn; ++jdn) {
        const date_parts expected = ref::from_jdn(jdn);
        ASSERT_EQ(K::from_jdn_fast(jdn), expected) << "JDN " << jdn;
        ASSERT_EQ(K::from_jdn(jdn), expected) << "JDN " << jdn;
        ASSERT_TRUE(K::is_valid_fast(expected.year, expected.month, expected.day)) << "JDN " << jdn;
        ASSERT_EQ(K::to_jdn_fast(expected.year, expected.month, expected.day), jdn) << "JDN " << jdn;
        ASSERT_EQ(K::to_jdn(expected.year, expected.month, expected.day), jdn) << "JDN " << jdn;
    }
    // The window ends where the kernel's range or the table does.
    EXPECT_GE(K::fast_first_jdn, kalends::kernels::first_jdn<K>());
    EXPECT_LE(K::fast_last_jdn, kalends::kernels::last_jdn<K>());
}

// Any input, however far outside, gives some value without UB (the sanitizer build checks).
TYPED_TEST(bulk_tables, from_jdn_fast_is_defined_for_any_input) {
    using K = TypeParam;
    std::mt19937_64 random(11);
    std::vector<std::int64_t> jdns{INT64_MIN, INT64_MIN + 1, -1, 0, 1, INT64_MAX, INT64_MAX - 1,
                                   K::fast_first_jdn - 1, K::fast_last_jdn + 1, INT32_MIN, INT32_MAX,
                                   std::int64_t{UINT32_MAX}, std::int64_t{UINT32_MAX} + 1};
    for (int i = 0; i < 100000; ++i) jdns.push_back(static_cast<std::int64_t>(random()));
    for (int i = 0; i < 100000; ++i) jdns.push_back(static_cast<std::int64_t>(random() % (1ULL << 34)) - (1LL << 33));
    unsigned sink = 0;
    for (const std::int64_t jdn : jdns) {
        const date_parts p = K::from_jdn_fast(jdn);
        sink += static_cast<unsigned>(p.year ^ p.month ^ p.day);
    }
    EXPECT_NE(sink, 1U);  // uses the results
}

// is_valid_fast against is_valid_date over every (month, day) in -1..15 x
// -1..33 and extreme fields, for every year from before the window to after
// it and the extreme years; to_jdn_fast against the reference wherever
// is_valid_fast accepts.
TYPED_TEST(bulk_tables, is_valid_fast_accepts_exactly_the_valid_dates_of_the_window) {
    using K = TypeParam;
    using ref = reference<K>;
    std::vector<int> years;
    for (int y = ref::window_first_year - 40; y <= ref::window_last_year + 40; ++y) years.push_back(y);
    for (const int y : {INT_MIN, INT_MIN + 1, -1, 0, 1, 2, INT_MAX - 1, INT_MAX}) years.push_back(y);
    std::vector<int> fields;
    for (int v = -1; v <= 33; ++v) fields.push_back(v);
    for (const int v : {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX}) fields.push_back(v);
    std::size_t accepted = 0;
    for (const int year : years) {
        const bool in_window = year >= ref::window_first_year && year <= ref::window_last_year;
        for (const int month : fields) {
            if (month > 15 && month < INT_MAX - 1) continue;
            for (const int day : fields) {
                const bool valid = is_valid_date<K>(year, month, day);
                const bool fast = K::is_valid_fast(year, month, day);
                // Only the no-UB promise when rejected: any value.
                const std::int64_t jdn = K::to_jdn_fast(year, month, day);
                if (fast) {
                    ++accepted;
                    ASSERT_TRUE(valid) << year << "-" << month << "-" << day;
                    ASSERT_EQ(jdn, ref::to_jdn(year, month, day)) << year << "-" << month << "-" << day;
                } else {
                    ASSERT_FALSE(valid && in_window) << year << "-" << month << "-" << day;
                }
            }
        }
    }
    EXPECT_GT(accepted, std::size_t{3000});
}

// Inputs around the window's and the range's ends, in runs longer than a
// chunk, then random modern days, with out-of-range JDNs among them.
template <class K>
std::vector<std::int64_t> edge_jdns() {
    std::vector<std::int64_t> jdns;
    for (const std::int64_t centre : {K::fast_first_jdn, K::fast_last_jdn + 1, reference<K>::modern,
                                      kalends::kernels::first_jdn<K>(), kalends::kernels::last_jdn<K>() + 1}) {
        for (std::int64_t d = -700; d < 700; ++d) jdns.push_back(centre + d);
    }
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> modern(reference<K>::modern - 36524, reference<K>::modern + 36524);
    for (int i = 0; i < 5000; ++i) jdns.push_back(modern(random));
    jdns.push_back(INT64_MIN);
    jdns.push_back(INT64_MAX);
    for (int i = 0; i < 300; ++i) jdns.push_back(modern(random));
    return jdns;
}

using to_parts_fn = std::size_t (*)(const std::int64_t*, date_parts*, std::size_t);
using to_jdns_fn = std::size_t (*)(const date_parts*, std::int64_t*, std::size_t);

template <class K>
void check_loops(to_parts_fn to_parts, to_jdns_fn to_jdns) {
    const std::vector<std::int64_t> jdns = edge_jdns<K>();
    constexpr std::int64_t first = kalends::kernels::first_jdn<K>();
    constexpr std::int64_t last = kalends::kernels::last_jdn<K>();
    // Several offsets into the array, so chunks start at several phases of the edges.
    for (const std::size_t start : {std::size_t{0}, std::size_t{1}, std::size_t{255}, std::size_t{700}}) {
        const std::size_t n = jdns.size() - start;
        std::vector<date_parts> parts(n);
        std::size_t expected_invalid = 0;
        const std::size_t invalid = to_parts(jdns.data() + start, parts.data(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t jdn = jdns[start + i];
            const bool ok = jdn >= first && jdn <= last;
            expected_invalid += ok ? 0u : 1u;
            ASSERT_EQ(parts[i], ok ? reference<K>::from_jdn(jdn) : kalends::invalid_parts) << "JDN " << jdn;
        }
        EXPECT_EQ(invalid, expected_invalid);

        // Back, with the invalid parts (month 0) still in place and a few
        // more: a month past the year's last, a day past the month's, year 0.
        parts[3] = {0, 1, 1};
        parts[n / 2] = {parts[n / 2 + 1].year, 14, 1};
        parts[n / 3] = {parts[n / 3 + 1].year, 1, 31};
        parts[n - 1] = {parts[n - 2].year, parts[n - 2].month, 32};
        std::vector<std::int64_t> back(n);
        const std::size_t invalid_back = to_jdns(parts.data(), back.data(), n);
        std::size_t expected_back = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const date_parts& p = parts[i];
            const bool ok = is_valid_date<K>(p.year, p.month, p.day);
            expected_back += ok ? 0u : 1u;
            ASSERT_EQ(back[i], ok ? reference<K>::to_jdn(p.year, p.month, p.day) : kalends::invalid_jdn)
                << p.year << "-" << p.month << "-" << p.day;
        }
        EXPECT_EQ(invalid_back, expected_back);
    }
}

TYPED_TEST(bulk_tables, baseline_loops_equal_the_exact_conversions) {
    check_loops<TypeParam>(&bulk::to_parts_baseline<TypeParam>, &bulk::to_jdns_baseline<TypeParam>);
}

#if KALENDS_BULK_AVX2
TYPED_TEST(bulk_tables, avx2_loops_equal_the_exact_conversions) {
    if (!bulk::cpu_has_avx2()) GTEST_SKIP() << "this CPU has no AVX2";
    check_loops<TypeParam>(&bulk::to_parts_avx2<TypeParam>, &bulk::to_jdns_avx2<TypeParam>);
}
#endif

// A chunk wholly inside the window goes through the fast forms: check that
// the loops took that path for a modern run (same results either way, but a
// fast form that rejected everything would pass the tests above).
TYPED_TEST(bulk_tables, a_modern_chunk_takes_the_fast_path) {
    using K = TypeParam;
    std::vector<std::int64_t> jdns(bulk::chunk_size);
    for (std::size_t i = 0; i < jdns.size(); ++i) jdns[i] = reference<K>::modern + static_cast<std::int64_t>(37 * i);
    std::vector<date_parts> parts(jdns.size());
    ASSERT_TRUE(bulk::to_parts_fast_chunk<K>(jdns.data(), parts.data(), jdns.size()));
    std::vector<std::int64_t> back(jdns.size());
    ASSERT_TRUE(bulk::to_jdns_fast_chunk<K>(parts.data(), back.data(), parts.size()));
    EXPECT_EQ(back, jdns);
}

}  // namespace
