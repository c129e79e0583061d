// The Julian-Gregorian changeover calendar (built in with the 1582 switch;
// any other switch through kalends::changeover_calendar): the Gregorian
// months' English names, grids starting on Sunday as Debian's cal prints them.
#pragma once

#include "changeover_backend.hpp"
#include "descriptor.hpp"
#include "gregorian_based.hpp"

#include <kalends/changeover.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 2> gregorian_julian_names{"gregorian-julian", "julian-gregorian"};
inline constexpr calendar_descriptor gregorian_julian{
    calendar_system::gregorian_julian, gregorian_julian_names, calendar_kind::solar, 7, &roman_months, &gregorian_cldr,
    [](const calendar_descriptor&) -> calendar_backend* { return new changeover_backend(default_gregorian_change_jdn); }};

}  // namespace kalends::detail::calendars
