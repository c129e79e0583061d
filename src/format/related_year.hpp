// LDML's related Gregorian year (r): the Gregorian year in which a calendar
// year begins, and back from it to the calendar year, for any calendar.
#pragma once

#include <kalends/calendar.hpp>

#include <cstdint>
#include <optional>

namespace kalends::detail {

// The Gregorian year in which calendar year `year` of `cal` begins; `year`
// itself when that day is outside the range of either calendar.
std::int64_t related_gregorian_year(const calendar& cal, int year);

// The calendar year of `cal` that begins in Gregorian year `related`, if one does.
std::optional<int> year_of_related_gregorian_year(const calendar& cal, std::int64_t related);

}  // namespace kalends::detail
