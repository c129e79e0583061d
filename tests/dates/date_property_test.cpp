// Property tests over 1.3 million random cases in every built-in calendar:
//  - start.add(start.until(end, u)) == end for u = years, months, weeks, days;
//  - add then subtract returns the start when nothing was clamped, for
//    durations of years only, months only, and weeks and days (mixing years
//    or months with days is not invertible in Temporal: 2024-01-25 + P1M10D =
//    2024-03-06, and 2024-03-06 - P1M10D = 2024-01-27; nor are years with
//    months in Hebrew, whose years have 12 or 13 months);
//  - ordering and equality by JDN, across calendars;
//  - near both ends of every range, results are in range or errors.
#include <kalends/date.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace {

using kalends::date;
using kalends::date_unit;
using kalends::duration;

struct rng {
    std::uint64_t state;
    std::int64_t below(std::int64_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(n));
    }
};

class every_calendar : public testing::TestWithParam<int> {
protected:
    kalends::calendar cal{static_cast<kalends::calendar_system>(GetParam())};
    // Random days in a window of about +-30000 years around 2000 CE, clipped to the range.
    std::int64_t random_jdn(rng& r) const {
        const std::int64_t lo = std::max<std::int64_t>(cal.first_jdn(), 2451545 - 11'000'000);
        const std::int64_t hi = std::min<std::int64_t>(cal.last_jdn(), 2451545 + 11'000'000);
        return lo + r.below(hi - lo + 1);
    }
};

constexpr int cases_per_calendar = 10'000;  // x 26 calendars x (4 until + 3 inverse + 1 order) + edges

TEST_P(every_calendar, until_then_add_gives_the_end) {
    rng r{1000 + static_cast<std::uint64_t>(GetParam())};
    int failures = 0;
    for (int i = 0; i < cases_per_calendar && failures < 10; ++i) {
        const date a = date::from_jdn(cal, random_jdn(r));
        // Ends near the start (short spans, where clamping happens) and far away.
        const std::int64_t span = i % 2 ? 400 : 40'000;
        const std::int64_t end = std::clamp(a.jdn() + r.below(2 * span + 1) - span, cal.first_jdn(), cal.last_jdn());
        const date b = date::from_jdn(cal, end);
        for (const date_unit u : {date_unit::years, date_unit::months, date_unit::weeks, date_unit::days}) {
            const duration d = a.until(b, u);
            const auto back = a.try_add(d);
            if (!back || back.value() != b || (u != date_unit::years && d.years() != 0) ||
                ((u == date_unit::weeks || u == date_unit::days) && d.months() != 0) ||
                (u == date_unit::days && d.weeks() != 0) || (d.sign() != 0 && d.sign() != (b > a ? 1 : -1)) ||
                a.since(b, u) != d.negated()) {
                ADD_FAILURE() << cal.name() << " " << a.to_string() << " until " << b.to_string() << " in "
                              << kalends::to_string(u) << " = " << d.to_string();
                ++failures;
            }
        }
    }
}

TEST_P(every_calendar, add_then_subtract_returns_the_start_unless_clamped) {
    rng r{2000 + static_cast<std::uint64_t>(GetParam())};
    int failures = 0;
    int inverted = 0;
    for (int i = 0; i < cases_per_calendar && failures < 10; ++i) {
        const date a = date::from_jdn(cal, random_jdn(r));
        const std::int64_t sign = r.below(2) ? 1 : -1;
        const duration durations[] = {duration::of_years(sign * r.below(300)), duration::of_months(sign * r.below(4000)),
                                      duration(0, 0, sign * r.below(1000), sign * r.below(1000))};
        for (const duration& d : durations) {
            const auto b = a.try_add(d);
            if (!b) continue;  // out of range: an error is the documented answer
            const bool clamped = b.value().day() != a.day() ||
                                 (d.years() != 0 && b.value().month_code() != a.month_code());
            if (d.years() == 0 && d.months() == 0) {
                if (b.value().jdn() != a.jdn() + 7 * d.weeks() + d.days()) ++failures;
            }
            if (clamped) continue;
            ++inverted;
            const auto back = b.value().try_subtract(d);
            if (!back || back.value() != a || !identical(back.value(), a)) {
                ADD_FAILURE() << cal.name() << " " << a.to_string() << " + " << d.to_string() << " = "
                              << b.value().to_string() << ", - again = " << (back ? back.value().to_string() : "error");
                ++failures;
            }
        }
    }
    EXPECT_GT(inverted, cases_per_calendar / 2);
}

TEST_P(every_calendar, ordering_and_equality_by_day) {
    rng r{3000 + static_cast<std::uint64_t>(GetParam())};
    const kalends::calendar gregorian;
    for (int i = 0; i < cases_per_calendar; ++i) {
        const date a = date::from_jdn(cal, random_jdn(r));
        const date b = date::from_jdn(cal, random_jdn(r));
        ASSERT_EQ(a < b, a.jdn() < b.jdn());
        ASSERT_EQ(a == b, a.jdn() == b.jdn());
        ASSERT_EQ(a <=> b, a.jdn() <=> b.jdn());
        if (const auto g = a.try_with_calendar(gregorian)) {
            ASSERT_EQ(g.value(), a);
            ASSERT_EQ(g.value() < b, a < b);
        }
    }
}

TEST_P(every_calendar, results_near_the_range_ends_are_in_range_or_errors) {
    rng r{4000 + static_cast<std::uint64_t>(GetParam())};
    const date first = date::from_jdn(cal, cal.first_jdn());
    const date last = date::from_jdn(cal, cal.last_jdn());
    for (int i = 0; i < 2000; ++i) {
        const date& base = i % 2 ? first : last;
        const date a = date::from_jdn(cal, i % 2 ? base.jdn() + r.below(800) : base.jdn() - r.below(800));
        const std::int64_t sign = r.below(2) ? 1 : -1;
        const int kind = static_cast<int>(r.below(4));
        const duration d = kind == 0   ? duration::of_years(sign * r.below(3))
                           : kind == 1 ? duration::of_months(sign * r.below(30))
                           : kind == 2 ? duration::of_days(sign * r.below(1000))
                                       : duration(sign * duration::max_years, 0, 0, 0);
        for (const auto mode : {kalends::overflow::constrain, kalends::overflow::reject}) {
            const auto b = a.try_add(d, mode);
            if (b) {
                ASSERT_TRUE(cal.is_jdn_in_range(b.value().jdn())) << a.to_string() << " + " << d.to_string();
                ASSERT_EQ(cal.try_parts_from_date(b.value().jdn()), b.value().parts());
            } else {
                ASSERT_FALSE(b.error().message().empty());
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(builtin, every_calendar, testing::Range(0, kalends::builtin_calendar_count),
                         [](const auto& test_param) {
                             std::string name(kalends::calendar(static_cast<kalends::calendar_system>(test_param.param)).name());
                             for (char& c : name) c = (c == '-') ? '_' : c;
                             return name;
                         });

}  // namespace
