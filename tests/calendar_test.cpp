// The calendar handle: construction in every form (enum values, names and
// aliases, IDs), queries, static properties, the astronomical Persian
// calendar's table, month stepping, first days of months and days of the
// year, and the handle's size. The comparisons with <chrono> are in
// tests/oracles/chrono_test.cpp.
#include "expect_error.hpp"
#include "test_backends.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kalends::calendar;
using kalends::calendar_system;
using kalends::date_parts;
using kalends::errc;
using kalends_test::expect_error;

TEST(calendar, default_is_gregorian) {
    const calendar cal;
    EXPECT_EQ(cal.name(), "gregorian");
    EXPECT_EQ(cal.system(), calendar_system::gregorian);
    EXPECT_EQ(cal.id(), kalends::calendar_id{0});
    EXPECT_TRUE(cal.is_gregorian());
    EXPECT_TRUE(cal.is_valid());
    EXPECT_EQ(cal, calendar(calendar_system::gregorian));
}

TEST(calendar, every_enum_value_is_checked) {
    for (int value = 0; value < kalends::builtin_calendar_count; ++value) {
        const auto system = static_cast<calendar_system>(value);
        EXPECT_EQ(calendar(system).system(), system);
        EXPECT_EQ(kalends::to_underlying(calendar(system).id()), static_cast<std::uint32_t>(value));
        EXPECT_TRUE(calendar::find(system));
    }
    for (const int value : {-1, kalends::builtin_calendar_count, 100, INT_MIN, INT_MAX}) {
        const auto system = static_cast<calendar_system>(value);
        EXPECT_FALSE(calendar::find(system)) << value;
        expect_error([&] { (void)calendar(system); }, errc::invalid_calendar_system,
                     {"calendar system " + std::to_string(value), "0 gregorian", "5 islamic-civil"});
    }
}

TEST(calendar, names_and_aliases_ignore_ascii_case_only) {
    const std::vector<std::pair<std::string_view, std::string_view>> cases = {
        {"gregorian", "gregorian"},         {"Gregorian", "gregorian"},         {"GREGORY", "gregorian"},
        {"julian", "julian"},               {"Julian", "julian"},               {"milankovic", "milankovic"},
        {"Revised-Julian", "milankovic"},   {"Milankovic", "milankovic"},       {"persian", "persian"},
        {"Jalali", "persian"},              {"solar-hijri", "persian"},         {"Persian", "persian"},
        {"persian-2820", "persian-2820"},   {"JALALI-2820", "persian-2820"},    {"islamic-civil", "islamic-civil"},
        {"islamicc", "islamic-civil"},      {"Islamic Civil", "islamic-civil"}, {"islamic", "islamic-civil"},
    };
    for (const auto& [name, primary] : cases) {
        ASSERT_TRUE(calendar::find(name)) << name;
        EXPECT_EQ(calendar(name).name(), primary) << name;
    }
    using namespace std::string_view_literals;
    for (const std::string_view bad : {""sv, " gregorian"sv, "gregorian "sv, "gregorian\n"sv, "gregorian\0"sv,
                                       "gr\xC3\xA9gorian"sv, "islamic  civil"sv, "islamic_civil"sv, "\xFF"sv}) {
        EXPECT_FALSE(calendar::find(bad)) << bad;
        expect_error([&] { (void)calendar(bad); }, errc::unknown_calendar_name, {"unknown calendar name"});
    }
    const calendar persian("persian");
    const std::vector<std::string> expected_names = {"persian", "jalali", "solar-hijri"};
    EXPECT_EQ(std::vector<std::string>(persian.names().begin(), persian.names().end()), expected_names);
}

