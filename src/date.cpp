// kalends::date: construction, fields, conversions, today.
#include "ascii.hpp"
#include "date_internal.hpp"
#include "day_counts.hpp"
#include "diagnostics.hpp"
#include "enum_checks.hpp"
#include "messages.hpp"

#include <kalends/date.hpp>
#include <kalends/text.hpp>

#include <array>
#include <climits>
#include <ctime>
#include <limits>
#include <span>
#include <string>

namespace kalends {
namespace {

std::string date_text(int year, int month, int day) { return format_ymd({year, month, day}); }

error_info skipped_day(const detail::calendar_entry& backend, int year, int month, int day) noexcept {
    return error_info(errc::invalid_day, error_field::day, detail::msg::date_skipped).with_value(day).with_calendar(detail::calendar_of(backend)).with_context({year, month, day});
}

// The forms that can name a date's year, in the order they are checked.
enum class year_form { era, extended, plain };

}  // namespace

date::date() noexcept : jdn_(jdn_of_unix_epoch), parts_{1970, 1, 1} {}

date::date(const calendar& cal, int year, int month, int day) : date(try_make(cal, year, month, day).value()) {}

result<date> date::try_make(const calendar& cal, int year, int month, int day) {
    if (auto jdn = cal.try_date_from_parts(year, month, day)) return date(cal, *jdn, date_parts{year, month, day});
    if (auto failure = detail::check_date(detail::entry_of(cal), year, month, day)) return *failure;
    return skipped_day(detail::entry_of(cal), year, month, day);
}

result<date> date::try_from_fields(const calendar& cal, const date_fields& f, overflow mode) {
    if (auto failure = detail::check_enum(mode)) return *failure;
    const detail::calendar_entry& backend = detail::entry_of(cal);
    const error_calendar in_cal = detail::calendar_of(backend);
    const auto invalid_year = [&](const char* wording) {
        return error_info(errc::invalid_year, error_field::year, wording).with_calendar(in_cal);
    };
    // --- The year: every form given must name the same one. ---
    std::optional<int> year;
    year_form source{};
    std::int64_t source_value = 0;  // the number the form that named `year` was given
    const auto agree = [&](int candidate, year_form form, std::int64_t given) -> std::optional<error_info> {
        if (year && *year != candidate) {
            error_info failure = invalid_year(form == year_form::extended ? detail::msg::era_year_disagrees_with_extended_year
                                              : source == year_form::era  ? detail::msg::era_year_disagrees_with_year
                                                                          : detail::msg::extended_year_disagrees_with_year);
            failure.context = {candidate, *year, source_value, given};
            if (f.era) failure.text = error_text(*f.era);
            return failure;
        }
        year = candidate;
        source = form;
        source_value = given;
        return std::nullopt;
    };
    if (f.era.has_value() != f.era_year.has_value()) return invalid_year(detail::msg::era_without_year);
    if (f.era) {
        const auto y = backend.year_of_era(*f.era, *f.era_year);
        if (!y || !backend.is_year_valid(*y)) {
            error_info failure = invalid_year(detail::msg::era_year_missing);
            failure.field = error_field::era;
            failure.value = *f.era_year;
            failure.text = error_text(*f.era);
            return failure;
        }
        if (auto failure = agree(*y, year_form::era, *f.era_year)) return *failure;
    }
    if (f.extended_year) {
        const auto y = detail::calendar_year_of(backend, *f.extended_year);
        if (!y) {
            error_info failure = invalid_year(detail::msg::extended_year_out_of_range);
            failure.field = error_field::extended_year;
            failure.value = *f.extended_year;
            failure.min = backend.minimum_year();
            failure.max = backend.maximum_year();
            return failure;
        }
        if (auto failure = agree(*y, year_form::extended, *f.extended_year)) return *failure;
    }
    if (f.year) {
        if (auto failure = detail::check_year(backend, *f.year)) return *failure;
        if (auto failure = agree(*f.year, year_form::plain, *f.year)) return *failure;
    }
    if (!year) return invalid_year(detail::msg::no_year_given);

    // --- The month. ---
    std::optional<int> month;
    const int months = backend.months_in_year(*year);
    if (f.month) {
        if (*f.month < 1 || (*f.month > months && mode == overflow::reject)) {
            if (auto failure = detail::check_month(backend, *f.month, *year)) return *failure;
        }
        month = *f.month > months ? months : *f.month;
    }
    if (f.month_code) {
        const result<int> m = detail::resolve_month_code(backend, *f.month_code, *year, mode);
        if (!m) return m.error();
        if (month && *month != *m) {
            return error_info(errc::invalid_month, error_field::month_code, detail::msg::month_disagrees_with_code).with_value(*f.month).with_calendar(in_cal).with_context({*year}).with_text(error_text(f.month_code->view()));
        }
        month = *m;
    }
    if (!month) {
        return error_info(errc::invalid_month, error_field::month, detail::msg::no_month_given);
    }

    // --- The day. ---
    const result<std::int64_t> jdn = detail::regulate_day(backend, *year, *month, f.day, mode);
    if (!jdn) return jdn.error();
    return date_access::make(cal, *jdn);
}

date date::from_fields(const calendar& cal, const date_fields& fields, overflow mode) {
    return try_from_fields(cal, fields, mode).value();
}

result<date> date::try_from_jdn(const calendar& cal, std::int64_t jdn) {
    if (!cal.is_jdn_in_range(jdn)) return detail::jdn_out_of_range(detail::entry_of(cal), jdn);
    return date_access::make(cal, jdn);
}

date date::from_jdn(const calendar& cal, std::int64_t jdn) { return try_from_jdn(cal, jdn).value(); }

result<date> date::try_from_sys_days(const calendar& cal, std::chrono::sys_days day) {
    const auto jdn = detail::jdn_of_sys_days(day);
    if (!jdn || !cal.is_jdn_in_range(*jdn)) {
        return detail::sys_days_out_of_range(detail::entry_of(cal), day.time_since_epoch().count());
    }
    return date_access::make(cal, *jdn);
}

date date::from_sys_days(const calendar& cal, std::chrono::sys_days day) { return try_from_sys_days(cal, day).value(); }

date date::today_utc(const calendar& cal) {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return from_sys_days(cal, now);
}

date date::today(const calendar& cal) {
#if defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
    try {
        const auto local = std::chrono::current_zone()->to_local(std::chrono::system_clock::now());
        const auto days = std::chrono::floor<std::chrono::days>(local).time_since_epoch().count();
        return from_jdn(cal, std::int64_t{days} + jdn_of_unix_epoch);
    } catch (const std::exception&) {
        // No zone database: fall through to the C library.
    }
#endif
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (now != static_cast<std::time_t>(-1) && localtime_r(&now, &local) != nullptr) {
        const date_parts gregorian{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
        return from_jdn(cal, calendar().date_from_parts(gregorian));
    }
    return today_utc(cal);
}

std::chrono::sys_days date::to_sys_days() const {
    // |jdn| < 2^41 fits the days' representation (at least 25 bits is all the standard promises,
    // but every implementation uses a 32-bit or wider integer); check instead of wrapping.
    using rep = std::chrono::days::rep;
    const std::int64_t days = jdn_ - jdn_of_unix_epoch;
    if (days < std::numeric_limits<rep>::min() || days > std::numeric_limits<rep>::max()) {
        throw error(error_info(errc::jdn_out_of_range, error_field::julian_day, detail::msg::beyond_sys_days).with_value(jdn_));
    }
    return std::chrono::sys_days(std::chrono::days(static_cast<rep>(days)));
}

std::int64_t date::extended_year() const noexcept {
    return detail::entry_of(calendar_).extended_year(parts_.year);
}

std::string_view date::era() const { return detail::entry_of(calendar_).era_of(parts_).era; }
std::int64_t date::era_year() const { return detail::entry_of(calendar_).era_of(parts_).year; }
kalends::month_code date::month_code() const { return detail::entry_of(calendar_).month_code_of(parts_.month, parts_.year); }

int date::day_of_year() const {
    return calendar_.day_of_year(parts_);
}

int date::day_of_week() const { return detail::entry_of(calendar_).day_of_week(jdn_); }

int date::days_in_month() const {
    const detail::calendar_entry& backend = detail::entry_of(calendar_);
    const int last = detail::last_day_of_month(backend, parts_.year, parts_.month);
    const int first = detail::first_day_of_month(backend, parts_.year, parts_.month);
    return static_cast<int>(*backend.checked_date_to_jdn(parts_.year, parts_.month, last) -
                            *backend.checked_date_to_jdn(parts_.year, parts_.month, first)) + 1;
}

int date::days_in_year() const { return detail::entry_of(calendar_).days_in_year(parts_.year); }
int date::months_in_year() const { return detail::entry_of(calendar_).months_in_year(parts_.year); }
bool date::in_leap_year() const { return detail::entry_of(calendar_).is_leap_year(parts_.year); }
year_week date::week_of_year(week_rule rule) const { return kalends::week_of_year(calendar_, jdn_, rule); }

result<date> date::try_with_calendar(const calendar& cal) const {
    if (cal == calendar_) return *this;  // the same day in the same calendar: nothing to convert
    return try_from_jdn(cal, jdn_);
}
date date::with_calendar(const calendar& cal) const { return from_jdn(cal, jdn_); }

std::string date::to_string() const { return date_text(parts_.year, parts_.month, parts_.day); }

std::optional<date_unit> parse_date_unit(std::string_view text) noexcept {
    using detail::ascii_iequals;
    if (ascii_iequals(text, "years") || ascii_iequals(text, "year")) return date_unit::years;
    if (ascii_iequals(text, "months") || ascii_iequals(text, "month")) return date_unit::months;
    if (ascii_iequals(text, "weeks") || ascii_iequals(text, "week")) return date_unit::weeks;
    if (ascii_iequals(text, "days") || ascii_iequals(text, "day")) return date_unit::days;
    return std::nullopt;
}

std::optional<overflow> parse_overflow(std::string_view text) noexcept {
    using detail::ascii_iequals;
    if (ascii_iequals(text, "constrain")) return overflow::constrain;
    if (ascii_iequals(text, "reject")) return overflow::reject;
    return std::nullopt;
}

namespace {
constexpr std::array<std::string_view, 4> unit_names{"years", "months", "weeks", "days"};
constexpr std::array<std::string_view, 2> overflow_names{"constrain", "reject"};

error_info name_refused(std::string_view what, std::string_view text, std::span<const std::string_view> allowed) noexcept {
    return error_info(errc::invalid_enum_value, error_field::enum_value, detail::msg::name_not_allowed)
        .with_part(error_text(what))
        .with_text(error_text(text))
        .with_choices(allowed);
}
}  // namespace

result<date_unit> try_date_unit_named(std::string_view text) noexcept {
    if (const auto unit = parse_date_unit(text)) return *unit;
    return name_refused("largest unit", text, unit_names);
}

result<overflow> try_overflow_named(std::string_view text) noexcept {
    if (const auto mode = parse_overflow(text)) return *mode;
    return name_refused("overflow", text, overflow_names);
}

result<kalends::month_code> try_month_code_named(std::string_view text) noexcept {
    if (const auto code = month_code::parse(text)) return *code;
    return error_info(errc::invalid_month, error_field::month_code, detail::msg::month_code_malformed).with_text(error_text(text));
}

std::string_view to_string(date_unit unit) {
    if (auto failure = detail::check_enum(unit)) throw error(*failure);
    return detail::enumerator_name(unit);
}

}  // namespace kalends
