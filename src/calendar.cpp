// The calendar handle: construction, checked queries and conversions.
#include "day_counts.hpp"
#include "diagnostics.hpp"
#include "registry.hpp"

#include <kalends/calendar.hpp>

#include <limits>

namespace kalends {

using detail::raise;
using detail::registry;

calendar::calendar() noexcept
    : calendar(registry::handle_of_builtin(*registry::builtin(calendar_system::gregorian))) {}

calendar::calendar(calendar_system system) : calendar() {
    const calendar_backend* backend = registry::builtin(system);
    if (backend == nullptr) raise(detail::invalid_system(static_cast<int>(system)));
    *this = registry::handle_of_builtin(*backend);
}

calendar::calendar(std::string_view name) : calendar() {
    auto found = registry::instance().find(name);
    if (!found) {
        raise({errc::unknown_calendar_name,
               "unknown calendar name " + quoted(name) + " (see kalends::available_calendars())"});
    }
    *this = *found;
}

calendar::calendar(calendar_id id) : calendar() {
    auto found = registry::instance().find(id);
    if (!found) {
        raise({errc::unknown_calendar_id,
               "no calendar is registered with ID " + std::to_string(to_underlying(id)) + detail::describe_id_ranges()});
    }
    *this = *found;
}

std::optional<calendar> calendar::find(calendar_system system) noexcept {
    const calendar_backend* backend = registry::builtin(system);
    if (backend == nullptr) return std::nullopt;
    return registry::handle_of_builtin(*backend);
}

std::optional<calendar> calendar::find(std::string_view name) { return registry::instance().find(name); }

std::optional<calendar> calendar::find(calendar_id id) { return registry::instance().find(id); }

std::string_view calendar::name() const noexcept {
    const auto all = names();
    return all.empty() ? std::string_view() : std::string_view(all.front());
}

std::span<const std::string> calendar::names() const noexcept { return backend_->names(); }

// --- Years and months ---


std::optional<int> calendar::try_days_in_month(int month) const {
    if (month < 1 || month > backend_->maximum_months_in_year()) return std::nullopt;
    return backend_->max_days_in_month_of(month);
}

std::optional<int> calendar::try_days_in_month(int month, int year) const {
    if (!backend_->is_month_valid(month, year)) return std::nullopt;
    return backend_->days_in_month(month, year);
}

std::optional<int> calendar::try_days_in_year(int year) const {
    if (!backend_->is_year_valid(year)) return std::nullopt;
    return backend_->days_in_year(year);
}

std::optional<int> calendar::try_months_in_year(int year) const {
    if (!backend_->is_year_valid(year)) return std::nullopt;
    return backend_->months_in_year(year);
}

std::optional<bool> calendar::try_is_leap_year(int year) const {
    if (!backend_->is_year_valid(year)) return std::nullopt;
    return backend_->is_leap_year(year);
}

int calendar::days_in_month(int month) const {
    if (auto failure = detail::check_month_any_year(*backend_, month)) raise(*failure);
    return backend_->max_days_in_month_of(month);
}

int calendar::days_in_month(int month, int year) const {
    if (auto failure = detail::check_month(*backend_, month, year)) raise(*failure);
    return backend_->days_in_month(month, year);
}

int calendar::days_in_year(int year) const {
    if (auto failure = detail::check_year(*backend_, year)) raise(*failure);
    return backend_->days_in_year(year);
}

int calendar::months_in_year(int year) const {
    if (auto failure = detail::check_year(*backend_, year)) raise(*failure);
    return backend_->months_in_year(year);
}

bool calendar::is_leap_year(int year) const {
    if (auto failure = detail::check_year(*backend_, year)) raise(*failure);
    return backend_->is_leap_year(year);
}

// --- Month codes, eras, extended years ---

std::optional<month_code> calendar::try_month_code_of(int month, int year) const {
    if (!backend_->is_month_valid(month, year)) return std::nullopt;
    return backend_->month_code_of(month, year);
}

month_code calendar::month_code_of(int month, int year) const {
    if (auto failure = detail::check_month(*backend_, month, year)) raise(*failure);
    return backend_->month_code_of(month, year);
}

std::optional<int> calendar::try_month_of_code(month_code code, int year) const {
    if (!backend_->is_year_valid(year)) return std::nullopt;
    return backend_->month_of_code(code, year);
}

int calendar::month_of_code(month_code code, int year) const {
    if (auto failure = detail::check_year(*backend_, year)) raise(*failure);
    if (auto month = backend_->month_of_code(code, year)) return *month;
    raise({errc::invalid_month, "year " + std::to_string(year) + " of " + detail::describe_calendar(*backend_) +
                                    " has no month with code " + std::string(code.view())});
}

std::optional<era_year> calendar::try_era_of(const date_parts& date) const {
    if (!is_date_valid(date)) return std::nullopt;
    return backend_->era_of(date);
}

era_year calendar::era_of(const date_parts& date) const {
    if (auto failure = detail::check_date(*backend_, date.year, date.month, date.day)) raise(*failure);
    return backend_->era_of(date);
}

std::optional<int> calendar::try_year_of_era(std::string_view era, std::int64_t year) const {
    const auto result = backend_->year_of_era(era, year);
    if (!result || !backend_->is_year_valid(*result)) return std::nullopt;
    return result;
}

int calendar::year_of_era(std::string_view era, std::int64_t year) const {
    if (auto result = try_year_of_era(era, year)) return *result;
    std::string eras;
    for (const std::string_view code : era_codes()) eras += (eras.empty() ? "" : ", ") + std::string(code);
    raise({errc::invalid_year, "era " + quoted(era) + " has no year " + std::to_string(year) + " in " +
                                   detail::describe_calendar(*backend_) + " (eras: " +
                                   (eras.empty() ? std::string("none") : eras) + ")"});
}

std::optional<std::int64_t> calendar::try_extended_year(int year) const {
    if (!backend_->is_year_valid(year)) return std::nullopt;
    return calendar_backend::extended_year(year, backend_->has_year_zero());
}

std::int64_t calendar::extended_year(int year) const {
    if (auto failure = detail::check_year(*backend_, year)) raise(*failure);
    return calendar_backend::extended_year(year, backend_->has_year_zero());
}

// --- Conversion ---

namespace {

// Why the backend refuses a date it was asked to convert.
error_info invalid_date(const calendar_backend& backend, int year, int month, int day) {
    if (auto failure = detail::check_date(backend, year, month, day)) return *failure;
    // The backend refused a date that passes the generic checks.
    return error_info{errc::invalid_day, "date " + std::to_string(year) + "-" + std::to_string(month) + "-" +
                                             std::to_string(day) + " is not valid in " +
                                             detail::describe_calendar(backend)};
}

}  // namespace

std::optional<error_info> calendar::why_invalid(const date_parts& parts) const {
    if (try_date_from_parts(parts)) return std::nullopt;
    return invalid_date(*backend_, parts.year, parts.month, parts.day);
}

std::optional<error_info> calendar::why_out_of_range(std::int64_t jdn) const {
    if (is_jdn_in_range(jdn)) return std::nullopt;
    return detail::jdn_out_of_range(*backend_, jdn);
}

void calendar::raise_invalid_date(int year, int month, int day) const {
    raise(invalid_date(*backend_, year, month, day));
}

void calendar::raise_jdn_out_of_range(std::int64_t jdn) const { raise(detail::jdn_out_of_range(*backend_, jdn)); }

std::optional<int> calendar::try_day_of_week(std::int64_t jdn) const {
    if (!is_jdn_in_range(jdn)) return std::nullopt;
    return backend_->day_of_week(jdn);
}

int calendar::day_of_week(std::int64_t jdn) const {
    if (!is_jdn_in_range(jdn)) raise(detail::jdn_out_of_range(*backend_, jdn));
    return backend_->day_of_week(jdn);
}

std::optional<std::int64_t> calendar::try_match_century_to_weekday(const date_parts& parts, int weekday) const {
    if (weekday < 1 || weekday > 7) return std::nullopt;
    // Offsets 0, +1, -1, +2, -2, ... centuries: nearest first, later before earlier.
    for (int step = 0; step <= century_search_limit; ++step) {
        for (const int sign : {1, -1}) {
            if (step == 0 && sign < 0) continue;
            const std::int64_t year = std::int64_t{parts.year} + std::int64_t{sign} * step * 100;
            if (year < std::numeric_limits<int>::min() || year > std::numeric_limits<int>::max()) continue;
            const auto jdn = try_date_from_parts(static_cast<int>(year), parts.month, parts.day);
            if (jdn && backend_->day_of_week(*jdn) == weekday) return jdn;
        }
    }
    return std::nullopt;
}

std::int64_t calendar::match_century_to_weekday(const date_parts& parts, int weekday) const {
    if (weekday < 1 || weekday > 7) {
        raise({errc::invalid_weekday,
               "weekday " + std::to_string(weekday) + " is out of range (allowed 1..7, 1 = Monday)"});
    }
    if (auto jdn = try_match_century_to_weekday(parts, weekday)) return *jdn;
    raise({errc::no_matching_date,
           "no year " + std::to_string(parts.year) + " + 100k (|k| <= " + std::to_string(century_search_limit) +
               ") has month " + std::to_string(parts.month) + " day " + std::to_string(parts.day) + " on weekday " +
               std::to_string(weekday) + " in " + detail::describe_calendar(*backend_)});
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

std::optional<std::chrono::sys_days> calendar::try_to_sys_days(const date_parts& parts) const {
    const auto jdn = try_date_from_parts(parts);
    if (!jdn) return std::nullopt;
    return sys_days_of(*jdn);
}

std::chrono::sys_days calendar::to_sys_days(const date_parts& parts) const {
    return sys_days_of(date_from_parts(parts));
}

std::optional<date_parts> calendar::try_from_sys_days(std::chrono::sys_days day) const {
    const auto jdn = detail::jdn_of_sys_days(day);
    if (!jdn) return std::nullopt;
    return try_parts_from_date(*jdn);
}

date_parts calendar::from_sys_days(std::chrono::sys_days day) const {
    const auto jdn = detail::jdn_of_sys_days(day);
    if (!jdn || !is_jdn_in_range(*jdn)) raise(detail::sys_days_out_of_range(*backend_, day.time_since_epoch().count()));
    return backend_->jdn_to_date(*jdn);
}

std::optional<std::chrono::year_month_day> calendar::try_to_year_month_day(const date_parts& parts) const {
    const auto jdn = try_date_from_parts(parts);
    if (!jdn || *jdn < first_chrono_jdn || *jdn > last_chrono_jdn) return std::nullopt;
    return std::chrono::year_month_day(sys_days_of(*jdn));
}

std::chrono::year_month_day calendar::to_year_month_day(const date_parts& parts) const {
    const std::int64_t jdn = date_from_parts(parts);
    if (jdn < first_chrono_jdn || jdn > last_chrono_jdn) {
        raise({errc::jdn_out_of_range, "Julian Day Number " + std::to_string(jdn) +
                                           " is outside std::chrono::year_month_day's range (JDN " +
                                           std::to_string(first_chrono_jdn) + ".." + std::to_string(last_chrono_jdn) +
                                           ", years -32767..32767)"});
    }
    return std::chrono::year_month_day(sys_days_of(jdn));
}

std::optional<date_parts> calendar::try_from_year_month_day(const std::chrono::year_month_day& ymd) const {
    if (!ymd.ok()) return std::nullopt;
    return try_from_sys_days(std::chrono::sys_days(ymd));
}

date_parts calendar::from_year_month_day(const std::chrono::year_month_day& ymd) const {
    if (!ymd.ok()) {
        raise({errc::invalid_day, "std::chrono::year_month_day " + std::to_string(int(ymd.year())) + "-" +
                                      std::to_string(unsigned(ymd.month())) + "-" +
                                      std::to_string(unsigned(ymd.day())) + " is not a valid date"});
    }
    return from_sys_days(std::chrono::sys_days(ymd));
}

}  // namespace kalends
