// The changeover calendars: Britain's eleven days of 1752 (dates, arithmetic
// and errors across them) and the factory's checks of its input. The presets
// are compared with ncal in tests/oracles/ncal_test.cpp, the default
// changeover with ICU in tests/oracles/icu_dates_test.cpp.
#include <kalends/changeover.hpp>
#include <kalends/date.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

namespace {

TEST(changeover, eleven_days_in_1752_for_britain) {
    const kalends::calendar gb = kalends::changeover_calendar("gb");
    EXPECT_EQ(gb.name(), "gregorian-julian-gb");
    EXPECT_EQ(kalends::changeover_calendar("GB"), gb);  // registered once
    const kalends::date d(gb, 1752, 9, 2);
    EXPECT_EQ(d.add(kalends::duration::of_days(1)).to_string(), "1752-09-14");
    EXPECT_EQ(d.days_in_month(), 19);
    EXPECT_EQ(d.days_in_year(), 355);
    EXPECT_FALSE(gb.try_date_from_parts(1752, 9, 3));
    EXPECT_THROW((void)gb.date_from_parts(1752, 9, 13), kalends::error);
    EXPECT_EQ(kalends::date::try_make(gb, 1752, 9, 13).error().code, kalends::errc::invalid_day);
}

TEST(changeover, factory_checks_its_input) {
    EXPECT_THROW((void)kalends::make_changeover_backend(kalends::min_gregorian_change_jdn - 1), kalends::error);
    EXPECT_THROW((void)kalends::make_changeover_backend(kalends::max_gregorian_change_jdn + 1), kalends::error);
    EXPECT_THROW((void)kalends::make_changeover_backend("XX"), kalends::error);
    EXPECT_THROW((void)kalends::changeover_calendar(""), kalends::error);
    const auto backend = kalends::make_changeover_backend(kalends::max_gregorian_change_jdn);
    const auto id = kalends::register_calendar(backend, {"changeover-3899"});
    const kalends::calendar late(id);
    EXPECT_EQ(kalends::gregorian_change_of(late), kalends::max_gregorian_change_jdn);
    EXPECT_FALSE(kalends::gregorian_change_of(kalends::calendar()));
    // 27 days skipped at the end of 3899: every month still has days.
    for (int m = 1; m <= 12; ++m) EXPECT_GE(kalends::date(late, 3899, m, late.days_in_month(m, 3899)).days_in_month(), 1);
}

}  // namespace
