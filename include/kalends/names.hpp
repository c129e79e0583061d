// English names of months and weekdays.
//
// Month names come from each built-in calendar's descriptor (src/calendars/);
// a calendar registered at run time uses those of the built-in its backend's
// conventions_of() names, or the fallback "Month 7" (abbreviated "M7").
#pragma once

#include <kalends/calendar.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace kalends {

// How long a name is, after CLDR's widths. A value that names no width is
// errc::invalid_enum_value (std::nullopt from the try_ forms).
enum class name_width {
    wide,         // "January", "Monday"
    abbreviated,  // "Jan", "Mon"
    short_form,   // weekdays: "Mo"; months: the abbreviated name
    narrow,       // "J", "M"
};

// The English name of ordinal month `month` of `year` in `cal`. The year
// matters for calendars whose months depend on it (a leap month). Throws
// kalends::error (errc::invalid_year or errc::invalid_month) if the year is
// outside the calendar's range or the month outside 1..months_in_year(year).
[[nodiscard]] std::string month_name(const calendar& cal, int year, int month, name_width width = name_width::wide);
[[nodiscard]] result<std::string> try_month_name(const calendar& cal, int year, int month,
                                                 name_width width = name_width::wide);

// True if `cal` has a table of month names (false: names are "Month N").
[[nodiscard]] bool has_month_names(const calendar& cal);

// The English name of ISO weekday `weekday` (1 = Monday ... 7 = Sunday).
// Throws kalends::error (errc::invalid_weekday) outside 1..7.
[[nodiscard]] std::string_view weekday_name(int weekday, name_width width = name_width::wide);
[[nodiscard]] result<std::string_view> try_weekday_name(int weekday, name_width width = name_width::wide) noexcept;

// The ISO weekday (1..7) whose English name is `name` in any width, ASCII
// case-insensitively ("sunday", "Sun", "su" -> 7); std::nullopt if none.
[[nodiscard]] std::optional<int> weekday_from_name(std::string_view name) noexcept;

}  // namespace kalends
