// What the property tests run over: every built-in calendar as the library
// counts them (calendar_system 0 .. builtin_calendar_count - 1), so that a
// calendar added to the library is swept by every property with no edit to
// the tests; and the terms the properties are stated in: the next day
// computed from month and year lengths only, a calendar's first valid year,
// and the span of the day-by-day sweeps.
#pragma once

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace kalends_properties {

// Every built-in, in enum order.
inline std::vector<kalends::calendar_system> builtin_systems() {
    std::vector<kalends::calendar_system> systems;
    for (int i = 0; i < kalends::builtin_calendar_count; ++i) systems.push_back(static_cast<kalends::calendar_system>(i));
    return systems;
}

// The test name of a parameter: the calendar's primary name, '-' as '_'.
inline std::string calendar_test_name(const testing::TestParamInfo<kalends::calendar_system>& info) {
    std::string name(kalends::calendar(info.param).name());
    for (char& c : name) {
        if (c == '-') c = '_';
    }
    return name;
}

// A property test over one built-in calendar, through its handle.
class every_builtin : public testing::TestWithParam<kalends::calendar_system> {
protected:
    kalends::calendar cal{GetParam()};
};

inline std::string show(const kalends::date_parts& p) {
    return std::to_string(p.year) + "-" + std::to_string(p.month) + "-" + std::to_string(p.day);
}

// The date after `p` in `cal`, computed from the calendar's month and year
// lengths only (not from its conversion functions).
inline kalends::date_parts next_day(const kalends::calendar& cal, kalends::date_parts p) {
    if (p.day < cal.days_in_month(p.month, p.year)) return {p.year, p.month, p.day + 1};
    if (p.month < cal.months_in_year(p.year)) return {p.year, p.month + 1, 1};
    const int next_year = (p.year == -1 && !cal.has_year_zero()) ? 1 : p.year + 1;
    return {next_year, 1, 1};
}

// The first valid year: minimum_year(), or 1 where that is a missing year 0.
inline int first_year(const kalends::calendar& cal) {
    return (cal.minimum_year() == 0 && !cal.has_year_zero()) ? 1 : cal.minimum_year();
}

// The day-by-day sweeps cover JDN 0 .. 2 488 070 (4713 BCE to 2100 CE), or
// the part of it the calendar covers: check(jdn, parts_from_date(jdn)) for
// every day in order, until it has returned false (a failure) 10 times.
inline constexpr std::int64_t sweep_first = 0;
inline constexpr std::int64_t sweep_last = 2'488'070;

template <class Check>
void sweep_day_by_day(const kalends::calendar& cal, Check&& check) {
    const std::int64_t first = std::max(sweep_first, cal.first_jdn());
    const std::int64_t last = std::min(sweep_last, cal.last_jdn());
    int failures = 0;
    for (std::int64_t jdn = first; jdn <= last && failures < 10; ++jdn) {
        if (!check(jdn, cal.parts_from_date(jdn))) ++failures;
    }
}

}  // namespace kalends_properties

// Runs every TEST_P of `fixture` (a kalends_properties::every_builtin) once
// per built-in calendar, named calendars/<fixture>.<test>/<calendar>.
#define KALENDS_FOR_EVERY_BUILTIN(fixture)                                                                  \
    INSTANTIATE_TEST_SUITE_P(calendars, fixture, testing::ValuesIn(kalends_properties::builtin_systems()), \
                             kalends_properties::calendar_test_name)
