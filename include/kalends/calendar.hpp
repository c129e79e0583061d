// kalends::calendar: a small value handle to one calendar, as QCalendar is.
//
// A handle shares ownership of its backend, so it stays valid after the
// calendar is unregistered, in any thread, and during static destruction.
// Every argument is checked in every build type: the throwing members throw
// kalends::error with a message that says what was wrong and what is allowed;
// the try_ members return the same error in a result, allocating nothing.
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/calendar_system.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/detail/calendar_entry.hpp>
#include <kalends/error.hpp>
#include <kalends/month_code.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kalends {

class calendar;
namespace detail {
class registry;
// The registry's entry a handle points at (for the library's own code).
const calendar_entry& entry_of(const calendar& cal) noexcept;
}  // namespace detail

class calendar {
public:
    // The proleptic Gregorian calendar.
    calendar() noexcept;
    // A built-in calendar. Throws errc::invalid_calendar_system for any value
    // that names none (including calendar_system::user).
    explicit calendar(calendar_system system);
    // By name or alias, ASCII case-insensitively, without trimming. Throws errc::unknown_calendar_name.
    explicit calendar(std::string_view name);
    // By numeric ID. Throws errc::unknown_calendar_id.
    explicit calendar(calendar_id id);

    // The same without throwing: errc and message as the constructors'.
    [[nodiscard]] static result<calendar> find(calendar_system system) noexcept;
    [[nodiscard]] static result<calendar> find(std::string_view name);
    [[nodiscard]] static result<calendar> find(calendar_id id);
    // The calendar registered with this backend object (its rules), while it is registered.
    [[nodiscard]] static result<calendar> find(const calendar_backend& backend);

    // --- Identity ---
    [[nodiscard]] std::string_view name() const noexcept;            // primary name
    [[nodiscard]] std::span<const std::string> names() const noexcept;  // primary name first, then aliases
    // For a built-in calendar one of whose names means a different calendar
    // in another library (ICU's "islamic"), a sentence that says so; else empty.
    [[nodiscard]] std::string_view name_note() const noexcept;
    [[nodiscard]] calendar_id id() const noexcept { return entry_->id(); }
    [[nodiscard]] calendar_system system() const noexcept { return entry_->system(); }
    // Always true: a handle cannot be empty (moving from one copies it).
    // Kept for parity with QCalendar::isValid().
    [[nodiscard]] bool is_valid() const noexcept { return entry_ != nullptr; }
    // The calendar's rules (its identity and range are the handle's).
    [[nodiscard]] const calendar_backend& backend() const noexcept { return entry_->rules(); }

    // --- Properties ---
    [[nodiscard]] bool is_gregorian() const noexcept { return system() == calendar_system::gregorian; }
    [[nodiscard]] calendar_kind kind() const { return entry_->kind(); }
    [[nodiscard]] bool is_lunar() const { return kind() == calendar_kind::lunar; }
    [[nodiscard]] bool is_luni_solar() const { return kind() == calendar_kind::luni_solar; }
    [[nodiscard]] bool is_solar() const { return kind() == calendar_kind::solar; }
    [[nodiscard]] bool is_proleptic() const { return entry_->is_proleptic(); }
    // The years the calendar gives by its full rule where it approximates
    // outside them (chinese-extended: 1645..2644), within its range; empty
    // (first > last) if it approximates every year; nullopt if it is exact
    // in every year of its range.
    [[nodiscard]] std::optional<year_bounds> exact_years() const;
    // False for a year the calendar only approximates (see exact_years).
    [[nodiscard]] bool is_year_exact(int year) const;
    [[nodiscard]] bool has_year_zero() const noexcept { return entry_->has_year_zero(); }
    [[nodiscard]] int maximum_days_in_month() const { return entry_->maximum_days_in_month(); }
    [[nodiscard]] int minimum_days_in_month() const { return entry_->minimum_days_in_month(); }
    [[nodiscard]] int maximum_months_in_year() const { return entry_->maximum_months_in_year(); }
    [[nodiscard]] int minimum_year() const noexcept { return entry_->minimum_year(); }
    [[nodiscard]] int maximum_year() const noexcept { return entry_->maximum_year(); }
    [[nodiscard]] std::int64_t first_jdn() const noexcept { return entry_->first_jdn(); }
    [[nodiscard]] std::int64_t last_jdn() const noexcept { return entry_->last_jdn(); }

