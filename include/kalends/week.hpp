// Weeks of the year, in any calendar.
//
// A week rule says on which weekday weeks start and how many days of a new
// year the first week must hold. Week 1 of a year is the first week (starting
// on rule.first_weekday) with at least rule.min_days days of that calendar
// year; days before it belong to the last week of the previous year, and days
// of the last week that holds fewer than min_days days of its year belong to
// week 1 of the next year. ISO 8601 is {Monday, 4} over the Gregorian
// calendar; {Sunday, 1} is the common US rule.
#pragma once

#include <kalends/calendar.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace kalends {

struct week_rule {
    int first_weekday = 1;  // ISO weekday 1 = Monday ... 7 = Sunday
    int min_days = 4;       // 1..7
    friend constexpr bool operator==(const week_rule&, const week_rule&) = default;
};

inline constexpr week_rule iso_week_rule{1, 4};

// A week-based year (which may differ from the calendar year near its ends)
// and the week 1..53 (or more, in calendars with longer years) within it.
struct year_week {
    int year = 0;
    int week = 0;
    friend constexpr bool operator==(const year_week&, const year_week&) = default;
};

// The week of `jdn` in `cal` under `rule`. Throws kalends::error:
// errc::invalid_weekday for a first_weekday outside 1..7, errc::invalid_day
// for min_days outside 1..7, errc::jdn_out_of_range if the day lies outside
// the calendar's range, or its week belongs to a year outside it (the first
// days of the first year, the last days of the last). What a user backend
// throws passes through unchanged; the try_ form reports it as
// errc::invalid_backend.
[[nodiscard]] year_week week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule);
[[nodiscard]] result<year_week> try_week_of_year(const calendar& cal, std::int64_t jdn, week_rule rule) noexcept;

// The ISO 8601 week of a day: the Gregorian calendar under iso_week_rule.
[[nodiscard]] year_week iso_week(std::int64_t jdn);

// The JDN of the first day of week 1 of `year` (a day which may lie in the
// previous year, even before the calendar's first day); an error if the
// rule or the year is invalid. Week 1 holds the year's first day that exists
// (a calendar change may skip 1 January).
[[nodiscard]] result<std::int64_t> try_first_day_of_week_year(const calendar& cal, int year,
                                                              week_rule rule) noexcept;

// The ISO weekday that month grids of `cal` conventionally start with: CLDR's
// first day of the week in the calendar's main region, from its descriptor.
// Sunday for the Gregorian, Julian, Revised Julian (as Debian's cal prints
// them), Hebrew, Ethiopic, Indian, Buddhist, ROC and Japanese calendars;
// Saturday for the Persian, Islamic and Coptic ones (Iran, much of the Arab
// world, Egypt); Monday (ISO 8601) for iso8601 and for a calendar registered
// at run time, unless its backend's conventions_of() names a built-in.
[[nodiscard]] int conventional_first_weekday(const calendar& cal);

// Week rules of regions, from CLDR supplemental weekData (generated into
// src/week_rules_table.hpp by scripts/generate_week_rules.py): e.g. "US"
// {Sunday, 1}, "DE" {Monday, 4}, "IR" and "EG" {Saturday, 1}. `region` is an
// ISO 3166 alpha-2 code (ASCII case-insensitive) or a UN M.49 three-digit
// code; a well-formed code that CLDR does not list gets the world's ("001")
// rule, {Monday, 1}, as CLDR prescribes. Throws kalends::error
// (errc::invalid_weekday, for want of a closer code) for a malformed code.
[[nodiscard]] week_rule week_rule_for_region(std::string_view region);
[[nodiscard]] result<week_rule> try_week_rule_for_region(std::string_view region) noexcept;

// The week rule of a locale's region subtag: "en_US", "en-US", "de_DE@calendar=gregorian",
// "fa-Arab-IR". A locale without a region subtag ("de") is an error: kalends
// has no likely-subtags data to guess one.
[[nodiscard]] week_rule week_rule_for_locale(std::string_view locale);
[[nodiscard]] result<week_rule> try_week_rule_for_locale(std::string_view locale) noexcept;

}  // namespace kalends