TEST(calendar, ids_are_checked) {
    EXPECT_EQ(calendar(kalends::calendar_id{3}).name(), "persian");
    for (const std::uint32_t value : {std::uint32_t{kalends::builtin_calendar_count}, 999u, 0xFFFF'FFFEu, 0xFFFF'FFFFu}) {
        EXPECT_FALSE(calendar::find(kalends::calendar_id{value}));
        expect_error([&] { (void)calendar(kalends::calendar_id{value}); }, errc::unknown_calendar_id,
                     {"ID " + std::to_string(value)});
    }
}

TEST(calendar, properties_match_qt) {
    struct expected_properties {
        calendar_system system;
        bool lunar, luni_solar, solar;
        int min_days, max_days;
    };
    for (const auto& e : std::vector<expected_properties>{
             {calendar_system::gregorian, false, false, true, 28, 31},
             {calendar_system::julian, false, false, true, 28, 31},
             {calendar_system::milankovic, false, false, true, 28, 31},
             {calendar_system::persian, false, false, true, 29, 31},
             {calendar_system::persian_2820, false, false, true, 29, 31},
             {calendar_system::islamic_civil, true, false, false, 29, 30},
         }) {
        const calendar cal(e.system);
        EXPECT_EQ(cal.is_lunar(), e.lunar) << cal.name();
        EXPECT_EQ(cal.is_luni_solar(), e.luni_solar) << cal.name();
        EXPECT_EQ(cal.is_solar(), e.solar) << cal.name();
        EXPECT_EQ(cal.minimum_days_in_month(), e.min_days) << cal.name();
        EXPECT_EQ(cal.maximum_days_in_month(), e.max_days) << cal.name();
        EXPECT_EQ(cal.maximum_months_in_year(), 12);
        EXPECT_TRUE(cal.is_proleptic());
        EXPECT_FALSE(cal.has_year_zero());
        EXPECT_EQ(cal.is_gregorian(), e.system == calendar_system::gregorian);
        // Every core calendar covers every int32 year, except the astronomical
        // Persian one, whose table of new years covers 1-3000 AP.
        const bool astronomical = e.system == calendar_system::persian;
        EXPECT_EQ(cal.minimum_year(), astronomical ? 1 : INT_MIN);
        EXPECT_EQ(cal.maximum_year(), astronomical ? 3000 : INT_MAX);
    }
}

TEST(calendar, astronomical_persian_keeps_the_official_new_years) {
    // Every official Iranian new year of 1206-1498 AP is the 33-year rule's
    // (the rule was fitted to them); between 1800 and 2200 CE astronomy and
    // the rule differ only on the new year of 2124 (1503 AP).
    const calendar persian("persian");
    const calendar rule("persian-33");
    const calendar gregorian;
    for (int year = 1206; year <= 1498; ++year) {
        EXPECT_EQ(persian.date_from_parts(year, 1, 1), rule.date_from_parts(year, 1, 1)) << year;
    }
    const int first = persian.parts_from_date(gregorian.date_from_parts(1800, 1, 1)).year;
    const int last = persian.parts_from_date(gregorian.date_from_parts(2200, 12, 31)).year;
    for (int year = first; year <= last; ++year) {
        const std::int64_t astronomical = persian.date_from_parts(year, 1, 1);
        if (year == 1503) {
            EXPECT_EQ(astronomical, gregorian.date_from_parts(2124, 3, 20));
            EXPECT_EQ(rule.date_from_parts(year, 1, 1), gregorian.date_from_parts(2124, 3, 21));
        } else {
            EXPECT_EQ(astronomical, rule.date_from_parts(year, 1, 1)) << year;
        }
    }
    // The table's range: 1-3000 AP, and an error outside it.
    EXPECT_EQ(persian.first_jdn(), gregorian.date_from_parts(622, 3, 22));
    EXPECT_FALSE(persian.try_date_from_parts(3001, 1, 1));
    expect_error([&] { (void)persian.date_from_parts(3001, 1, 1); }, errc::invalid_year, {"year 3001", "1..3000"});
}