    // --- Years and months ---
    // The longest the month can be in any year (QCalendar::daysInMonth without a year).
    [[nodiscard]] result<int> try_days_in_month(int month) const;
    [[nodiscard]] result<int> try_days_in_month(int month, int year) const;
    [[nodiscard]] result<int> try_days_in_year(int year) const;
    [[nodiscard]] result<int> try_months_in_year(int year) const;
    [[nodiscard]] result<bool> try_is_leap_year(int year) const;
    [[nodiscard]] int days_in_month(int month) const { return try_days_in_month(month).value(); }
    [[nodiscard]] int days_in_month(int month, int year) const { return try_days_in_month(month, year).value(); }
    [[nodiscard]] int days_in_year(int year) const { return try_days_in_year(year).value(); }
    [[nodiscard]] int months_in_year(int year) const { return try_months_in_year(year).value(); }
    [[nodiscard]] bool is_leap_year(int year) const { return try_is_leap_year(year).value(); }
    // Never throws for bad input: false is the answer. The backend's own
    // check, so that a day a reform skipped (1582-10-10 in gregorian-julian)
    // is refused here as date_from_parts refuses it.
    [[nodiscard]] bool is_date_valid(int year, int month, int day) const {
        return entry_->date_to_jdn_or_invalid(year, month, day) != invalid_jdn;
    }
    [[nodiscard]] bool is_date_valid(const date_parts& parts) const { return is_date_valid(parts.year, parts.month, parts.day); }

    // --- Month codes, eras and extended years ---
    [[nodiscard]] result<month_code> try_month_code_of(int month, int year) const;
    [[nodiscard]] month_code month_code_of(int month, int year) const { return try_month_code_of(month, year).value(); }
    // The ordinal month with this code in this year; errc::invalid_month if the year has none.
    [[nodiscard]] result<int> try_month_of_code(month_code code, int year) const;
    [[nodiscard]] int month_of_code(month_code code, int year) const { return try_month_of_code(code, year).value(); }
    [[nodiscard]] result<era_year> try_era_of(const date_parts& date) const;
    [[nodiscard]] era_year era_of(const date_parts& date) const { return try_era_of(date).value(); }
    // The year's place in the 60-year cycle of named years (1 = jiazi, 甲子;
    // 1984 in the Chinese calendar), for calendars that name years so;
    // errc::invalid_year if the year is out of range or the calendar has no cycle.
    [[nodiscard]] result<int> try_cycle_year(int year) const;
    [[nodiscard]] int cycle_year(int year) const { return try_cycle_year(year).value(); }
    // The calendar year of a year of an era; errc::invalid_year if the era is unknown or has no such year.
    [[nodiscard]] result<int> try_year_of_era(std::string_view era, std::int64_t year) const;
    [[nodiscard]] int year_of_era(std::string_view era, std::int64_t year) const {
        return try_year_of_era(era, year).value();
    }
    [[nodiscard]] std::span<const std::string_view> era_codes() const { return entry_->era_codes(); }
    // The year counted without gaps (see calendar_backend::extended_year).
    [[nodiscard]] result<std::int64_t> try_extended_year(int year) const;
    [[nodiscard]] std::int64_t extended_year(int year) const { return try_extended_year(year).value(); }

    // --- Conversion through the Julian Day Number ---
    // The try_ forms say why a date or day number is refused (for a bulk
    // element marked invalid, too). The throwing forms are inline: one
    // virtual call, with the error path out of line.
    [[nodiscard]] result<std::int64_t> try_date_from_parts(int year, int month, int day) const {
        const std::int64_t jdn = entry_->date_to_jdn_or_invalid(year, month, day);
        if (jdn == invalid_jdn) [[unlikely]] return why_invalid(year, month, day);
        return jdn;
    }
    [[nodiscard]] result<std::int64_t> try_date_from_parts(const date_parts& parts) const {
        return try_date_from_parts(parts.year, parts.month, parts.day);
    }
    [[nodiscard]] std::int64_t date_from_parts(int year, int month, int day) const {
        const std::int64_t jdn = entry_->date_to_jdn_or_invalid(year, month, day);
        if (jdn == invalid_jdn) [[unlikely]] raise(why_invalid(year, month, day));
        return jdn;
    }
    [[nodiscard]] std::int64_t date_from_parts(const date_parts& parts) const {
        return date_from_parts(parts.year, parts.month, parts.day);
    }
    [[nodiscard]] result<date_parts> try_parts_from_date(std::int64_t jdn) const {
        if (!is_jdn_in_range(jdn)) [[unlikely]] return why_out_of_range(jdn);
        return entry_->jdn_to_date(jdn);
    }
    [[nodiscard]] date_parts parts_from_date(std::int64_t jdn) const {
        if (!is_jdn_in_range(jdn)) [[unlikely]] raise(why_out_of_range(jdn));
        return entry_->jdn_to_date(jdn);
    }
    [[nodiscard]] bool is_jdn_in_range(std::int64_t jdn) const noexcept { return entry_->is_jdn_in_range(jdn); }
    // ISO weekday, 1 = Monday ... 7 = Sunday.
    [[nodiscard]] result<int> try_day_of_week(std::int64_t jdn) const;
    [[nodiscard]] int day_of_week(std::int64_t jdn) const { return try_day_of_week(jdn).value(); }

