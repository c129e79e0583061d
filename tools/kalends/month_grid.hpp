// Month grids for `kalends cal`: one month as a block of text lines, and
// blocks laid out side by side. For the Gregorian calendar with Sunday first
// and no extras, a single month matches Debian's `cal` line for line
// (ignoring trailing spaces): a centred "Month Year" title, a weekday header,
// and six week rows.
#pragma once

#include "grid_text.hpp"

#include <kalends/calendar.hpp>
#include <kalends/locale.hpp>
#include <kalends/week.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kalends::cli {

struct grid_options {
    int first_weekday = 7;               // ISO weekday the rows start with
    bool week_numbers = false;           // -w: a week-of-year column
    bool day_of_year = false;            // -j: each day's number in its year instead of in its month
    std::optional<kalends::calendar> dual;  // --dual: the other calendar's day beside each day
    std::optional<std::int64_t> today;   // the JDN to highlight, if any
    bool year_in_title = true;           // false in a whole-year view
    // Names and digits of a locale (null: English and ASCII, Debian's cal exactly).
    const kalends::locale* locale = nullptr;
};

struct month_block {
    std::vector<std::string> lines;  // without trailing spaces; escapes only around today
    std::size_t width = 0;           // visible width every line is padded to when laid out
};

// Throws kalends::error if the year or month is invalid in `cal`, or if a
// day of the month cannot be shown in the dual calendar.
[[nodiscard]] month_block render_month(const kalends::calendar& cal, int year, int month, const grid_options& options);

// Blocks `per_row` to a row, two spaces apart, a blank line between rows;
// each output line without trailing spaces.
[[nodiscard]] std::vector<std::string> lay_out(const std::vector<month_block>& blocks, std::size_t per_row);

// `text` centred in `width` columns (left-biased as cal does), no trailing spaces.
[[nodiscard]] std::string centre(std::string_view text, std::size_t width);

// The week rule -w uses with rows starting on `first_weekday`: ISO 8601's
// (at least 4 days in week 1) when weeks start on Monday, else week 1 is the
// week that holds day 1 of the year (the US and Iranian practice).
[[nodiscard]] int week_min_days_for(int first_weekday) noexcept;

// The week number of the cells week_start .. week_start + 6 under `rule`:
// that of a day of the month among them; none if they hold no day of the
// month or their week lies outside the calendar's range.
[[nodiscard]] std::optional<int> week_of_cells(const kalends::calendar& cal, const month_cells& cells,
                                               std::size_t week_start, const week_rule& rule);

// Visible columns of a line (escape sequences take none; wide characters two).
[[nodiscard]] std::size_t visible_width(std::string_view line) noexcept;

}  // namespace kalends::cli
