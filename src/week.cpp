// Weeks of the year, computed through the calendar handle only, so that the
// same code serves every calendar.
#include "builtin_calendars.hpp"
#include "date_internal.hpp"
#include "diagnostics.hpp"

#include <kalends/week.hpp>

#include <limits>
#include <string>

namespace kalends {
namespace {

// The year after / before `year` in the calendar's numbering, if it is in the range.
std::optional<int> next_year(const detail::calendar_entry& backend, int year) {
    return detail::calendar_year_of(backend, backend.extended_year(year) + 1);
}

std::optional<int> previous_year(const detail::calendar_entry& backend, int year) {
    return detail::calendar_year_of(backend, backend.extended_year(year) - 1);
}

std::optional<error_info> check_rule(week_rule rule) noexcept {
    if (rule.first_weekday < 1 || rule.first_weekday > 7) {
        return error_info(errc::invalid_weekday, error_field::week_rule, detail::msg::week_rule_first_weekday).with_value(rule.first_weekday).with_min(1).with_max(7);
    }
    if (rule.min_days < 1 || rule.min_days > 7) {
        return error_info(errc::invalid_day, error_field::week_rule, detail::msg::week_rule_min_days).with_value(rule.min_days).with_min(1).with_max(7);
    }
    return std::nullopt;
}

error_info week_beyond_range(const detail::calendar_entry& backend, std::int64_t jdn) noexcept {
    return error_info(errc::jdn_out_of_range, error_field::julian_day, detail::msg::week_beyond_range).with_value(jdn).with_calendar(detail::calendar_of(backend));
}

// What the non-throwing forms report when a user backend throws.
error_info backend_threw(const detail::calendar_entry& backend) noexcept {
    return error_info(errc::invalid_backend, error_field::backend, detail::msg::backend_threw).with_calendar(detail::calendar_of(backend));
}

// The first day of week 1 of the year whose first day is `first` (on ISO weekday `weekday`).
std::int64_t week_one_start(std::int64_t first, int weekday, week_rule rule) noexcept {
    // Days from the start of the week that holds the year's first day to that day.
    const int offset = (weekday - rule.first_weekday + 7) % 7;
    std::int64_t start = first - offset;
    if (7 - offset < rule.min_days) start += 7;  // that week holds too few days of this year
    return start;
}

std::int64_t week_one_start(const detail::calendar_entry& backend, int year, week_rule rule) {
    const std::int64_t first = detail::first_jdn_of_year(backend, year);
    return week_one_start(first, backend.day_of_week(first), rule);
}

// One implementation for both forms: a user backend's exception passes through.
result<year_week> compute_week(const calendar& cal, std::int64_t jdn, week_rule rule) {
    if (auto bad = check_rule(rule)) return *bad;
    const detail::calendar_entry& backend = detail::entry_of(cal);
    if (!cal.is_jdn_in_range(jdn)) return detail::jdn_out_of_range(backend, jdn);
    int year = backend.jdn_to_date(jdn).year;
    std::int64_t start = week_one_start(backend, year, rule);
    if (jdn < start) {
        // Before week 1: the last week of the previous year, which must exist.
        const auto previous = previous_year(backend, year);
        if (!previous) return week_beyond_range(backend, jdn);
        year = *previous;
        start = week_one_start(backend, year, rule);
    } else {
        // Late in the year the day may be in week 1 of the next year, which
        // starts the day after this year's last: known even where the next
        // year is outside the range, and then the day's week does not exist.
        const std::int64_t last = detail::last_jdn_of_year(backend, year);
        const std::int64_t next_start = week_one_start(last + 1, backend.day_of_week(last) % 7 + 1, rule);
        if (jdn >= next_start) {
            const auto next = next_year(backend, year);
            if (!next) return week_beyond_range(backend, jdn);
            year = *next;
            start = next_start;
        }
    }
    const std::int64_t week = (jdn - start) / 7 + 1;
    // More weeks than an int holds: only a user calendar's year of more than INT_MAX days.
    if (week > std::numeric_limits<int>::max()) return detail::too_many_days(backend, year);
    return year_week{year, static_cast<int>(week)};
}

}  // namespace

result<std::int64_t> try_first_day_of_week_year(const calendar& cal, int year, week_rule rule) noexcept {
    if (auto bad = check_rule(rule)) return *bad;
    try {
        if (auto bad = detail::check_year(detail::entry_of(cal), year)) return *bad;
        return week_one_start(detail::entry_of(cal), year, rule);
    } catch (...) {  // a user backend threw; this form does not throw
        return backend_threw(detail::entry_of(cal));
    }
}

result<year_week> try_week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) noexcept {
    try {
        return compute_week(cal, jdn, rule);
    } catch (...) {  // a user backend threw; this form does not throw
        return backend_threw(detail::entry_of(cal));
    }
}

year_week week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) {
    return compute_week(cal, jdn, rule).value();
}

int conventional_first_weekday(const calendar& cal) {
    const detail::calendar_descriptor* descriptor = detail::descriptor_of(detail::entry_of(cal));
    return descriptor == nullptr ? 1 : descriptor->first_weekday;  // ISO 8601's Monday where none is known
}

year_week iso_week(std::int64_t jdn) { return week_of_year(calendar(calendar_system::gregorian), jdn, iso_week_rule); }

}  // namespace kalends
