// The bulk API gives element for element what the single conversions give,
// reports invalid elements without stopping, and checks span sizes.
#include "test_backends.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <random>
#include <vector>

namespace {

using kalends::calendar;
using kalends::date_parts;

std::vector<std::int64_t> mixed_jdns(const calendar& cal) {
    std::mt19937_64 random(42);
    std::uniform_int_distribution<std::int64_t> near(0, 3'000'000);
    std::uniform_int_distribution<std::int64_t> anywhere(INT64_MIN, INT64_MAX);
    std::vector<std::int64_t> jdns;
    for (int i = 0; i < 20'000; ++i) jdns.push_back(near(random));
    for (int i = 0; i < 2'000; ++i) jdns.push_back(anywhere(random));
    for (const std::int64_t edge : {cal.first_jdn(), cal.first_jdn() - 1, cal.last_jdn(), cal.last_jdn() + 1}) {
        jdns.push_back(edge);
    }
    return jdns;
}

TEST(bulk, equals_single_conversions_for_every_calendar) {
    kalends::register_calendar(std::make_shared<kalends_test::thirty_day_calendar>(), {"bulk-thirty"});
    for (const calendar& cal : kalends::all_calendars()) {
        const auto jdns = mixed_jdns(cal);
        std::vector<date_parts> parts(jdns.size());
        const std::size_t invalid = kalends::parts_from_dates(cal, jdns, parts);
        std::size_t expected_invalid = 0;
        for (std::size_t i = 0; i < jdns.size(); ++i) {
            const auto single = cal.try_parts_from_date(jdns[i]);
            expected_invalid += single ? 0u : 1u;
            ASSERT_EQ(parts[i], single.value_or(kalends::invalid_parts)) << cal.name() << " JDN " << jdns[i];
        }
        EXPECT_EQ(invalid, expected_invalid) << cal.name();

        // Back again, with some invalid dates mixed in.
        parts.push_back({2000, 14, 1});  // no calendar has 14 months
        parts.push_back({2000, 0, 1});
        parts.push_back({2000, 1, INT_MAX});
        std::vector<std::int64_t> back(parts.size());
        const std::size_t invalid_back = kalends::dates_from_parts(cal, parts, back);
        EXPECT_EQ(invalid_back, expected_invalid + 3) << cal.name();
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const auto single = cal.try_date_from_parts(parts[i]);
            ASSERT_EQ(back[i], single.value_or(kalends::invalid_jdn)) << cal.name();
            if (i < jdns.size() && single) {
                ASSERT_EQ(back[i], jdns[i]);
            }
        }
    }
}

TEST(bulk, converts_between_calendars) {
    const calendar persian("persian");
    const calendar gregorian;
    const std::vector<date_parts> input = {{1404, 1, 1}, {1404, 12, 30}, {1403, 12, 30}, {INT_MAX, 12, 29}};
    std::vector<date_parts> out(input.size());
    std::vector<std::int64_t> scratch(input.size());
    EXPECT_EQ(kalends::convert_dates(persian, input, gregorian, out, scratch), 2u);
    EXPECT_EQ(out[0], (date_parts{2025, 3, 21}));
    EXPECT_EQ(out[1], kalends::invalid_parts);  // 1404 is a common year
    EXPECT_EQ(out[2], (date_parts{2025, 3, 20}));
    EXPECT_EQ(out[3], kalends::invalid_parts);  // beyond Gregorian year INT_MAX
}

TEST(bulk, short_output_spans_are_refused_before_any_work) {
    const calendar cal;
    std::vector<std::int64_t> jdns(10, 2451545);
    std::vector<date_parts> out(9, date_parts{7, 7, 7});
    try {
        (void)kalends::parts_from_dates(cal, jdns, out);
        ADD_FAILURE() << "no throw";
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), kalends::errc::output_too_small);
        EXPECT_STREQ(e.what(), "kalends: output span holds 9 elements, fewer than the 10 inputs");
    }
    EXPECT_EQ(out[0], (date_parts{7, 7, 7}));
    std::vector<std::int64_t> scratch(3);
    std::vector<date_parts> in(10, date_parts{2000, 1, 1});
    std::vector<date_parts> out10(10);
    EXPECT_THROW((void)kalends::convert_dates(cal, in, cal, out10, scratch), kalends::error);
    EXPECT_EQ(kalends::parts_from_dates(cal, {}, {}), 0u);
}

// An element marked invalid can say why without an exception: the same code
// and message the single throwing call gives.
TEST(bulk, invalid_elements_say_why_without_an_exception) {
    const calendar persian("persian");
    const std::vector<date_parts> parts{{1404, 12, 29}, {1404, 12, 30}, {3001, 1, 1}, {1404, 13, 1}};
    std::vector<std::int64_t> jdns(parts.size());
    EXPECT_EQ(kalends::dates_from_parts(persian, parts, jdns), 3u);
    EXPECT_TRUE(persian.try_date_from_parts(parts[0]));
    for (std::size_t i = 1; i < parts.size(); ++i) {
        ASSERT_EQ(jdns[i], kalends::invalid_jdn);
        const auto converted = persian.try_date_from_parts(parts[i]);
        ASSERT_FALSE(converted);
        const kalends::error_info& why = converted.error();
        try {
            (void)persian.date_from_parts(parts[i]);
            ADD_FAILURE() << "no throw";
        } catch (const kalends::error& e) {
            EXPECT_EQ(why.code, e.code());
            EXPECT_EQ(why.message(), e.what());
        }
    }
    EXPECT_TRUE(persian.try_parts_from_date(persian.first_jdn()));
    const auto out = persian.try_parts_from_date(persian.last_jdn() + 1);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, kalends::errc::jdn_out_of_range);
}

}  // namespace
