// Conversions and queries through the handle allocate nothing: for every
// registered calendar and a spread of days across its range, the counting
// allocator sees zero allocations in date_from_parts,
// parts_from_date, days_in_month, months_in_year, days_in_year,
// is_leap_year, month_code_of, month_of_code, era_of, year_of_era,
// extended_year, day_of_week, the try_ forms (valid and invalid input), the
// bulk API, handle copies and lookups of built-ins. Only the throwing forms'
// error paths, which build a message, may allocate.
#include "counting_allocator.hpp"
#include "test_backends.hpp"

#include <kalends/bulk.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <array>
#include <climits>
#include <cstdio>
#include <random>
#include <vector>

namespace {

using kalends::calendar;
using kalends::date_parts;
using kalends_test::alloc::scope;

std::int64_t checked_calls = 0;

// Runs f and expects no allocation; counts the call.
template <class F>
void expect_no_allocation(const calendar& cal, const char* what, F&& f) {
    const scope counter;
    f();
    const std::int64_t made = counter.allocations();
    ++checked_calls;
    if (made != 0) ADD_FAILURE() << what << " allocated " << made << " time(s) in calendar '" << cal.name() << "'";
}

std::vector<std::int64_t> sample_days(const calendar& cal) {
    std::vector<std::int64_t> days{cal.first_jdn(), cal.last_jdn(), cal.first_jdn() + (cal.last_jdn() - cal.first_jdn()) / 2};
    if (cal.is_jdn_in_range(2'451'545)) days.push_back(2'451'545);
    std::mt19937_64 random(12345);
    std::uniform_int_distribution<std::int64_t> anywhere(cal.first_jdn(), cal.last_jdn());
    std::uniform_int_distribution<std::int64_t> near(-400'000, 400'000);
    for (int i = 0; i < 60; ++i) days.push_back(anywhere(random));
    for (int i = 0; i < 60; ++i) {
        const std::int64_t jdn = 2'451'545 + near(random);
        if (cal.is_jdn_in_range(jdn)) days.push_back(jdn);
    }
    return days;
}

void check_calendar(const calendar& cal) {
    const std::vector<std::int64_t> days = sample_days(cal);  // allocated outside the measured calls
    for (const std::int64_t jdn : days) {
        date_parts parts{};
        expect_no_allocation(cal, "parts_from_date", [&] { parts = cal.parts_from_date(jdn); });
        expect_no_allocation(cal, "try_parts_from_date", [&] { (void)cal.try_parts_from_date(jdn); });
        expect_no_allocation(cal, "date_from_parts", [&] { EXPECT_EQ(cal.date_from_parts(parts), jdn); });
        expect_no_allocation(cal, "try_date_from_parts", [&] { (void)cal.try_date_from_parts(parts); });
        expect_no_allocation(cal, "is_date_valid", [&] { EXPECT_TRUE(cal.is_date_valid(parts)); });
        expect_no_allocation(cal, "day_of_week", [&] { (void)cal.day_of_week(jdn); });
        expect_no_allocation(cal, "try_day_of_week", [&] { (void)cal.try_day_of_week(jdn); });
        expect_no_allocation(cal, "days_in_month", [&] { (void)cal.days_in_month(parts.month, parts.year); });
        expect_no_allocation(cal, "days_in_month(month)", [&] { (void)cal.days_in_month(parts.month); });
        expect_no_allocation(cal, "try_days_in_month", [&] { (void)cal.try_days_in_month(parts.month, parts.year); });
        expect_no_allocation(cal, "months_in_year", [&] { (void)cal.months_in_year(parts.year); });
        expect_no_allocation(cal, "days_in_year", [&] { (void)cal.days_in_year(parts.year); });
        expect_no_allocation(cal, "is_leap_year", [&] { (void)cal.is_leap_year(parts.year); });
        expect_no_allocation(cal, "try_is_leap_year", [&] { (void)cal.try_is_leap_year(parts.year); });
        expect_no_allocation(cal, "extended_year", [&] { (void)cal.extended_year(parts.year); });
        expect_no_allocation(cal, "month_code_of / month_of_code", [&] {
            const auto code = cal.month_code_of(parts.month, parts.year);
            EXPECT_EQ(cal.month_of_code(code, parts.year), parts.month);
            (void)cal.try_month_code_of(parts.month, parts.year);
        });
        expect_no_allocation(cal, "era_of / year_of_era", [&] {
            const auto era = cal.era_of(parts);
            EXPECT_EQ(cal.year_of_era(era.era, era.year), parts.year);
            (void)cal.try_era_of(parts);
        });
        expect_no_allocation(cal, "to_sys_days / from_sys_days", [&] {
            if (const auto day = cal.try_to_sys_days(parts)) (void)cal.try_from_sys_days(*day);
        });
        // Invalid input through the try_ forms: nullopt, still no allocation.
        expect_no_allocation(cal, "try_ forms with invalid input", [&] {
            EXPECT_FALSE(cal.try_date_from_parts(parts.year, 0, 1));
            EXPECT_FALSE(cal.try_date_from_parts(parts.year, parts.month, 99));
            EXPECT_FALSE(cal.try_days_in_month(0, parts.year));
            EXPECT_FALSE(cal.try_month_code_of(parts.month + 100, parts.year));
            EXPECT_FALSE(cal.try_era_of({parts.year, parts.month, -1}));
            EXPECT_FALSE(cal.try_year_of_era("no-such-era", 1));
            (void)cal.try_is_leap_year(INT_MIN);
            (void)cal.try_months_in_year(INT_MAX);
            EXPECT_FALSE(cal.try_parts_from_date(cal.last_jdn() + 1));
            EXPECT_FALSE(cal.try_day_of_week(cal.first_jdn() - 1));
        });
    }
    // The bulk API, spans prepared beforehand.
    std::vector<date_parts> parts(days.size());
    std::vector<std::int64_t> jdns(days.size());
    std::vector<date_parts> converted(days.size());
    expect_no_allocation(cal, "parts_from_dates", [&] { EXPECT_EQ(kalends::parts_from_dates(cal, days, parts), 0u); });
    expect_no_allocation(cal, "dates_from_parts", [&] { EXPECT_EQ(kalends::dates_from_parts(cal, parts, jdns), 0u); });
    EXPECT_EQ(jdns, days);
    const calendar gregorian;
    expect_no_allocation(cal, "convert_dates", [&] { (void)kalends::convert_dates(cal, parts, gregorian, converted, jdns); });
    // Handles: copies, moves, comparisons, properties.
    expect_no_allocation(cal, "handle copies and properties", [&] {
        calendar copy = cal;
        const calendar moved = std::move(copy);
        EXPECT_EQ(moved, cal);
        (void)moved.name();
        (void)moved.names();
        (void)moved.id();
        (void)moved.is_lunar();
        (void)moved.minimum_year();
        (void)moved.maximum_year();
        (void)moved.era_codes();
    });
}

TEST(NoAllocation, ConversionsAndQueriesOfEveryCalendar) {
    auto backend = std::make_shared<kalends_test::thirty_day_calendar>();
    const auto id = kalends::register_calendar(backend, {"no-alloc-user"});
    const std::vector<calendar> calendars = kalends::all_calendars();
    for (const calendar& cal : calendars) check_calendar(cal);
    // Lookups that need no message: built-ins by enum, name and ID; user calendars by name and ID.
    expect_no_allocation(calendars.front(), "lookups", [&] {
        EXPECT_TRUE(calendar::find(kalends::calendar_system::hebrew));
        EXPECT_TRUE(calendar::find("Hebrew"));
        EXPECT_TRUE(calendar::find(kalends::calendar_id{1}));
        EXPECT_TRUE(calendar::find("no-alloc-user"));
        EXPECT_TRUE(calendar::find(id));
        EXPECT_FALSE(calendar::find("no-such-calendar"));
        EXPECT_FALSE(calendar::find(kalends::calendar_id{999'999}));
        const calendar persian(kalends::calendar_system::persian);
        const calendar by_name("islamic-civil");
        (void)persian.date_from_parts(1404, 1, 1);
        (void)by_name.parts_from_date(2'460'000);
    });
    kalends::unregister_calendar(id);
    std::printf("calls checked for zero allocations: %lld over %zu calendars\n", static_cast<long long>(checked_calls),
                calendars.size());
}

TEST(NoAllocation, TheCounterSeesAllocations) {
    // The allocator is really in use in this program.
    const scope counter;
    volatile std::size_t size = 8;  // volatile: the allocation cannot be optimized away
    const std::vector<char> block(size);
    EXPECT_EQ(counter.allocations(), 1);
    const scope counter2;
    EXPECT_THROW((void)calendar().date_from_parts(2025, 13, 1), kalends::error);
    EXPECT_GT(counter2.allocations(), 0) << "the throwing form's message is expected to allocate";
}

}  // namespace