// A backend that says it approximates outside `bounds`.
struct approximating_calendar : kalends_test::thirty_day_calendar {
    explicit approximating_calendar(kalends::year_bounds bounds) : bounds_(bounds) {}
    std::optional<kalends::year_bounds> exact_years() const override { return bounds_; }
    kalends::year_bounds bounds_;
};

TEST(calendar, opt_in_approximations_say_which_years_are_exact) {
    using kalends::year_bounds;
    EXPECT_EQ(calendar("chinese-extended").exact_years(), (year_bounds{1645, 2644}));
    EXPECT_EQ(calendar("korean-extended").exact_years(), (year_bounds{1645, 2644}));
    EXPECT_EQ(calendar("umalqura-or-civil").exact_years(), (year_bounds{1300, 1600}));
    EXPECT_TRUE(calendar("chinese-extended").is_year_exact(1645));
    EXPECT_TRUE(calendar("chinese-extended").is_year_exact(2644));
    EXPECT_FALSE(calendar("chinese-extended").is_year_exact(1644));
    EXPECT_FALSE(calendar("chinese-extended").is_year_exact(2645));
    // Every other built-in is exact in its whole range.
    for (int id = 0; id < kalends::builtin_calendar_count; ++id) {
        const calendar cal(static_cast<calendar_system>(id));
        if (cal.name() == "chinese-extended" || cal.name() == "dangi-extended" ||
            cal.name() == "islamic-umalqura-extended") {
            continue;
        }
        EXPECT_EQ(cal.exact_years(), std::nullopt) << cal.name();
        EXPECT_TRUE(cal.is_year_exact(cal.minimum_year())) << cal.name();
    }
    // A user backend's bounds are kept within its range (1..1000000); inverted ones mean no exact year.
    const auto registered = [](const char* name, year_bounds bounds) {
        return calendar(kalends::register_calendar(std::make_shared<approximating_calendar>(bounds), {name}));
    };
    EXPECT_EQ(registered("approx-inside", {10, 20}).exact_years(), (year_bounds{10, 20}));
    EXPECT_EQ(registered("approx-wider", {-5, 2'000'000}).exact_years(), (year_bounds{1, 1'000'000}));
    const calendar inverted = registered("approx-inverted", {20, 10});
    ASSERT_TRUE(inverted.exact_years());
    EXPECT_GT(inverted.exact_years()->first, inverted.exact_years()->last);
    EXPECT_FALSE(inverted.is_year_exact(15));
    const calendar outside = registered("approx-outside", {2'000'000, 3'000'000});
    EXPECT_FALSE(outside.is_year_exact(1));
    EXPECT_FALSE(outside.is_year_exact(1'000'000));
}

TEST(calendar, days_in_month_without_a_year_is_the_longest_it_can_be) {
    const calendar gregorian;
    const std::vector<int> roman = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; ++m) EXPECT_EQ(gregorian.days_in_month(m), roman[static_cast<std::size_t>(m - 1)]);
    EXPECT_EQ(calendar("persian").days_in_month(12), 30);
    EXPECT_EQ(calendar("persian").days_in_month(7), 30);
    EXPECT_EQ(calendar("persian").days_in_month(6), 31);
    EXPECT_EQ(calendar("islamic-civil").days_in_month(12), 30);
    EXPECT_EQ(calendar("islamic-civil").days_in_month(2), 29);
    expect_error([&] { (void)gregorian.days_in_month(13); }, errc::invalid_month, {"month 13", "1..12"});
    expect_error([&] { (void)gregorian.days_in_month(2, 0); }, errc::invalid_year, {"year 0"});
    expect_error([&] { (void)calendar("persian").date_from_parts(1404, 12, 30); }, errc::invalid_day,
                 {"day 30", "month 12", "year 1404", "1..29"});
}

