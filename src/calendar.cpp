// The calendar handle: construction, checked queries and conversions.
#include "day_counts.hpp"
#include "diagnostics.hpp"
#include "calendars/name_notes.hpp"
#include "registry.hpp"

#include <kalends/calendar.hpp>

#include <algorithm>
#include <limits>

namespace kalends {

using detail::registry;

calendar::calendar() noexcept
    : calendar(registry::handle_of_builtin(*registry::builtin(calendar_system::gregorian))) {}

const detail::calendar_entry& detail::entry_of(const calendar& cal) noexcept { return *cal.entry_; }

calendar::calendar(calendar_system system) : calendar() { *this = find(system).value(); }

calendar::calendar(std::string_view name) : calendar() { *this = find(name).value(); }

calendar::calendar(calendar_id id) : calendar() { *this = find(id).value(); }

result<calendar> calendar::find(calendar_system system) noexcept {
    const detail::calendar_entry* entry = registry::builtin(system);
    if (entry == nullptr) return detail::invalid_system(static_cast<int>(system));
    return registry::handle_of_builtin(*entry);
}

result<calendar> calendar::find(std::string_view name) {
    if (auto found = registry::instance().find(name)) return *found;
    return error_info(errc::unknown_calendar_name, error_field::calendar_name, detail::msg::unknown_name).with_text(error_text(name));
}

result<calendar> calendar::find(calendar_id id) {
    if (auto found = registry::instance().find(id)) return *found;
    return detail::unknown_id(id);
}

result<calendar> calendar::find(const calendar_backend& backend) {
    if (auto found = registry::instance().find(backend)) return *found;
    return error_info(errc::unknown_calendar_id, error_field::backend, detail::msg::backend_not_registered);
}

std::string_view calendar::name() const noexcept {
    const auto all = names();
    return all.empty() ? std::string_view() : std::string_view(all.front());
}

std::span<const std::string> calendar::names() const noexcept { return entry_->names(); }

std::string_view calendar::name_note() const noexcept {
    for (const auto& [system_with_note, note] : detail::calendars::name_notes) {
        if (system() == system_with_note) return note;
    }
    return {};
}

void calendar::raise(const error_info& failure) { throw error(failure); }

// --- Years and months ---

result<int> calendar::try_days_in_month(int month) const {
    if (auto failure = detail::check_month_any_year(*entry_, month)) return *failure;
    return entry_->max_days_in_month_of(month);
}

result<int> calendar::try_days_in_month(int month, int year) const {
    if (auto failure = detail::check_month(*entry_, month, year)) return *failure;
    return entry_->days_in_month(month, year);
}

result<int> calendar::try_days_in_year(int year) const {
    if (auto failure = detail::check_year(*entry_, year)) return *failure;
    return entry_->days_in_year(year);
}

result<int> calendar::try_months_in_year(int year) const {
    if (auto failure = detail::check_year(*entry_, year)) return *failure;
    return entry_->months_in_year(year);
}

result<bool> calendar::try_is_leap_year(int year) const {
    if (auto failure = detail::check_year(*entry_, year)) return *failure;
    return entry_->is_leap_year(year);
}

// --- Month codes, eras, extended years ---

result<month_code> calendar::try_month_code_of(int month, int year) const {
    if (auto failure = detail::check_month(*entry_, month, year)) return *failure;
    return entry_->month_code_of(month, year);
}

result<int> calendar::try_month_of_code(month_code code, int year) const {
    if (auto failure = detail::check_year(*entry_, year)) return *failure;
    if (auto month = entry_->month_of_code(code, year)) return *month;
    return error_info(errc::invalid_month, error_field::month_code, detail::msg::no_month_with_code).with_calendar(detail::calendar_of(*entry_)).with_context({year}).with_text(error_text(code.view()));
}

result<era_year> calendar::try_era_of(const date_parts& date) const {
    if (auto failure = detail::check_date(*entry_, date.year, date.month, date.day)) return *failure;
    return entry_->era_of(date);
}

std::optional<year_bounds> calendar::exact_years() const {
    const std::optional<year_bounds> bounds = entry_->exact_years();
    if (!bounds) return std::nullopt;
    // A backend's bounds, kept within the range; an empty span stays empty.
    const year_bounds range{entry_->minimum_year(), entry_->maximum_year()};
    if (bounds->first > bounds->last || bounds->last < range.first || bounds->first > range.last) {
        return year_bounds{1, 0};
    }
    return year_bounds{std::max(bounds->first, range.first), std::min(bounds->last, range.last)};
}

bool calendar::is_year_exact(int year) const {
    const std::optional<year_bounds> bounds = exact_years();
    return !bounds || bounds->contains(year);
}

result<int> calendar::try_cycle_year(int year) const {
    if (auto failure = detail::check_year(*entry_, year)) return *failure;
    const std::optional<int> cycle = entry_->cycle_year(year);
    if (!cycle) {
        return error_info(errc::invalid_year, error_field::year, detail::msg::no_year_cycle)
            .with_calendar(detail::calendar_of(*entry_));
    }
    if (*cycle < 1 || *cycle > 60) {
        return error_info(errc::invalid_backend, error_field::year, detail::msg::backend_cycle_year)
            .with_value(*cycle)
            .with_calendar(detail::calendar_of(*entry_));
    }
    return *cycle;
}

result<int> calendar::try_year_of_era(std::string_view era, std::int64_t year) const {
    const auto found = entry_->year_of_era(era, year);
    if (found && entry_->is_year_valid(*found)) return *found;
    return error_info(errc::invalid_year, error_field::era, detail::msg::no_era_year).with_value(year).with_calendar(detail::calendar_of(*entry_)).with_text(error_text(era));
}

result<std::int64_t> calendar::try_extended_year(int year) const {
    if (auto failure = detail::check_year(*entry_, year)) return *failure;
    return entry_->extended_year(year);
}

// --- Conversion ---

error_info calendar::why_invalid(int year, int month, int day) const {
    if (auto failure = detail::check_date(*entry_, year, month, day)) return *failure;
    // The backend refused a date that passes the generic checks.
    return error_info(errc::invalid_day, error_field::day, detail::msg::date_refused).with_value(day).with_calendar(detail::calendar_of(*entry_)).with_context({year, month, day});
}

error_info calendar::why_out_of_range(std::int64_t jdn) const noexcept {
    return detail::jdn_out_of_range(*entry_, jdn);
}

result<int> calendar::try_day_of_week(std::int64_t jdn) const {
    if (!is_jdn_in_range(jdn)) return why_out_of_range(jdn);
    return entry_->day_of_week(jdn);
}

result<std::int64_t> calendar::try_match_century_to_weekday(const date_parts& parts, int weekday) const {
    if (weekday < 1 || weekday > 7) {
        return error_info(errc::invalid_weekday, error_field::weekday, detail::msg::weekday_out_of_range).with_value(weekday).with_min(1).with_max(7);
    }
    // Offsets 0, +1, -1, +2, -2, ... centuries: nearest first, later before earlier.
    for (int step = 0; step <= century_search_limit; ++step) {
        for (const int sign : {1, -1}) {
            if (step == 0 && sign < 0) continue;
            const std::int64_t year = std::int64_t{parts.year} + std::int64_t{sign} * step * 100;
            if (year < std::numeric_limits<int>::min() || year > std::numeric_limits<int>::max()) continue;
            const std::int64_t jdn = entry_->date_to_jdn_or_invalid(static_cast<int>(year), parts.month, parts.day);
            if (jdn != invalid_jdn && entry_->day_of_week(jdn) == weekday) return jdn;
        }
    }
    return error_info(errc::no_matching_date, error_field::weekday, detail::msg::no_century_on_weekday).with_value(weekday).with_max(century_search_limit).with_calendar(detail::calendar_of(*entry_)).with_context({parts.year, parts.month, parts.day});
}

// --- <chrono> ---

namespace {

// Only for days within std::chrono::year's range, whose JDN cannot overflow.
constexpr std::int64_t jdn_of(std::chrono::sys_days day) noexcept {
    return std::int64_t{day.time_since_epoch().count()} + jdn_of_unix_epoch;
}

constexpr std::chrono::sys_days sys_days_of(std::int64_t jdn) noexcept {
    return std::chrono::sys_days(std::chrono::days(jdn - jdn_of_unix_epoch));
}

// std::chrono::year covers -32767..32767 with a year 0: exactly the proleptic
// Gregorian dates between these two day numbers.
constexpr std::int64_t first_chrono_jdn = jdn_of(std::chrono::sys_days(std::chrono::year::min() / 1 / 1));
constexpr std::int64_t last_chrono_jdn = jdn_of(std::chrono::sys_days(std::chrono::year::max() / 12 / 31));

}  // namespace

result<std::chrono::sys_days> calendar::try_to_sys_days(const date_parts& parts) const {
    const auto jdn = try_date_from_parts(parts);
    if (!jdn) return jdn.error();
    return sys_days_of(*jdn);
}

result<date_parts> calendar::try_from_sys_days(std::chrono::sys_days day) const {
    const auto jdn = detail::jdn_of_sys_days(day);
    if (!jdn || !is_jdn_in_range(*jdn)) return detail::sys_days_out_of_range(*entry_, day.time_since_epoch().count());
    return entry_->jdn_to_date(*jdn);
}

result<std::chrono::year_month_day> calendar::try_to_year_month_day(const date_parts& parts) const {
    const auto jdn = try_date_from_parts(parts);
    if (!jdn) return jdn.error();
    if (*jdn < first_chrono_jdn || *jdn > last_chrono_jdn) {
        return error_info(errc::jdn_out_of_range, error_field::chrono_date, detail::msg::beyond_year_month_day).with_value(*jdn).with_min(first_chrono_jdn).with_max(last_chrono_jdn);
    }
    return std::chrono::year_month_day(sys_days_of(*jdn));
}

result<date_parts> calendar::try_from_year_month_day(const std::chrono::year_month_day& ymd) const {
    if (!ymd.ok()) {
        return error_info(errc::invalid_day, error_field::chrono_date, detail::msg::invalid_year_month_day).with_context({int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day())});
    }
    return try_from_sys_days(std::chrono::sys_days(ymd));
}

}  // namespace kalends