    // --- Days and months that exist (a calendar change skips some) ---
    // 1-based: the days of the year that exist up to this date. errc for an
    // invalid date; errc::invalid_backend for a year longer than an int.
    [[nodiscard]] result<int> try_day_of_year(const date_parts& parts) const;
    [[nodiscard]] int day_of_year(const date_parts& parts) const { return try_day_of_year(parts).value(); }
    // The first day number of the month that exists (1 but in a month a
    // reform began in: Russia, February 1918, starts on the 14th).
    [[nodiscard]] result<int> try_first_day_of_month(int month, int year) const;
    [[nodiscard]] int first_day_of_month(int month, int year) const {
        return try_first_day_of_month(month, year).value();
    }
    // The month `delta` months after (before, if negative) this one, through
    // the calendar's own years (no year 0 where there is none); errc::invalid_year
    // if that leaves the range. O(1) virtual calls for a fixed number of months a year.
    [[nodiscard]] result<year_month> try_add_months(year_month from, std::int64_t delta) const;
    [[nodiscard]] year_month add_months(year_month from, std::int64_t delta) const {
        return try_add_months(from, delta).value();
    }

    // As QCalendar::matchCenturyToWeekday (Qt 6.7): the JDN of the date with
    // parts' month and day whose year differs from parts.year by a multiple
    // of 100 and which falls on ISO weekday `weekday`; smaller multiples are
    // preferred to larger, positive to negative. Searches up to
    // century_search_limit centuries either way; errc::no_matching_date if none.
    static constexpr int century_search_limit = 100;
    [[nodiscard]] result<std::int64_t> try_match_century_to_weekday(const date_parts& parts, int weekday) const;
    [[nodiscard]] std::int64_t match_century_to_weekday(const date_parts& parts, int weekday) const {
        return try_match_century_to_weekday(parts, weekday).value();
    }

    // --- <chrono> interoperability ---
    // sys_days counts days from 1970-01-01 (JDN 2440588).
    [[nodiscard]] result<std::chrono::sys_days> try_to_sys_days(const date_parts& parts) const;
    [[nodiscard]] std::chrono::sys_days to_sys_days(const date_parts& parts) const {
        return try_to_sys_days(parts).value();
    }
    [[nodiscard]] result<date_parts> try_from_sys_days(std::chrono::sys_days day) const;
    [[nodiscard]] date_parts from_sys_days(std::chrono::sys_days day) const { return try_from_sys_days(day).value(); }
    // year_month_day is proleptic Gregorian with a year 0 and years -32767..32767.
    [[nodiscard]] result<std::chrono::year_month_day> try_to_year_month_day(const date_parts& parts) const;
    [[nodiscard]] std::chrono::year_month_day to_year_month_day(const date_parts& parts) const {
        return try_to_year_month_day(parts).value();
    }
    [[nodiscard]] result<date_parts> try_from_year_month_day(const std::chrono::year_month_day& ymd) const;
    [[nodiscard]] date_parts from_year_month_day(const std::chrono::year_month_day& ymd) const {
        return try_from_year_month_day(ymd).value();
    }

    // Same calendar: same backend object.
    friend bool operator==(const calendar& a, const calendar& b) noexcept { return a.entry_ == b.entry_; }

    calendar(const calendar&) noexcept = default;
    calendar& operator=(const calendar&) noexcept = default;
    // Moving copies, so that a moved-from handle stays usable.
    // NOLINTNEXTLINE(performance-move-constructor-init,cert-oop11-cpp): the copy is the point.
    calendar(calendar&& other) noexcept : entry_(other.entry_) {}
    calendar& operator=(calendar&& other) noexcept {
        entry_ = other.entry_;
        return *this;
    }
    ~calendar() = default;

private:
    // Why the backend refused a date or a day number (the error paths of the inline conversions).
    [[nodiscard]] error_info why_invalid(int year, int month, int day) const;
    [[nodiscard]] error_info why_out_of_range(std::int64_t jdn) const noexcept;
    [[noreturn]] static void raise(const error_info& failure);

    friend class detail::registry;
    friend const detail::calendar_entry& detail::entry_of(const calendar& cal) noexcept;
    explicit calendar(std::shared_ptr<const detail::calendar_entry> entry) noexcept : entry_(std::move(entry)) {}

    std::shared_ptr<const detail::calendar_entry> entry_;
};

// Day-count conversions.
inline constexpr std::int64_t jdn_of_unix_epoch = 2440588;  // 1970-01-01
inline constexpr std::int64_t jdn_of_rata_die_epoch = 1721425;  // RD 0 = 0000-12-31 (Gregorian)
inline constexpr std::int64_t jdn_of_mjd_epoch = 2400001;  // MJD 0 = 1858-11-17

}  // namespace kalends
