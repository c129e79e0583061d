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

// Why a week could not be computed; the throwing form words it.
enum class week_failure { none, first_weekday, min_days, day_out_of_range, year_out_of_range, too_many_weeks };

struct week_answer {
    year_week week;
    week_failure failure = week_failure::none;
};

// The year after / before `year` in the calendar's numbering, if it is in the range.
std::optional<int> next_year(const calendar_backend& backend, int year) {
    return detail::calendar_year_of(backend, backend.extended_year(year) + 1);
}

std::optional<int> previous_year(const calendar_backend& backend, int year) {
    return detail::calendar_year_of(backend, backend.extended_year(year) - 1);
}

week_failure check_rule(week_rule rule) noexcept {
    if (rule.first_weekday < 1 || rule.first_weekday > 7) return week_failure::first_weekday;
    if (rule.min_days < 1 || rule.min_days > 7) return week_failure::min_days;
    return week_failure::none;
}

// The first day of week 1 of the year whose first day is `first` (on ISO weekday `weekday`).
std::int64_t week_one_start(std::int64_t first, int weekday, week_rule rule) noexcept {
    // Days from the start of the week that holds the year's first day to that day.
    const int offset = (weekday - rule.first_weekday + 7) % 7;
    std::int64_t start = first - offset;
    if (7 - offset < rule.min_days) start += 7;  // that week holds too few days of this year
    return start;
}

std::int64_t week_one_start(const calendar_backend& backend, int year, week_rule rule) {
    const std::int64_t first = detail::first_jdn_of_year(backend, year);
    return week_one_start(first, backend.day_of_week(first), rule);
}

// One implementation for both forms: a user backend's exception passes through.
week_answer compute_week(const calendar& cal, std::int64_t jdn, week_rule rule) {
    if (const week_failure bad = check_rule(rule); bad != week_failure::none) return {{}, bad};
    if (!cal.is_jdn_in_range(jdn)) return {{}, week_failure::day_out_of_range};
    const calendar_backend& backend = cal.backend();
    int year = backend.jdn_to_date(jdn).year;
    std::int64_t start = week_one_start(backend, year, rule);
    if (jdn < start) {
        // Before week 1: the last week of the previous year, which must exist.
        const auto previous = previous_year(backend, year);
        if (!previous) return {{}, week_failure::year_out_of_range};
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
            if (!next) return {{}, week_failure::year_out_of_range};
            year = *next;
            start = next_start;
        }
    }
    const std::int64_t week = (jdn - start) / 7 + 1;
    if (week > std::numeric_limits<int>::max()) return {{}, week_failure::too_many_weeks};
    return {year_week{year, static_cast<int>(week)}};
}

}  // namespace

std::optional<std::int64_t> try_first_day_of_week_year(const calendar& cal, int year, week_rule rule) noexcept {
    if (check_rule(rule) != week_failure::none || !cal.backend().is_year_valid(year)) return std::nullopt;
    try {
        return week_one_start(cal.backend(), year, rule);
    } catch (...) {  // a user backend may throw; this form reports no reason
        return std::nullopt;
    }
}

std::optional<year_week> try_week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) noexcept {
    try {
        const week_answer answer = compute_week(cal, jdn, rule);
        if (answer.failure != week_failure::none) return std::nullopt;
        return answer.week;
    } catch (...) {  // a user backend may throw; this form reports no reason
        return std::nullopt;
    }
}

year_week week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) {
    const week_answer answer = compute_week(cal, jdn, rule);
    switch (answer.failure) {
        case week_failure::none: return answer.week;
        case week_failure::first_weekday:
            throw error(errc::invalid_weekday, "week rule: first weekday " + std::to_string(rule.first_weekday) +
                                                   " is out of range (allowed 1..7, 1 = Monday, 7 = Sunday)");
        case week_failure::min_days:
            throw error(errc::invalid_day, "week rule: minimal days in the first week " +
                                               std::to_string(rule.min_days) + " is out of range (allowed 1..7)");
        case week_failure::day_out_of_range: detail::raise(detail::jdn_out_of_range(cal.backend(), jdn));
        case week_failure::year_out_of_range:
            throw error(errc::jdn_out_of_range, "the week of Julian Day Number " + std::to_string(jdn) +
                                                    " in calendar '" + std::string(cal.name()) +
                                                    "' depends on a year outside the calendar's range");
        case week_failure::too_many_weeks: break;
    }
    detail::raise(detail::too_many_days(cal.backend(), cal.backend().jdn_to_date(jdn).year));
}

int conventional_first_weekday(const calendar& cal) {
    const detail::calendar_descriptor* descriptor = detail::descriptor_of(cal.backend());
    return descriptor == nullptr ? 1 : descriptor->first_weekday;  // ISO 8601's Monday where none is known
}

year_week iso_week(std::int64_t jdn) { return week_of_year(calendar(calendar_system::gregorian), jdn, iso_week_rule); }

}  // namespace kalends
