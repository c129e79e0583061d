// The vertical month layout of `kalends cal --vertical`, as BSD/Debian ncal
// prints it: weekdays as rows, weeks as columns, the weekday labels once at
// the left of each band of months, week numbers (-w) as a last row. For the
// Gregorian calendar (Sunday or Monday first, no extras) a month matches
// Debian's `ncal MONTH YEAR` line for line, ignoring trailing spaces.
#pragma once

#include "month_grid.hpp"

#include <kalends/calendar.hpp>

#include <span>
#include <string>
#include <vector>

namespace kalends::cli {

// The months, `per_row` to a band, a blank line between bands; each line
// without trailing spaces. Throws kalends::error for a month `cal` lacks.
// options.dual is not drawn in this layout.
[[nodiscard]] std::vector<std::string> lay_out_vertical(const kalends::calendar& cal,
                                                        std::span<const kalends::year_month> months,
                                                        const grid_options& options, std::size_t per_row);

// The width of a band of `months_in_band` months, without the weekday labels (for centring a year title).
[[nodiscard]] std::size_t vertical_band_width(std::size_t months_in_band, const grid_options& options) noexcept;

}  // namespace kalends::cli
