// The text pieces both month layouts of `kalends cal` are made of: numbers
// in a locale's digits, padded by display width; month titles; weekday
// labels; today's highlight; and the cells of a month, placed by JDN.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/locale.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

// `value` right-aligned (or left-aligned) in `width` columns; ASCII digits without a locale.
[[nodiscard]] std::string right_aligned(int value, std::size_t width, const kalends::locale* loc);
[[nodiscard]] std::string left_aligned(int value, std::size_t width, const kalends::locale* loc);
[[nodiscard]] std::string number_text(int value, const kalends::locale* loc);

// The month's wide stand-alone name, and with `with_year` its year after it.
[[nodiscard]] std::string month_label(const kalends::calendar& cal, int year, int month, const kalends::locale* loc);
[[nodiscard]] std::string month_title(const kalends::calendar& cal, int year, int month, bool with_year,
                                      const kalends::locale* loc);

// A weekday's short name padded to `cell` columns (the narrow name where the short one is wider).
[[nodiscard]] std::string weekday_label(int weekday, std::size_t cell, const kalends::locale* loc);

// `text`, between the escapes that highlight today.
[[nodiscard]] std::string highlighted(std::string_view text);

void strip_trailing_spaces(std::string& line);

// The number a cell shows for a day: its day of the month, or with -j its
// day of the year (the days of the year that exist, as cal -j counts them).
[[nodiscard]] int shown_day_number(const kalends::calendar& cal, int year, int month, int day, bool day_of_year);

// The days of a month in week-sized runs of cells: cell i is weekday
// (first_weekday + i) mod 7 of week i / 7, counted from the week of the
// month's first day. Each day goes to the cell of its JDN, so that a month
// with days left out (a calendar reform) shows its gap as cal does:
// 1 2 3 4 15 16 ...
struct month_cells {
    std::int64_t first_jdn = 0;  // the month's first day that exists
    int offset = 0;              // cells before it
    std::vector<int> days;       // day number per cell, 0 for none

    [[nodiscard]] std::int64_t jdn_of(std::size_t cell) const noexcept {
        return first_jdn + static_cast<std::int64_t>(cell) - offset;
    }
    [[nodiscard]] int day_at(std::size_t cell) const noexcept { return cell < days.size() ? days[cell] : 0; }
};

// Throws kalends::error if the year or month is invalid in `cal`.
[[nodiscard]] month_cells cells_of_month(const kalends::calendar& cal, int year, int month, int first_weekday);

}  // namespace kalends::cli
