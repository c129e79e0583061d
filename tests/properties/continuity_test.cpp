// Continuity, for every built-in calendar through the handle: consecutive days
// of JDN 0 .. 2 488 070 (or the part the calendar covers) are consecutive
// dates by the calendar's own month and year lengths; each year's length is
// the distance between its new year and the next and the sum of its months;
// the weekday advances with the ISO week; and months_before_year, which the
// month arithmetic counts with, steps by months_in_year from one year to the
// next.
#include "every_builtin.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace {

using kalends_properties::every_builtin;
using kalends_properties::first_year;
using kalends_properties::next_day;
using kalends_properties::show;

TEST_P(every_builtin, consecutive_days_are_consecutive_dates) {
    std::optional<kalends::date_parts> expected;
    kalends_properties::sweep_day_by_day(cal, [&](std::int64_t jdn, const kalends::date_parts& parts) {
        const bool ok = !expected || parts == *expected;
        if (!ok) ADD_FAILURE() << cal.name() << ": JDN " << jdn << " is " << show(parts) << ", expected " << show(*expected);
        expected = next_day(cal, parts);
        // Day numbers a calendar skips (gregorian-julian: 1582-10-05..14) are not dates.
        for (int skipped = 0; skipped < 31 && !cal.try_date_from_parts(*expected); ++skipped) {
            expected = next_day(cal, *expected);
        }
        return ok;
    });
}

TEST_P(every_builtin, year_lengths_match_new_year_distances) {
    // days_in_year agrees with the distance between new years and with the
    // month lengths, for runs of years spread over the whole range.
    const std::int64_t low = first_year(cal);
    const std::int64_t high = cal.maximum_year();
    const std::int64_t stride = std::max<std::int64_t>(40, (high - low) / 200);
    for (std::int64_t y = low; y < high; y += stride) {
        for (int k = 0; k < 40; ++k) {
            if (y + k >= high) break;
            const auto year = static_cast<int>(y + k);
            if (!cal.has_year_zero() && (year == 0 || year == -1)) continue;
            const std::int64_t length = cal.date_from_parts(year + 1, 1, 1) - cal.date_from_parts(year, 1, 1);
            ASSERT_EQ(length, cal.days_in_year(year)) << cal.name() << " year " << year;
            int sum = 0;
            for (int m = 1; m <= cal.months_in_year(year); ++m) sum += cal.days_in_month(m, year);
            ASSERT_EQ(sum, cal.days_in_year(year)) << cal.name() << " year " << year;
        }
    }
}

TEST_P(every_builtin, weekday_is_continuous_with_the_iso_week) {
    // JDN 2451545 (2000-01-01) was a Saturday; weekdays advance by one each day.
    for (std::int64_t jdn = 2451545 - 10; jdn < 2451545 + 10; ++jdn) {
        const auto expected = static_cast<int>((jdn - 2451545 + 7 * 1000 + 5) % 7) + 1;
        EXPECT_EQ(cal.day_of_week(jdn), expected);
    }
    EXPECT_EQ(cal.day_of_week(cal.first_jdn()), static_cast<int>(((cal.first_jdn() % 7) + 7) % 7) + 1);
}

// Month arithmetic counts with months_before_year: for every built-in it must
// step by months_in_year from one year to the next, at both ends of the range
// and across the modern era (registration samples user backends the same way;
// built-ins are not sampled at start-up, this test sweeps them).
TEST_P(every_builtin, months_before_year_steps_by_months_in_year) {
    const auto& backend = cal.backend();
    std::vector<int> years;
    for (int k = 0; k < 400; ++k) {
        years.push_back(cal.minimum_year() + k);
        years.push_back(cal.maximum_year() - 1 - k);
    }
    for (int y = -3000; y <= 6000; ++y) years.push_back(y);
    for (const int year : years) {
        if (!backend.is_year_valid(year) || year == cal.maximum_year()) continue;
        const int next = year == -1 && !cal.has_year_zero() ? 1 : year + 1;
        ASSERT_EQ(backend.months_before_year(next) - backend.months_before_year(year), cal.months_in_year(year))
            << cal.name() << " " << year;
    }
}

KALENDS_FOR_EVERY_BUILTIN(every_builtin);

}  // namespace
