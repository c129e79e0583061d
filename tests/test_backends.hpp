// Small user calendars for the registry and threading tests.
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/registry.hpp>

#include <cstdint>
#include <stdexcept>

namespace kalends_test {

// Twelve months of 30 days; year 1 day 1 is JDN 2 000 000; years 1..1 000 000.
struct thirty_day_calendar : kalends::calendar_backend {
    static constexpr std::int64_t epoch = 2'000'000;
    int minimum_year() const override { return 1; }
    int maximum_year() const override { return 1'000'000; }
    int months_in_year(int) const override { return 12; }
    int days_in_month(int, int) const override { return 30; }
    int max_days_in_month_of(int) const override { return 30; }
    bool is_leap_year(int) const override { return false; }
    kalends::calendar_kind kind() const override { return kalends::calendar_kind::solar; }
    int minimum_days_in_month() const override { return 30; }
    int maximum_days_in_month() const override { return 30; }
    std::int64_t date_to_jdn(int y, int m, int d) const override {
        return epoch + (y - 1) * std::int64_t{360} + (m - 1) * 30 + (d - 1);
    }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
        const std::int64_t n = jdn - epoch;
        return {static_cast<int>(n / 360 + 1), static_cast<int>(n % 360 / 30 + 1), static_cast<int>(n % 30 + 1)};
    }
};

// Lists the registry from its destructor: unregistering the last reference
// must not destroy it while the registry's lock is held.
struct listing_on_destruction_calendar : thirty_day_calendar {
    ~listing_on_destruction_calendar() override { listed_at_destruction = kalends::available_calendars().size(); }
    std::size_t listed_at_destruction = 0;
};

// Declares a range with no valid year.
struct empty_range_calendar : thirty_day_calendar {
    int minimum_year() const override { return 10; }
    int maximum_year() const override { return 5; }
};

// Throws from a virtual the registry calls while measuring the range.
struct throwing_calendar : thirty_day_calendar {
    int maximum_year() const override { throw std::runtime_error("maximum_year failed"); }
};

// Claims more months than month codes can name.
struct too_many_months_calendar : thirty_day_calendar {
    int maximum_months_in_year() const override { return 100; }
};

}  // namespace kalends_test
