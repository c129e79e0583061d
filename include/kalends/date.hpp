// kalends::date: a day in a calendar, as Temporal.PlainDate is one.
//
// A date is a calendar handle and a Julian Day Number (with the calendar's
// fields cached). It is immutable and cheap to copy, and it may be shared
// across threads. Dates compare by JDN only, so dates in different calendars
// are ordered and equal when they are the same day; identical() also
// compares the calendar.
//
// Arithmetic follows ECMAScript Temporal (as ICU4X does):
//  - add(d) adds the years first, keeping the month code and day; then the
//    months, counting ordinal months; then regulates the day; then adds the
//    weeks and days. Under overflow::constrain (the default) a day past the
//    end of the month becomes the last day, a day skipped by a calendar
//    change (gregorian-julian) becomes the next day that exists, and a leap
//    month missing from the target year becomes the month Temporal names:
//    Hebrew M05L (Adar I) -> M06 (Adar), any other MnnL -> Mnn, and a missing
//    ordinary month Mnn the last month of the year. Under overflow::reject each
//    of those is an error instead.
//  - subtract(d) is add(d.negated()).
//  - until(other, largest) is the duration with `largest` as its largest
//    unit such that add(until(other, largest)) == other (with constrain);
//    since(other, largest) is until(other, largest).negated(), computed
//    from this date as Temporal defines it, so subtract(since(other)) == other.
//  - Work does not grow with the size of the duration: months are counted
//    with calendar_backend::months_before_year (a fixed number a year, or
//    Hebrew's 235 months in 19 years), a few virtual calls for a built-in
//    calendar and at most O(log of the range) for one registered at run time.
//  - Every result, and the year reached after adding the years and after
//    adding the months, must lie within the calendar's range; otherwise the
//    call fails (errc::invalid_year or errc::jdn_out_of_range) and no date
//    is made. The result is never a wrong date.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/duration.hpp>
#include <kalends/error.hpp>
#include <kalends/month_code.hpp>
#include <kalends/week.hpp>

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kalends {

// Every call taking these checks them: a value that names no enumerator is
// errc::invalid_enum_value.
enum class overflow { constrain, reject };

enum class date_unit { years, months, weeks, days };

// The fields a date may be made from, as Temporal.PlainDate.from takes them.
// Year: either `extended_year`, or `era` with `era_year`, or both (then they
// must agree); or only `year` in the calendar's own numbering (no year 0
// where there is none). Month: `month` (ordinal) or `month_code` or both
// (then they must agree).
struct date_fields {
    std::optional<std::int64_t> extended_year;
    std::optional<std::string_view> era;
    std::optional<std::int64_t> era_year;
    std::optional<int> year;
    std::optional<int> month;
    std::optional<kalends::month_code> month_code;
    int day = 1;
};

class date {
public:
    // 1970-01-01 in the Gregorian calendar.
    date() noexcept;

    // Year in the calendar's own numbering, ordinal month, day. Throws kalends::error.
    date(const calendar& cal, int year, int month, int day);
    [[nodiscard]] static result<date> try_make(const calendar& cal, int year, int month, int day);

    // From fields (see date_fields). Under overflow::constrain an ordinal month
    // past the end of the year becomes the last month, a missing month code
    // is replaced as add() does, and a day past the end of the month becomes
    // the last day; under overflow::reject each of those is an error.
    [[nodiscard]] static date from_fields(const calendar& cal, const date_fields& fields,
                                          overflow mode = overflow::reject);
    [[nodiscard]] static result<date> try_from_fields(const calendar& cal, const date_fields& fields,
                                                      overflow mode = overflow::reject);

    [[nodiscard]] static date from_jdn(const calendar& cal, std::int64_t jdn);
    [[nodiscard]] static result<date> try_from_jdn(const calendar& cal, std::int64_t jdn);
    [[nodiscard]] static date from_sys_days(const calendar& cal, std::chrono::sys_days day);
    [[nodiscard]] static result<date> try_from_sys_days(const calendar& cal, std::chrono::sys_days day);

    // Today in the local time zone. Uses std::chrono::current_zone() where the
    // standard library has it; otherwise (libstdc++ before 13, or no zone
    // database) the C library's localtime_r, which follows TZ and
    // /etc/localtime. Falls back to UTC if both fail.
    [[nodiscard]] static date today(const calendar& cal = calendar());
    // Today in UTC.
    [[nodiscard]] static date today_utc(const calendar& cal = calendar());

    // --- The day ---
    [[nodiscard]] const calendar& get_calendar() const noexcept { return calendar_; }
    [[nodiscard]] std::int64_t jdn() const noexcept { return jdn_; }
    [[nodiscard]] std::chrono::sys_days to_sys_days() const;
    [[nodiscard]] date_parts parts() const noexcept { return parts_; }

    // --- Fields ---
    [[nodiscard]] int year() const noexcept { return parts_.year; }  // the calendar's own numbering
    [[nodiscard]] std::int64_t extended_year() const noexcept;     // counted without gaps (1 BCE = 0)
    [[nodiscard]] std::string_view era() const;                     // "" where the calendar has no eras
    [[nodiscard]] std::int64_t era_year() const;
    [[nodiscard]] int month() const noexcept { return parts_.month; }  // ordinal, 1..months_in_year()
    [[nodiscard]] kalends::month_code month_code() const;
    [[nodiscard]] bool is_leap_month() const { return month_code().is_leap(); }
    [[nodiscard]] int day() const noexcept { return parts_.day; }
    // 1-based; counts the days that exist (a changeover year skips some).
    [[nodiscard]] int day_of_year() const;
    [[nodiscard]] int day_of_week() const;  // ISO: 1 = Monday ... 7 = Sunday
    // The number of days the month has (for a month shortened by a calendar
    // change, fewer than its last day number).
    [[nodiscard]] int days_in_month() const;
    [[nodiscard]] int days_in_year() const;
    [[nodiscard]] int months_in_year() const;
    [[nodiscard]] bool in_leap_year() const;
    [[nodiscard]] year_week week_of_year(week_rule rule = iso_week_rule) const;

    // The same day in another calendar. Throws errc::jdn_out_of_range if that
    // calendar's range does not include it.
    [[nodiscard]] date with_calendar(const calendar& cal) const;
    [[nodiscard]] result<date> try_with_calendar(const calendar& cal) const;

    // --- Arithmetic (see the top of this file) ---
    [[nodiscard]] date add(const duration& d, overflow mode = overflow::constrain) const;
    [[nodiscard]] result<date> try_add(const duration& d, overflow mode = overflow::constrain) const;
    [[nodiscard]] date subtract(const duration& d, overflow mode = overflow::constrain) const;
    [[nodiscard]] result<date> try_subtract(const duration& d, overflow mode = overflow::constrain) const;
    // `other` is taken in this date's calendar (as other.with_calendar(get_calendar())).
    // Throws errc::jdn_out_of_range if this calendar cannot hold it.
    [[nodiscard]] duration until(const date& other, date_unit largest = date_unit::days) const;
    [[nodiscard]] result<duration> try_until(const date& other, date_unit largest = date_unit::days) const;
    // Temporal's since: until(other, largest).negated().
    [[nodiscard]] duration since(const date& other, date_unit largest = date_unit::days) const;
    [[nodiscard]] result<duration> try_since(const date& other, date_unit largest = date_unit::days) const;

    // "2024-02-29" style: the calendar's own year (with a minus sign for years
    // before 1), ordinal month and day, zero-padded; no calendar annotation.
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const date& a, const date& b) noexcept { return a.jdn_ == b.jdn_; }
    friend std::strong_ordering operator<=>(const date& a, const date& b) noexcept { return a.jdn_ <=> b.jdn_; }
    // Same day and same calendar.
    [[nodiscard]] friend bool identical(const date& a, const date& b) noexcept {
        return a.jdn_ == b.jdn_ && a.calendar_ == b.calendar_;
    }

private:
    date(const calendar& cal, std::int64_t jdn, const date_parts& parts) noexcept
        : calendar_(cal), jdn_(jdn), parts_(parts) {}
    friend struct date_access;

    calendar calendar_;
    std::int64_t jdn_;
    date_parts parts_;
};

// Parses a date_unit name: "years"/"year", "months"/"month", "weeks"/"week",
// "days"/"day" (ASCII case-insensitive); std::nullopt for anything else.
[[nodiscard]] std::optional<date_unit> parse_date_unit(std::string_view text) noexcept;
// Parses an overflow name: "constrain" or "reject" (ASCII case-insensitive);
// std::nullopt for anything else.
[[nodiscard]] std::optional<overflow> parse_overflow(std::string_view text) noexcept;
// The same for a name from outside (a binding's argument): the error,
// errc::invalid_enum_value, quotes the name and lists the names allowed.
[[nodiscard]] result<date_unit> try_date_unit_named(std::string_view text) noexcept;
[[nodiscard]] result<overflow> try_overflow_named(std::string_view text) noexcept;
// "M01".."M99", with L for a leap month ("M05L"); errc::invalid_month
// (field month_code) for any other text.
[[nodiscard]] result<kalends::month_code> try_month_code_named(std::string_view text) noexcept;
// Throws kalends::error (errc::invalid_enum_value) for a value that names no unit.
[[nodiscard]] std::string_view to_string(date_unit unit);

}  // namespace kalends
