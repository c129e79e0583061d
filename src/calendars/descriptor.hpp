// What the library knows about a built-in calendar besides its rules: its
// identity, kind, English month names, where CLDR has its names in every locale, the weekday its month grids start
// with, and how to build its backend. Each family of calendars keeps its
// descriptors in its own file in this folder; src/builtin_calendars.cpp lists
// them in calendar_system order (checked at compile time), and names, weeks
// and the registry read them. Generic code never names a calendar.
#pragma once

#include "../locale/cldr_data.hpp"

#include <kalends/calendar_backend.hpp>
#include <kalends/calendar_system.hpp>

#include <span>
#include <string_view>

namespace kalends::detail {

// A month name that goes by the number of its code.
struct named_month {
    int number;
    std::string_view wide;
};

// English month names, looked up by month code, so that a leap month (Hebrew
// Adar I, M05L) and months renamed in leap years (Hebrew M06, Adar, is Adar
// II then) need no numbering of their own.
struct month_names {
    std::span<const std::string_view> wide;           // by code number M01, M02, ...
    std::span<const std::string_view> abbreviated;    // same length as wide
    std::span<const named_month> leap_months = {};    // codes with an L
    std::span<const named_month> in_leap_years = {};  // other names in leap years
};

// An era code of a calendar and where CLDR keeps its names: the CLDR
// calendar and the era's type there (the Japanese calendar's "ce" and "bce"
// are the Gregorian ones).
struct cldr_era {
    std::string_view code;
    cldr::calendar_type calendar;
    int type;
};

// Where a calendar's names are in CLDR's locale data.
struct cldr_names {
    cldr::calendar_type calendar;
    std::span<const cldr_era> eras = {};
    // CLDR's month type (1-based) of a month code in a common or leap year;
    // null: the code's number (and a leap code takes CLDR's leap-month pattern).
    int (*month_type)(month_code code, bool leap_year) = nullptr;
};

struct calendar_descriptor {
    calendar_system system;
    std::span<const std::string_view> names;  // the primary name (the CLDR / BCP 47 key where there is one) first
    calendar_kind kind;
    // The ISO weekday month grids conventionally start with: CLDR's first day
    // of the week in the calendar's main region.
    int first_weekday;
    const month_names* english;  // null: "Month N"
    const cldr_names* cldr;      // null: numbers for names in every locale
    // Builds the backend. Called once per process; built-ins are never deleted.
    calendar_backend* (*make)(const calendar_descriptor&);
    // Weeks by ISO 8601's rule (Monday, four days) in every locale (iso8601).
    bool iso_weeks = false;
};

}  // namespace kalends::detail