TEST(calendar, handles_are_small_values) {
    // The sizes docs/performance.md states.
    static_assert(sizeof(calendar) == 2 * sizeof(void*));
    static_assert(sizeof(kalends::date_parts) == 3 * sizeof(int));
    static_assert(sizeof(kalends::date) <= sizeof(calendar) + sizeof(std::int64_t) + sizeof(kalends::date_parts) + 4);
    const calendar a("julian");
    calendar b = a;
    const calendar c = std::move(b);
    EXPECT_EQ(a, c);
    EXPECT_TRUE(b.is_valid());  // NOLINT(bugprone-use-after-move): moving copies, by design
    EXPECT_EQ(b.name(), "julian");
    EXPECT_NE(a, calendar());
}

// Month stepping, first days of months and days of the year, through the
// handle. Expected values: the Gregorian calendar has no year 0 (1 BCE is
// followed by 1 CE); Hebrew leap years are years 3, 6, 8, 11, 14, 17 and 19
// of the 19-year cycle (13 months); the 1582 reform skipped 5..14 October
// (Inter gravissimas), so 1582 has 355 days and 15 October is day 278.
TEST(calendar_months, add_months_skips_year_zero_and_counts_leap_months) {
    const calendar gregorian;
    EXPECT_EQ(gregorian.add_months({1, 1}, -1), (kalends::year_month{-1, 12}));
    EXPECT_EQ(gregorian.add_months({-1, 12}, 13), (kalends::year_month{2, 1}));
    EXPECT_FALSE(gregorian.try_add_months({INT_MAX, 12}, 1));
    EXPECT_FALSE(gregorian.try_add_months({INT_MIN, 1}, -1));
    EXPECT_FALSE(gregorian.try_add_months({2025, 13}, 1));
    EXPECT_FALSE(gregorian.try_add_months({2025, 1}, std::numeric_limits<std::int64_t>::max()));
    expect_error([&] { (void)gregorian.add_months({INT_MAX, 12}, 1); }, errc::invalid_year, {"outside its range"});
    const calendar hebrew("hebrew");
    for (int year = 5700; year < 5800; ++year) {
        const int cycle_year = (year - 1) % 19 + 1;
        const bool leap = cycle_year == 3 || cycle_year == 6 || cycle_year == 8 || cycle_year == 11 ||
                          cycle_year == 14 || cycle_year == 17 || cycle_year == 19;
        EXPECT_EQ(hebrew.add_months({year, 1}, leap ? 13 : 12), (kalends::year_month{year + 1, 1})) << year;
        EXPECT_EQ(hebrew.add_months({year + 1, 1}, -1), (kalends::year_month{year, leap ? 13 : 12})) << year;
    }
    // 235 months are 19 years.
    EXPECT_EQ(hebrew.add_months({5785, 7}, 235), (kalends::year_month{5804, 7}));
}

TEST(calendar_months, first_days_and_days_of_the_year_skip_what_a_reform_skipped) {
    const calendar changeover("gregorian-julian");
    EXPECT_EQ(changeover.first_day_of_month(10, 1582), 1);
    EXPECT_EQ(changeover.day_of_year({1582, 10, 4}), 277);
    EXPECT_EQ(changeover.day_of_year({1582, 10, 15}), 278);
    EXPECT_EQ(changeover.day_of_year({1582, 12, 31}), 355);
    EXPECT_FALSE(changeover.try_day_of_year({1582, 10, 10}));
    // Russia: 31 January 1918 (Julian) was followed by 14 February (Gregorian).
    const calendar russia = kalends::changeover_calendar("RU");
    EXPECT_EQ(russia.first_day_of_month(2, 1918), 14);
    EXPECT_EQ(russia.day_of_year({1918, 2, 14}), 32);
    EXPECT_EQ(calendar().day_of_year({2024, 12, 31}), 366);
    EXPECT_FALSE(calendar().try_first_day_of_month(13, 2024));
    expect_error([&] { (void)calendar().first_day_of_month(13, 2024); }, errc::invalid_month, {"month 13"});
}

}  // namespace
