// The interface every calendar implements, built-in or registered at run time.
//
// Writing a calendar takes one class: derive from calendar_backend, implement
// the pure virtuals, and register an instance with kalends::register_calendar
// (see registry.hpp). The library validates every argument before it calls a
// virtual, so an implementation may rely on the preconditions written beside
// each one: years within [minimum_year(), maximum_year()] (and not 0 unless
// has_year_zero()), months within 1..months_in_year(year), days within
// 1..days_in_month(month, year), and day numbers within the calendar's range.
//
// A backend holds only a calendar's rules: its ID, names and range belong to
// the registry's entry for it. It must be immutable after construction (or
// synchronize itself): handles share it across threads. Its virtuals may throw; the exception
// reaches the caller unchanged and leaves the library's state as it was.
//
// A minimal example, a calendar whose years have 12 months of 30 days:
//
//     struct thirty_day_calendar final : kalends::calendar_backend {
//         int minimum_year() const override { return 1; }
//         int maximum_year() const override { return 1'000'000; }
//         int months_in_year(int) const override { return 12; }
//         int days_in_month(int, int) const override { return 30; }
//         int max_days_in_month_of(int) const override { return 30; }
//         bool is_leap_year(int) const override { return false; }
//         kalends::calendar_kind kind() const override { return kalends::calendar_kind::solar; }
//         std::int64_t date_to_jdn(int y, int m, int d) const override {
//             return 2'000'000 + (y - 1) * std::int64_t{360} + (m - 1) * 30 + (d - 1);
//         }
//         kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
//             const std::int64_t n = jdn - 2'000'000;
//             return {static_cast<int>(n / 360 + 1), static_cast<int>(n % 360 / 30 + 1),
//                     static_cast<int>(n % 30 + 1)};
//         }
//     };
//     auto id = kalends::register_calendar(std::make_shared<thirty_day_calendar>(), {"thirty"});
#pragma once

#include <kalends/calendar_system.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/month_code.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kalends {

// The day numbers any calendar may use: +-2^53 (the integers a double holds
// exactly, about 2.5e13 years either way). Registration refuses a backend
// whose range reaches beyond them, so that arithmetic on day numbers (adding
// a duration's 2^42 days, differences, day-count offsets) never overflows.
inline constexpr std::int64_t min_backend_jdn = -(std::int64_t{1} << 53);
inline constexpr std::int64_t max_backend_jdn = std::int64_t{1} << 53;

// What the checked conversions and the bulk API give for an invalid date:
// no calendar's range reaches this day number.
inline constexpr std::int64_t invalid_jdn = std::numeric_limits<std::int64_t>::min();
static_assert(invalid_jdn < min_backend_jdn);

// What a calendar's months follow: the sun (Gregorian, Persian), the moon
// (Islamic) or both (Hebrew); QCalendar's isSolar / isLunar / isLuniSolar.
enum class calendar_kind { solar, lunar, luni_solar };

class calendar_backend {
public:
    calendar_backend() = default;
    calendar_backend(const calendar_backend&) = delete;
    calendar_backend& operator=(const calendar_backend&) = delete;
    virtual ~calendar_backend();

    // --- Range: the years this calendar converts exactly. ---
    [[nodiscard]] virtual int minimum_year() const = 0;
    [[nodiscard]] virtual int maximum_year() const = 0;
    [[nodiscard]] virtual bool has_year_zero() const { return false; }

    // --- Structure of a valid year. ---
    [[nodiscard]] virtual int months_in_year(int year) const = 0;
    [[nodiscard]] virtual int days_in_month(int month, int year) const = 0;
    // The longest the month can be in any year. Precondition: 1 <= month <= maximum_months_in_year().
    [[nodiscard]] virtual int max_days_in_month_of(int month) const = 0;
    // Default: the sum of the month lengths (kalends::error with
    // errc::invalid_backend if that sum does not fit an int).
    [[nodiscard]] virtual int days_in_year(int year) const;
    [[nodiscard]] virtual bool is_leap_year(int year) const = 0;
    // The months from the start of year 1 to the start of `year` (negative
    // before year 1): what month arithmetic counts with. Default: every year
    // has maximum_months_in_year() months. A calendar whose years differ in
    // their number of months must override it (in O(1), as Hebrew's
    // 235-months-in-19-years count does); registration checks it against
    // months_in_year() over samples of the range and refuses a backend that
    // disagrees. Precondition: the year is valid.
    [[nodiscard]] virtual std::int64_t months_before_year(int year) const;

