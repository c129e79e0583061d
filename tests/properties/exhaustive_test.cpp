// Round trips day by day, for every built-in calendar through the handle: each
// day of JDN 0 .. 2 488 070 (4713 BCE to 2100 CE, or the part of it the
// calendar covers) goes to its date and back to the same day. Also the
// Gregorian kernel's switch between its 32-bit and 64-bit forms, day by day
// on both sides of both switch points.
#include "every_builtin.hpp"

#include <kalends/calendars/gregorian.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <cstdint>

namespace {

using kalends_properties::every_builtin;
using kalends_properties::next_day;
using kalends_properties::show;

TEST_P(every_builtin, round_trip_day_by_day) {
    kalends_properties::sweep_day_by_day(cal, [&](std::int64_t jdn, const kalends::date_parts& parts) {
        const auto back = cal.try_date_from_parts(parts);
        if (back && *back == jdn) return true;
        ADD_FAILURE() << cal.name() << ": " << show(parts) << " does not round-trip to JDN " << jdn;
        return false;
    });
}

TEST(gregorian_kernel, fast_path_boundaries) {
    // The Gregorian kernel switches between a 32-bit and a 64-bit form at
    // about +-1.4 million years; both sides of both switch points must agree
    // day by day, in both directions, including January and February.
    using kernel = kalends::kernels::gregorian;
    const kalends::calendar cal;
    for (const std::int64_t edge : {kernel::fast_first_jdn, kernel::fast_last_jdn + 1}) {
        kalends::date_parts expected = cal.parts_from_date(edge - 800);
        for (std::int64_t jdn = edge - 800; jdn <= edge + 800; ++jdn) {
            const kalends::date_parts parts = cal.parts_from_date(jdn);
            ASSERT_EQ(parts, expected) << "JDN " << jdn;
            ASSERT_EQ(cal.date_from_parts(parts), jdn) << show(parts);
            expected = next_day(cal, parts);
        }
    }
    for (const int year : {-1'400'002, -1'400'001, -1'400'000, -1'399'999, 1'399'998, 1'399'999, 1'400'000, 1'400'001}) {
        for (int month = 1; month <= 12; ++month) {
            const std::int64_t jdn = cal.date_from_parts(year, month, 1);
            ASSERT_EQ(cal.parts_from_date(jdn), (kalends::date_parts{year, month, 1})) << year << "-" << month;
        }
    }
}

KALENDS_FOR_EVERY_BUILTIN(every_builtin);

}  // namespace
