// Weeks of the year, computed through the calendar handle only, so that the
// same code serves every calendar.
#include <kalends/week.hpp>

#include <limits>
#include <string>

namespace kalends {
namespace {

bool rule_is_valid(week_rule rule) noexcept {
    return rule.first_weekday >= 1 && rule.first_weekday <= 7 && rule.min_days >= 1 && rule.min_days <= 7;
}

// The year after / before `year` in the calendar's numbering, if it exists.
std::optional<int> next_year(const calendar& cal, int year) noexcept {
    if (year == std::numeric_limits<int>::max()) return std::nullopt;
    int next = year + 1;
    if (next == 0 && !cal.has_year_zero()) next = 1;
    return next;
}

std::optional<int> previous_year(const calendar& cal, int year) noexcept {
    if (year == std::numeric_limits<int>::min()) return std::nullopt;
    int previous = year - 1;
    if (previous == 0 && !cal.has_year_zero()) previous = -1;
    return previous;
}

}  // namespace

std::optional<std::int64_t> try_first_day_of_week_year(const calendar& cal, int year, week_rule rule) noexcept {
    if (!rule_is_valid(rule)) return std::nullopt;
    try {
        const auto first = cal.try_date_from_parts(year, 1, 1);
        if (!first) return std::nullopt;
        const auto weekday = cal.try_day_of_week(*first);
        if (!weekday) return std::nullopt;
        // Days from the start of the week that holds day 1 of the year to day 1.
        const int offset = (*weekday - rule.first_weekday + 7) % 7;
        std::int64_t start = *first - offset;
        if (7 - offset < rule.min_days) start += 7;  // that week holds too few days of this year
        return start;
    } catch (...) {  // a user backend may throw; this form reports no reason
        return std::nullopt;
    }
}

std::optional<year_week> try_week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) noexcept {
    if (!rule_is_valid(rule)) return std::nullopt;
    try {
        const auto parts = cal.try_parts_from_date(jdn);
        if (!parts) return std::nullopt;
        int year = parts->year;
        auto start = try_first_day_of_week_year(cal, year, rule);
        if (!start) return std::nullopt;
        if (jdn < *start) {
            // Before week 1: the last week of the previous year.
            const auto previous = previous_year(cal, year);
            if (!previous) return std::nullopt;
            year = *previous;
            start = try_first_day_of_week_year(cal, year, rule);
            if (!start) return std::nullopt;
        } else if (const auto next = next_year(cal, year)) {
            // Late in the year: the day may already be in week 1 of the next year.
            const auto next_start = try_first_day_of_week_year(cal, *next, rule);
            if (next_start && jdn >= *next_start) {
                year = *next;
                start = next_start;
            }
        }
        const std::int64_t week = (jdn - *start) / 7 + 1;
        return year_week{year, static_cast<int>(week)};
    } catch (...) {
        return std::nullopt;
    }
}

year_week week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) {
    if (rule.first_weekday < 1 || rule.first_weekday > 7) {
        throw error(errc::invalid_weekday, "week rule: first weekday " + std::to_string(rule.first_weekday) +
                                               " is out of range (allowed 1..7, 1 = Monday, 7 = Sunday)");
    }
    if (rule.min_days < 1 || rule.min_days > 7) {
        throw error(errc::invalid_day, "week rule: minimal days in the first week " + std::to_string(rule.min_days) +
                                           " is out of range (allowed 1..7)");
    }
    (void)cal.parts_from_date(jdn);  // throws the library's message for a day out of range
    if (auto week = try_week_of_year(cal, jdn, rule)) return *week;
    throw error(errc::jdn_out_of_range, "the week of Julian Day Number " + std::to_string(jdn) + " in calendar '" +
                                            std::string(cal.name()) +
                                            "' depends on a year outside the calendar's range");
}

int conventional_first_weekday(const calendar& cal) noexcept {
    // CLDR's first day of the week in the main region of each calendar
    // (Israel, Egypt, Ethiopia, India, Thailand, Taiwan, Japan: Sunday; Iran
    // and Egypt: Saturday), except that every Islamic calendar uses Saturday.
    switch (cal.system()) {
        case calendar_system::gregorian:
        case calendar_system::gregorian_julian:
        case calendar_system::julian:
        case calendar_system::milankovic:
        case calendar_system::hebrew:
        case calendar_system::ethiopic:
        case calendar_system::ethiopic_amete_alem:
        case calendar_system::indian:
        case calendar_system::buddhist:
        case calendar_system::roc:
        case calendar_system::japanese: return 7;
        case calendar_system::persian:
        case calendar_system::persian_2820:
        case calendar_system::persian_33:
        case calendar_system::coptic:
        case calendar_system::islamic_civil:
        case calendar_system::islamic_tbla:
        case calendar_system::islamic_umalqura:
        case calendar_system::islamic_umalqura_extended:
        case calendar_system::islamic_kuwaiti_thursday:
        case calendar_system::islamic_kuwaiti_friday:
        case calendar_system::islamic_bohra_thursday:
        case calendar_system::islamic_bohra_friday:
        case calendar_system::islamic_habash_thursday:
        case calendar_system::islamic_habash_friday: return 6;
        default: return 1;  // ISO 8601 and calendars without a convention here
    }
}

year_week iso_week(std::int64_t jdn) { return week_of_year(calendar(calendar_system::gregorian), jdn, iso_week_rule); }

}  // namespace kalends