    // --- Conversion. ---
    // Precondition: the date is valid (see is_date_valid).
    [[nodiscard]] virtual std::int64_t date_to_jdn(int year, int month, int day) const = 0;
    // Precondition: first_jdn() <= jdn <= last_jdn().
    [[nodiscard]] virtual date_parts jdn_to_date(std::int64_t jdn) const = 0;
    // Validates, then converts; invalid_jdn for an invalid date. Built-ins
    // override it with a fused check; the default calls is_date_valid and
    // date_to_jdn. A plain integer rather than std::optional because this is
    // the handle's hot path, and GCC returns an optional through memory.
    [[nodiscard]] virtual std::int64_t date_to_jdn_or_invalid(int year, int month, int day) const;
    // The same with nullopt for an invalid date.
    [[nodiscard]] std::optional<std::int64_t> checked_date_to_jdn(int year, int month, int day) const {
        const std::int64_t jdn = date_to_jdn_or_invalid(year, month, day);
        if (jdn == invalid_jdn) return std::nullopt;
        return jdn;
    }
    // Many conversions in one call (see bulk.hpp): invalid elements get
    // invalid_parts / invalid_jdn and are counted. Defaults loop over the
    // single conversions; built-ins run their kernel in a tight loop.
    // Precondition: out.size() >= the input's size.
    [[nodiscard]] virtual std::size_t jdns_to_dates(std::span<const std::int64_t> jdns, std::span<date_parts> out) const;
    [[nodiscard]] virtual std::size_t dates_to_jdns(std::span<const date_parts> parts, std::span<std::int64_t> out) const;
    // ISO weekday, 1 = Monday ... 7 = Sunday. Default: the seven-day week
    // continuous with every other calendar's. Precondition: jdn in range.
    [[nodiscard]] virtual int day_of_week(std::int64_t jdn) const;

    // --- Month codes and eras (defaults: "M01".. by ordinal, no eras). ---
    // Precondition for both: the year is valid; for month_code_of, so is the month.
    [[nodiscard]] virtual month_code month_code_of(int month, int year) const;
    // The ordinal month that has this code in this year, or nullopt if the year has no such month.
    [[nodiscard]] virtual std::optional<int> month_of_code(month_code code, int year) const;
    // The code that overflow::constrain takes in place of a leap-month code
    // the year lacks, as ECMAScript Temporal does. Default: MnnL -> Mnn
    // (Hebrew overrides it: M05L, Adar I, -> M06, Adar). Precondition: code.is_leap().
    [[nodiscard]] virtual month_code month_code_for_missing_leap(month_code code) const;
    // Precondition: the date is valid. Default: {"", year}.
    [[nodiscard]] virtual era_year era_of(const date_parts& date) const;
    // The calendar year of year `year` of `era`, or nullopt if the era is
    // unknown or has no such year. Default: only era "" exists.
    [[nodiscard]] virtual std::optional<int> year_of_era(std::string_view era, std::int64_t year) const;
    // Every era code, most recent first. Default: none.
    [[nodiscard]] virtual std::span<const std::string_view> era_codes() const;
    // The year's place in a 60-year cycle of named years (the Chinese
    // sexagenary cycle: 1 is jiazi), for calendars that name years so; 1..60,
    // or nullopt if the calendar has no such cycle. Precondition: the year is valid.
    [[nodiscard]] virtual std::optional<int> cycle_year(int year) const;

    // --- Properties, as QCalendar reports them. ---
    [[nodiscard]] virtual calendar_kind kind() const = 0;
    [[nodiscard]] virtual bool is_proleptic() const { return true; }
    [[nodiscard]] virtual int maximum_days_in_month() const { return 31; }
    [[nodiscard]] virtual int minimum_days_in_month() const { return 29; }
    [[nodiscard]] virtual int maximum_months_in_year() const { return 12; }

    // --- What the library asks beyond the rules (defaults: nothing). ---
    // The built-in calendar whose English month names and conventional first
    // weekday this calendar shares; calendar_system::user for none (months
    // are then "Month N", month grids start on Monday).
    [[nodiscard]] virtual calendar_system conventions_of() const { return calendar_system::user; }
    // The first day of a change of rules within the calendar, as the first
    // Gregorian day of a Julian-Gregorian changeover; nullopt for none.
    [[nodiscard]] virtual std::optional<std::int64_t> reform_jdn() const { return std::nullopt; }
    // The years the calendar gives by its full rule, for a calendar that
    // approximates outside them (an opt-in variant that extends an official
    // or astronomical table); nullopt: exact over its whole range.
    [[nodiscard]] virtual std::optional<year_bounds> exact_years() const { return std::nullopt; }

    // --- Not virtual: the rules above, combined. ---

    // True if year, month and day name a date of this calendar within its range.
    [[nodiscard]] bool is_date_valid(int year, int month, int day) const;
    // True if the year is valid and the month within 1..months_in_year(year).
    [[nodiscard]] bool is_month_valid(int month, int year) const;
    // True if the year is within the range (and not 0 where there is no year 0).
    [[nodiscard]] bool is_year_valid(int year) const {
        return year >= minimum_year() && year <= maximum_year() && (year != 0 || has_year_zero());
    }

    // The declared range reduced to valid years: a range that starts or ends
    // at 0 without a year 0 starts or ends one year further in.
    [[nodiscard]] int first_valid_year() const {
        const int first = minimum_year();
        return first == 0 && !has_year_zero() ? 1 : first;
    }
    [[nodiscard]] int last_valid_year() const {
        const int last = maximum_year();
        return last == 0 && !has_year_zero() ? -1 : last;
    }

    // The year counted without gaps: the year itself where there is a year 0,
    // otherwise 1 BCE-style -1 becomes 0, -2 becomes -1, and so on.
    [[nodiscard]] static constexpr std::int64_t extended_year(int year, bool has_year_zero) noexcept {
        return (has_year_zero || year > 0) ? std::int64_t{year} : std::int64_t{year} + 1;
    }
};

}  // namespace kalends
