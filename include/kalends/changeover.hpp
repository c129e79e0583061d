// The Julian-Gregorian changeover calendar: the Julian calendar up to a
// switch date, the Gregorian calendar from it on, as ICU's GregorianCalendar
// (setGregorianChange) and Unix ncal model the reform.
//
// Day numbers keep their historical labels: in the default calendar
// (built-in "gregorian-julian") Thursday 4 October 1582 (Julian) is followed
// by Friday 15 October 1582 (Gregorian), and days 5..14 of that month do not
// exist: the handle refuses them (try_date_from_parts returns nullopt,
// date_from_parts throws errc::invalid_day). The backend's days_in_month()
// is the month's last day number (31 for October 1582), its days_in_year()
// the number of days that exist (355 for 1582); kalends::date::days_in_month()
// counts days (21). Years follow ICU's GregorianCalendar and kalends'
// gregorian: no year 0, year -1 is 1 BCE, eras "ce" and "bce"; every int32
// year. is_leap_year follows ICU: the Gregorian rule from the year of the
// switch on, the Julian rule before it.
//
// A switch is given by its first Gregorian day (as setGregorianChange takes
// it) or by a country preset (ncal -p's list, which names the last Julian
// day). It must lie between Gregorian 0200-03-01 (before it, Julian dates
// are ahead of Gregorian ones and day labels would repeat) and Gregorian
// 3899-12-31 (after it, the skipped days could swallow a whole February).
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/error.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

namespace kalends {

// JDN of Gregorian 1582-10-15, the first Gregorian day of the built-in gregorian-julian.
inline constexpr std::int64_t default_gregorian_change_jdn = 2299161;
inline constexpr std::int64_t min_gregorian_change_jdn = kernels::gregorian::to_jdn(200, 3, 1);
inline constexpr std::int64_t max_gregorian_change_jdn = kernels::gregorian::to_jdn(3899, 12, 31);

// A country's reform as `ncal -p` lists it (util-linux/BSD ncal's table).
struct changeover_preset {
    std::string_view code;     // ISO 3166 alpha-2, upper case: "GB"
    std::string_view country;  // "United Kingdom"
    int last_julian_year;      // the last Julian day, in the Julian calendar
    int last_julian_month;
    int last_julian_day;
    // The first Gregorian day: the day after the last Julian day.
    [[nodiscard]] std::int64_t first_gregorian_jdn() const noexcept;
};

// Every preset, ordered by code.
[[nodiscard]] std::span<const changeover_preset> changeover_presets() noexcept;
// By code, ASCII case-insensitively; nullopt if there is none.
[[nodiscard]] std::optional<changeover_preset> find_changeover_preset(std::string_view code) noexcept;

// A new, unregistered changeover backend, to be registered with
// register_calendar(). Throws errc::jdn_out_of_range for a switch outside
// min_gregorian_change_jdn..max_gregorian_change_jdn, errc::unknown_calendar_name
// for an unknown country code (the message lists the known ones).
[[nodiscard]] std::shared_ptr<calendar_backend> make_changeover_backend(std::int64_t first_gregorian_jdn);
[[nodiscard]] std::shared_ptr<calendar_backend> make_changeover_backend(std::string_view country_code);

// The changeover calendar of a country preset, registered on first use as a
// user calendar named "gregorian-julian-" + the lower-case code
// ("gregorian-julian-gb"); later calls (from any thread) return that
// calendar. Throws like make_changeover_backend, and errc::name_taken if
// another kind of calendar holds the name.
[[nodiscard]] calendar changeover_calendar(std::string_view country_code);

// The first Gregorian day of a changeover calendar (its backend's
// reform_jdn()); nullopt for any other calendar.
[[nodiscard]] std::optional<std::int64_t> gregorian_change_of(const calendar& cal);

}  // namespace kalends
