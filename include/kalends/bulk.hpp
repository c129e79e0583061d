// Converting many dates at once: one virtual dispatch per span, a tight loop
// over the calendar's kernel inside. An invalid element does not stop the
// batch: its output is a sentinel and it is counted.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/date_parts.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>

namespace kalends {

// Written for a JDN outside the calendar's range: month 0 is never a valid month.
inline constexpr date_parts invalid_parts{0, 0, 0};
// Written for an invalid date: invalid_jdn (calendar_backend.hpp).

// Why an element is invalid, without an exception: the error of
// calendar::try_date_from_parts or try_parts_from_date for that element.

// out[i] = cal.parts_from_date(jdns[i]), or invalid_parts. Returns the number
// of invalid elements. Each function throws kalends::error
// (errc::output_too_small), before doing any work, when an output span is
// shorter than the input.
std::size_t parts_from_dates(const calendar& cal, std::span<const std::int64_t> jdns, std::span<date_parts> out);

// out[i] = cal.date_from_parts(parts[i]), or invalid_jdn. Returns the number of invalid elements.
std::size_t dates_from_parts(const calendar& cal, std::span<const date_parts> parts, std::span<std::int64_t> out);

// out[i] = the date parts[i] of `from` in calendar `to`, or invalid_parts when
// the date is invalid in `from` or outside `to`'s range. `scratch` holds the
// intermediate day numbers (at least parts.size() elements). Returns the number of invalid elements.
std::size_t convert_dates(const calendar& from, std::span<const date_parts> parts, const calendar& to,
                          std::span<date_parts> out, std::span<std::int64_t> scratch);

}  // namespace kalends
