// What the library knows about a built-in calendar besides its rules: its
// identity, kind, English month names, the weekday its month grids start
// with, and how to build its backend. Each family of calendars keeps its
// descriptors in its own file in this folder; src/builtin_calendars.cpp lists
// them in calendar_system order (checked at compile time), and names, weeks
// and the registry read them. Generic code never names a calendar.
#pragma once

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

struct calendar_descriptor {
    calendar_system system;
    std::span<const std::string_view> names;  // the primary name (the CLDR / BCP 47 key where there is one) first
    calendar_kind kind;
    // The ISO weekday month grids conventionally start with: CLDR's first day
    // of the week in the calendar's main region.
    int first_weekday;
    const month_names* english;  // null: "Month N"
    // Builds the backend. Called once per process; built-ins are never deleted.
    calendar_backend* (*make)(const calendar_descriptor&);
};

}  // namespace kalends::detail
